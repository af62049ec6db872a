package keystone.abcxyz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import keystone.abcxyz.internal.AbcXyzEngine;
import keystone.abcxyz.internal.SalesCube;

/**
 * The CSV of {@code keystone-cli abcxyz}: exact header, rank order, plain numbers other tools can read.
 */
class CsvReportTest {

    private static String csv(Classification c) throws IOException {
        StringWriter out = new StringWriter();
        CsvReport.write(c, out);
        return out.toString();
    }

    @Test
    void writesTheHeaderAndOneLinePerCustomerInRankOrder() throws IOException {
        YearMonth jan = YearMonth.of(2025, 1);
        SalesCube cube = SalesCube.builder()
                .sale("small", jan, 5).sale("small", jan.plusMonths(1), 5)
                .sale("big", jan, 80).sale("big", jan.plusMonths(1), 80)
                .sale("mid", jan, 30)
                .build();
        Classification c = new AbcXyzEngine(cube).classify(Settings.defaults(jan.plusMonths(1)).withWindow(jan,
                jan.plusMonths(1)));
        assertEquals("""
                customer,revenue,cum_share,abc,cv,xyz
                big,160,0.8,A,0,X
                mid,30,0.95,B,1,Y
                small,10,1,C,0,X
                """, csv(c));
    }

    @Test
    void emptyClassificationIsTheHeaderOnly() throws IOException {
        Classification empty = new Classification(Settings.defaults(YearMonth.of(2025, 1)), Instant.EPOCH, 0, List.of());
        assertEquals(CsvReport.HEADER + "\n", csv(empty));
    }

    @ParameterizedTest
    @CsvSource({
            "10000000, 10000000",
            "1.0E-7, 0.0000001",
            "123456789.12, 123456789.12",
            "0.30000000000000004, 0.3",
            "-2.5, -2.5",
            "0, 0",
            "-0.0, 0",
            "12345678901234.56, 12345678901234.6"})
    void numbersArePlainDecimals(double value, String expected) {
        assertEquals(expected, CsvReport.number(value));
    }

    @ParameterizedTest
    @ValueSource(doubles = {1.0 / 3, 2.0 / 3, Math.PI * 1e9, Math.E * 1e-9, 1e21, 987654.321987654, 0.123456789})
    void numbersKeepAtLeastSixSignificantDigitsAndNoExponent(double value) {
        String text = CsvReport.number(value);
        assertFalse(text.contains("E") || text.contains("e"), text);
        assertTrue(text.matches("-?\\d+(\\.\\d+)?"), text);
        BigDecimal parsed = new BigDecimal(text);
        assertTrue(parsed.stripTrailingZeros().precision() >= 6 || parsed.compareTo(new BigDecimal(value)) == 0, text);
        assertEquals(value, parsed.doubleValue(), Math.abs(value) * 1e-6);
    }

    @Test
    void undefinedCvIsAnEmptyField() {
        assertEquals("", CsvReport.number(Double.NaN));
        assertEquals("", CsvReport.number(Double.POSITIVE_INFINITY));
    }

    @Test
    void customerIdsAreQuotedOnlyWhenTheyMustBe() {
        assertEquals("C-001 x", CsvReport.field("C-001 x"));
        assertEquals("\"A,B\"", CsvReport.field("A,B"));
        assertEquals("\"say \"\"hi\"\"\"", CsvReport.field("say \"hi\""));
        assertEquals("\"two\nlines\"", CsvReport.field("two\nlines"));
    }
}
