package keystone.salesimport.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import keystone.salesimport.DecimalSeparator;
import keystone.salesimport.Detection;
import keystone.salesimport.Detector;
import keystone.salesimport.FileKind;
import keystone.salesimport.Preview;
import keystone.salesimport.ThousandsSeparator;

/**
 * Detection guesses how real exports are written: encoding, BOM, delimiter, number and date format, header.
 */
class DetectorTest {

    @TempDir
    Path temp;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "good-utf8-bom.csv | UTF-8 | true | COMMA | POINT | NONE | yyyy-MM-dd | true",
        "good-windows-1252.csv | windows-1252 | false | BAR | COMMA | NONE | dd.MM.yyyy | true",
        "good-windows-1251.csv | windows-1251 | false | SEMICOLON | COMMA | SPACE | dd.MM.yyyy | true",
        "good-gbk.csv | GBK | false | COMMA | POINT | NONE | yyyy/MM/dd | true",
        "good-european.csv | UTF-8 | false | SEMICOLON | COMMA | POINT | dd.MM.yyyy | true",
        "good-tab.tsv | UTF-8 | false | TAB | POINT | NONE | yyyy-MM-dd | true",
        "good-thousands-comma.csv | UTF-8 | false | COMMA | POINT | COMMA | yyyy-MM-dd | true",
        "good-month-first.csv | UTF-8 | false | COMMA | POINT | NONE | MM/dd/yyyy | true",
        "good-timestamps.csv | UTF-8 | false | COMMA | POINT | NONE | 'yyyy-MM-dd HH:mm:ss' | true",
        "good-day-first-time.csv | UTF-8 | false | SEMICOLON | COMMA | NONE | 'dd.MM.yyyy HH:mm' | true",
        "good-swiss.csv | UTF-8 | false | SEMICOLON | POINT | APOSTROPHE | dd.MM.yyyy | true",
        "good-french-space.csv | UTF-8 | false | SEMICOLON | COMMA | SPACE | dd/MM/yyyy | true",
        "good-no-header.csv | UTF-8 | false | COMMA | POINT | NONE | yyyy-MM-dd | false",
        "good-sap-trailing-minus.csv | UTF-8 | false | COMMA | POINT | NONE | yyyy-MM-dd | true"})
    void detectsHowTheFileIsWritten(String file, String encoding, boolean bom, String delimiter,
            DecimalSeparator decimal, ThousandsSeparator thousands, String datePattern, boolean header)
            throws IOException {
        Detection d = Detector.detect(Corpus.copy(file, temp));

        assertEquals(FileKind.CSV, d.kind());
        assertEquals(encoding, d.encoding(), "encoding");
        assertEquals(bom, d.bom(), "BOM");
        assertEquals(delimiter(delimiter), d.delimiter(), "delimiter");
        assertEquals('"', d.quote(), "quote");
        assertEquals(decimal, d.decimalSeparator(), "decimal separator");
        assertEquals(thousands, d.thousandsSeparator(), "thousands separator");
        assertEquals(datePattern, d.datePattern(), "date format");
        assertEquals(header, d.header(), "header");
        assertTrue(d.isComplete());
    }

    private static char delimiter(String name) {
        return switch (name) {
            case "COMMA" -> ',';
            case "SEMICOLON" -> ';';
            case "TAB" -> '\t';
            case "BAR" -> '|';
            default -> throw new IllegalArgumentException(name);
        };
    }

    @Test
    void columnNamesComeFromTheHeaderInTheFilesEncoding() throws IOException {
        assertEquals(List.of("Клиент", "Наименование", "Дата", "Сумма"),
                Detector.detect(Corpus.copy("good-windows-1251.csv", temp)).columns());
        assertEquals(List.of("客户编号", "客户名称", "日期", "金额"),
                Detector.detect(Corpus.copy("good-gbk.csv", temp)).columns());
    }

    @Test
    void withoutHeaderColumnsAreNumbered() throws IOException {
        assertEquals(List.of("column 1", "column 2", "column 3", "column 4"),
                Detector.detect(Corpus.copy("good-no-header.csv", temp)).columns());
    }

    @Test
    void forcedSettingsAreKeptAndTheRestIsDetected() throws IOException {
        Path file = Corpus.copy("good-european.csv", temp);

        Detection d = Detector.detect(file, Detection.NONE.withDelimiter(',').withHeader(false));

        assertEquals(',', d.delimiter());
        assertFalse(d.header());
        assertEquals("UTF-8", d.encoding());
        assertEquals(List.of("column 1", "column 2", "column 3"), d.columns(),
                "split at the commas of the decimals, the first line counted as data");
    }

    @Test
    void previewShowsTheFirstDataRowsAsParsed() throws IOException {
        Path file = Corpus.copy("good-utf8-bom.csv", temp);

        Preview preview = Detector.preview(file, Detection.NONE, 2);

        assertEquals(List.of(2L, 3L), preview.lines());
        assertEquals(List.of("C001", "Müller GmbH", "2024-01-05", "1200.50", "300.10", "Widget", "10", "SO-1"),
                preview.rows().get(0));
        assertEquals("Société Générale, Paris", preview.rows().get(1).get(1));
        assertEquals("customer", preview.columns().get(0), "the BOM is not part of the first name");
    }

    @Test
    void previewUsesOverriddenSettings() throws IOException {
        Path file = Corpus.copy("good-windows-1251.csv", temp);

        Preview preview = Detector.preview(file, Detection.NONE.withEncoding("windows-1252"), 1);

        assertEquals("windows-1252", preview.detection().encoding());
        assertFalse(preview.rows().get(0).get(1).contains("Ромашка"), "decoded as the user said, however wrong");
    }
}
