package keystone.salesimport.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;

import org.junit.jupiter.api.Test;

import keystone.salesimport.DecimalSeparator;
import keystone.salesimport.ThousandsSeparator;

/**
 * Numbers and dates are read exactly and strictly: every digit kept, grouping checked, impossible dates refused.
 */
class ValueParsersTest {

    private static BigDecimal parse(DecimalSeparator decimal, ThousandsSeparator thousands, String text) {
        return new NumberParser(decimal, thousands).parse(text);
    }

    @Test
    void numbersKeepEveryDigit() {
        assertEquals(new BigDecimal("1234.5600"), parse(DecimalSeparator.POINT, ThousandsSeparator.NONE, "1234.5600"));
        assertEquals(new BigDecimal("-0.0001"), parse(DecimalSeparator.POINT, ThousandsSeparator.NONE, " -0.0001 "));
        assertEquals(new BigDecimal("12"), parse(DecimalSeparator.POINT, ThousandsSeparator.NONE, "+12"));
        assertEquals(new BigDecimal("-123.45"), parse(DecimalSeparator.POINT, ThousandsSeparator.NONE, "123.45-"));
        assertEquals(new BigDecimal("0.5"), parse(DecimalSeparator.COMMA, ThousandsSeparator.NONE, ",5"));
    }

    @Test
    void thousandsSeparatorsMustGroupByThree() {
        assertEquals(new BigDecimal("1234567.89"), parse(DecimalSeparator.COMMA, ThousandsSeparator.POINT, "1.234.567,89"));
        assertEquals(new BigDecimal("1234567.89"), parse(DecimalSeparator.COMMA, ThousandsSeparator.POINT, "1234567,89"));
        assertEquals(new BigDecimal("1234.5"), parse(DecimalSeparator.POINT, ThousandsSeparator.APOSTROPHE, "1'234.5"));
        assertEquals(new BigDecimal("1234.5"), parse(DecimalSeparator.COMMA, ThousandsSeparator.SPACE, "1\u00A0234,5"));
        assertEquals(new BigDecimal("1234.5"), parse(DecimalSeparator.COMMA, ThousandsSeparator.SPACE, "1\u202F234,5"));
        assertNull(parse(DecimalSeparator.COMMA, ThousandsSeparator.POINT, "12.34,5"));
        assertNull(parse(DecimalSeparator.COMMA, ThousandsSeparator.POINT, "1234.567,5"));
        assertNull(parse(DecimalSeparator.POINT, ThousandsSeparator.COMMA, "1,23"));
    }

    @Test
    void anythingElseIsNotANumber() {
        for (String text : new String[] {"", "abc", "12a", "1.2.3", "--1", "12.", "-", "1,5", "1 234", "1e5"}) {
            assertNull(parse(DecimalSeparator.POINT, ThousandsSeparator.NONE, text), text);
        }
    }

    @Test
    void separatorsMustDiffer() {
        assertThrows(IllegalArgumentException.class,
                () -> new NumberParser(DecimalSeparator.COMMA, ThousandsSeparator.COMMA));
    }

    @Test
    void datesAreReadStrictly() {
        assertEquals(LocalDate.of(2024, 2, 29), new DateParser("yyyy-MM-dd").parse("2024-02-29"));
        assertEquals(LocalDate.of(2024, 3, 5), new DateParser("dd.MM.yyyy HH:mm").parse("05.03.2024 14:22"));
        assertEquals(LocalDate.of(2024, 3, 5), new DateParser("d.M.yyyy").parse("5.3.2024"));
        assertEquals(LocalDate.of(2024, 1, 25), new DateParser("MM/dd/yyyy").parse("01/25/2024"));
        assertEquals(LocalDate.of(2024, 1, 25), new DateParser("M/d/yyyy h:mm a").parse("1/25/2024 3:04 PM"));

        DateTimeParseException impossible = assertThrows(DateTimeParseException.class,
                () -> new DateParser("yyyy-MM-dd").parse("2026-02-30"));
        assertTrue(DateParser.isImpossible(impossible));
        DateTimeParseException malformed = assertThrows(DateTimeParseException.class,
                () -> new DateParser("yyyy-MM-dd").parse("30.02.2026"));
        assertFalse(DateParser.isImpossible(malformed));
        assertThrows(DateTimeParseException.class, () -> new DateParser("dd.MM.yyyy HH:mm").parse("05.03.2024 25:00"));
    }

    @Test
    void matchingNeverThrows() {
        DateParser iso = new DateParser("yyyy-MM-dd");
        assertTrue(iso.matches("2024-12-31"));
        assertFalse(iso.matches("2024-12-32"));
        assertFalse(iso.matches("2024-12-31 10:00"));
        assertFalse(iso.matches("x"));
    }

    @Test
    void excelSerialsCountTheFictitiousLeapDayOf1900() {
        assertEquals(LocalDateTime.of(1900, 1, 1, 0, 0), XlsxRowSource.excelDateTime(BigDecimal.ONE, false));
        assertEquals(LocalDateTime.of(1900, 3, 1, 0, 0), XlsxRowSource.excelDateTime(BigDecimal.valueOf(61), false));
        assertEquals(LocalDateTime.of(2024, 1, 1, 12, 0), XlsxRowSource.excelDateTime(new BigDecimal("45292.5"), false));
        assertEquals(LocalDateTime.of(1904, 1, 2, 0, 0), XlsxRowSource.excelDateTime(BigDecimal.ONE, true));
    }

    @Test
    void excelDateFormatsAreRecognised() {
        assertTrue(XlsxRowSource.isDateFormat(14, null));
        assertTrue(XlsxRowSource.isDateFormat(164, "dd.mm.yyyy"));
        assertTrue(XlsxRowSource.isDateFormat(165, "[$-409]m/d/yy h:mm AM/PM"));
        assertFalse(XlsxRowSource.isDateFormat(4, "#,##0.00"));
        assertFalse(XlsxRowSource.isDateFormat(166, "[Red]#,##0.00\" days\""));
        assertFalse(XlsxRowSource.isDateFormat(0, "General"));
    }
}
