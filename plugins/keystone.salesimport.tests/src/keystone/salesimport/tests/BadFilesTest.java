package keystone.salesimport.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import keystone.salesimport.BadLinePolicy;
import keystone.salesimport.ColumnMapping;
import keystone.salesimport.ColumnRef;
import keystone.salesimport.Detection;
import keystone.salesimport.ImportField;
import keystone.salesimport.ImportOptions;
import keystone.salesimport.ImportReport;
import keystone.salesimport.InvalidLinesException;
import keystone.salesimport.LineProblem;
import keystone.salesimport.SalesImportService;
import keystone.testsupport.FixtureDatabase;
import keystone.testsupport.Services;

/**
 * The bad-input corpus: every broken file is reported before anything is written, with the line (as an editor
 * numbers it) and the column of each problem, and refusing it leaves the database exactly as it was.
 */
class BadFilesTest {

    private static final ColumnMapping ENGLISH = ColumnMapping.of(ColumnRef.named("customer"), ColumnRef.named("date"),
            ColumnRef.named("amount")).with(ImportField.CUSTOMER_NAME, ColumnRef.named("name"));

    @TempDir
    Path temp;

    private FixtureDatabase fixture;
    private SalesImportService service;
    private DatabaseState before;

    @BeforeEach
    void openFilledDatabase() {
        fixture = FixtureDatabase.in(temp.resolve("db"));
        // B1 exists and sells in the period of every corpus file: a partial import would show in every count
        fixture.customer("B1", "Existing customer").customer("K0", "Another")
                .sale("B1", LocalDate.of(2023, 12, 31), "10.00").sale("K0", LocalDate.of(2019, 1, 1), "2.50").build();
        service = Services.get(SalesImportService.class);
        before = DatabaseState.now();
    }

    @AfterEach
    void closeDatabase() {
        fixture.close();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "bad-mixed-delimiter.csv        | 4 | name     | the line splits into 1 values, the header into 4",
        "bad-missing-column.csv         | 1 | amount   | there is no column for amount; the columns are: customer, name, date",
        "bad-text-in-amount.csv         | 5 | amount   | 'abc' is not a number",
        "bad-impossible-dates.csv       | 3 | date     | '2026-02-30' is not a real date",
        "bad-impossible-dates.csv       | 6 | date     | '2025-04-31' is not a real date",
        "bad-empty.csv                  | 1 |          | the file is empty",
        "bad-header-only.csv            | 1 |          | the file has a header but no data lines",
        "bad-unbalanced-quotes.csv      | 4 | name     | the quotes are unbalanced",
        "bad-duplicate-headers.csv      | 1 | amount   | the column name 'amount' appears more than once (columns 4, 5)",
        "bad-customer-ids.csv           | 3 | customer | '-42' is a negative number, not a customer id",
        "bad-customer-ids.csv           | 5 | customer | the value is missing",
        "bad-too-many-decimals.csv      | 2 | amount   | '12.34567' has more than 4 decimal places",
        "bad-wrong-column-count.csv     | 3 | column 5 | the line splits into 5 values, the header into 4",
        "bad-wrong-column-count.csv     | 4 | amount   | the line splits into 3 values, the header into 4",
        "bad-missing-values.csv         | 3 | date     | the value is missing",
        "bad-missing-values.csv         | 4 | amount   | the value is missing",
        "bad-text-in-date.csv           | 3 | date     | 'yesterday' is not a date in the format yyyy-MM-dd",
        "bad-after-multiline.csv        | 5 | amount   | 'three' is not a number",
        "bad-unquoted-comma-decimal.csv | 3 | column 5 | the line splits into 5 values, the header into 4"})
    void isReportedWithLineAndColumnAndChangesNothing(String file, long line, String column, String reason)
            throws IOException {
        assertRefused(Corpus.copy(file, temp), ImportOptions.detecting(ENGLISH), line, column == null ? "" : column,
                reason);
    }

    @Test
    void wrongDelimiterNamesTheMissingColumnAndSuspectsTheDelimiter() throws IOException {
        Path file = Corpus.copy("good-european.csv", temp);
        ColumnMapping german = ColumnMapping.of(ColumnRef.named("Kundennummer"), ColumnRef.named("Belegdatum"),
                ColumnRef.named("Umsatz"));

        String message = assertRefused(file, new ImportOptions(Detection.NONE.withDelimiter(','), german), 1,
                "Kundennummer", "is the delimiter right?");
        assertTrue(message.contains("good-european.csv, line 1, column Kundennummer: there is no column for customer id"),
                message);
    }

    @Test
    void bytesInvalidInTheChosenEncodingAreReportedWhereTheyAre() throws IOException {
        Path file = Corpus.copy("bad-invalid-utf8.csv", temp);

        assertRefused(file, new ImportOptions(Detection.NONE.withEncoding("UTF-8"), ENGLISH), 7, "name",
                "the bytes here are not valid UTF-8");
    }

    @Test
    void theMessageNamesFileLineColumnAndValue() throws IOException {
        InvalidLinesException e = assertThrows(InvalidLinesException.class, () -> service.importFile(
                Corpus.copy("bad-text-in-amount.csv", temp), ImportOptions.detecting(ENGLISH), BadLinePolicy.ABORT,
                null, false, null));

        assertTrue(e.getMessage().contains("bad-text-in-amount.csv, line 5, column amount: 'abc' is not a number"),
                e.getMessage());
        assertTrue(e.getMessage().contains("Nothing was imported; the database is as it was."), e.getMessage());
        assertEquals(1, e.report().badLines());
        assertEquals(4, e.report().goodLines());
        assertEquals(before, DatabaseState.now());
    }

    @Test
    void everyBadLineIsReportedNotOnlyTheFirst() throws IOException {
        ImportReport report = service.validate(Corpus.copy("bad-impossible-dates.csv", temp),
                ImportOptions.detecting(ENGLISH), null);

        assertEquals(List.of(3L, 6L), report.problems().stream().map(LineProblem::line).toList());
        assertEquals(2, report.badLines());
        assertEquals(3, report.goodLines());
        assertEquals(before, DatabaseState.now(), "validation writes nothing");
    }

    @Test
    void anUnbalancedQuoteCostsOneLineNotTheRestOfTheFile() throws IOException {
        ImportReport report = service.validate(Corpus.copy("bad-unbalanced-quotes.csv", temp),
                ImportOptions.detecting(ENGLISH), null);

        assertEquals(1, report.badLines());
        assertEquals(4, report.goodLines(), "the lines after the broken one are read again");
        assertEquals(LocalDate.of(2024, 1, 5), report.lastDate());
    }

    /** Refuses {@code file} in validation and import with the problem given; returns the import's message. */
    private String assertRefused(Path file, ImportOptions options, long line, String column, String reason) {
        ImportReport report = service.validate(file, options, null);
        assertTrue(report.problems().stream().anyMatch(p -> p.line() == line && p.column().equals(column)
                && p.reason().contains(reason)), () -> "expected line " + line + ", column '" + column + "': " + reason
                        + "; got " + report.problems());
        assertTrue(!report.isClean());

        InvalidLinesException e = assertThrows(InvalidLinesException.class,
                () -> service.importFile(file, options, BadLinePolicy.ABORT, null, false, null));
        String where = file.getFileName() + ", line " + line + (column.isEmpty() ? ": " : ", column " + column + ": ");
        assertTrue(e.getMessage().contains(where), () -> "'" + where + "' in " + e.getMessage());
        assertEquals(before, DatabaseState.now(), "the database is unchanged");
        return e.getMessage();
    }
}
