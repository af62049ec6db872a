package keystone.salesimport.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import keystone.salesimport.AlreadyImportedException;
import keystone.salesimport.BadLinePolicy;
import keystone.salesimport.ColumnMapping;
import keystone.salesimport.ColumnRef;
import keystone.salesimport.ImportBatch;
import keystone.salesimport.ImportException;
import keystone.salesimport.ImportField;
import keystone.salesimport.ImportOptions;
import keystone.salesimport.ImportReport;
import keystone.salesimport.ImportResult;
import keystone.salesimport.InvalidLinesException;
import keystone.salesimport.PeriodNotEmptyException;
import keystone.salesimport.SalesImportService;
import keystone.store.Database;
import keystone.testsupport.FixtureDatabase;
import keystone.testsupport.Services;

/**
 * How an import treats the database: one transaction, never the same file twice, a period replaced only on
 * request, bad lines skipped into an error file only on request, and a cancel that leaves no trace.
 */
class ImportBehaviourTest {

    private static final ImportOptions ENGLISH = ImportOptions.detecting(ColumnMapping.of(ColumnRef.named("customer"),
            ColumnRef.named("date"), ColumnRef.named("amount")).with(ImportField.CUSTOMER_NAME, ColumnRef.named("name")));

    @TempDir
    Path temp;

    private FixtureDatabase fixture;
    private SalesImportService service;

    @BeforeEach
    void openFilledDatabase() {
        fixture = FixtureDatabase.in(temp.resolve("db"));
        fixture.customer("X", "Existing").sale("X", LocalDate.of(2024, 2, 10), "7.00").build();
        service = Services.get(SalesImportService.class);
    }

    @AfterEach
    void closeDatabase() {
        fixture.close();
    }

    private ImportResult importAborting(Path file, boolean replacePeriod) {
        return service.importFile(file, ENGLISH, BadLinePolicy.ABORT, null, replacePeriod, null);
    }

    @Test
    void theSameContentIsNeverImportedTwice() throws IOException {
        Path file = Corpus.copy("good-tab.tsv", temp);
        ImportResult first = importAborting(file, false);
        DatabaseState before = DatabaseState.now();
        Path renamed = Files.copy(file, temp.resolve("renamed.tsv"));

        AlreadyImportedException e = assertThrows(AlreadyImportedException.class, () -> importAborting(renamed, true));

        assertTrue(e.getMessage().startsWith("renamed.tsv was already imported on "), e.getMessage());
        assertTrue(e.getMessage().contains(" as batch " + first.batchId() + " (good-tab.tsv, 3 lines)"), e.getMessage());
        assertEquals(first.batchId(), e.batch().id());
        assertEquals(before, DatabaseState.now());
    }

    @Test
    void validationTellsWhatTheDatabaseHoldsAlready() throws IOException {
        Path file = Corpus.copy("good-tab.tsv", temp);
        ImportReport fresh = service.validate(file, ENGLISH, null);
        assertNull(fresh.previousImport());
        assertEquals(0, fresh.linesInPeriod(), "X's sale of 10 February lies before 1-31 March");

        ImportResult result = importAborting(file, false);
        ImportReport again = service.validate(file, ENGLISH, null);

        assertEquals(result.batchId(), again.previousImport().id());
        assertEquals(3, again.linesInPeriod());
    }

    @Test
    void theBatchRecordsExactlyTheIdsOfItsLines() throws IOException {
        ImportResult result = importAborting(Corpus.copy("good-thousands-comma.csv", temp), false);

        ImportBatch batch = service.batches().get(0);
        assertEquals(result.batchId(), batch.id());
        assertEquals("good-thousands-comma.csv", batch.fileName());
        assertEquals(4, batch.lineCount());
        assertEquals(LocalDate.of(2024, 4, 1), batch.periodFrom());
        assertEquals(LocalDate.of(2024, 4, 4), batch.periodTo());
        assertEquals(64, batch.sha256().length());
        assertEquals(batch.lineCount(), batch.lastLineId() - batch.firstLineId() + 1);
        assertEquals(List.of("U1", "U2", "U3", "U1"), Sales.byId()
                .subMap(batch.firstLineId(), batch.lastLineId() + 1).values().stream().map(l -> l.customerId())
                .toList());
    }

    @Test
    void aNewerExportOfAPeriodIsRefusedUnlessItReplacesThePeriod() throws IOException {
        importAborting(Corpus.copy("good-tab.tsv", temp), false); // 1, 2 and 31 March
        fixture.sale("X", LocalDate.of(2024, 3, 10), "8.00").build();
        Path newer = temp.resolve("newer.csv");
        Files.writeString(newer, "customer,name,date,amount\nT1,Alpha Ltd,2024-03-01,11.00\nT3,Delta,2024-03-15,33.00\n");
        DatabaseState before = DatabaseState.now();

        PeriodNotEmptyException refused = assertThrows(PeriodNotEmptyException.class, () -> importAborting(newer, false));
        assertEquals(3, refused.existingLines(), "T1 and T2 of 1 and 2 March, X of 10 March");
        assertTrue(refused.getMessage().contains("from 2024-03-01 to 2024-03-15"), refused.getMessage());
        assertEquals(before, DatabaseState.now());

        ImportResult replaced = importAborting(newer, true);

        assertEquals(3, replaced.replacedLines());
        assertEquals(List.of("X|2024-02-10|7", "T1|2024-03-31|0.75", "T1|2024-03-01|11", "T3|2024-03-15|33"),
                Sales.lines(), "all customers' lines of 1-15 March replaced, the others kept");
        assertEquals(replaced.replacedLines(), service.batches().get(0).replacedLines());
    }

    @Test
    void skippedLinesGoToTheErrorFileWithTheirReason() throws IOException {
        Path errors = temp.resolve("errors.csv");

        ImportResult result = service.importFile(Corpus.copy("bad-text-in-amount.csv", temp), ENGLISH,
                BadLinePolicy.SKIP, errors, false, null);

        assertEquals(4, result.imported());
        assertEquals(1, result.skipped());
        assertEquals(errors.toAbsolutePath(), result.errorFile());
        assertEquals("customer,name,date,amount,\"error\"\r\n"
                + "B4,Four,2024-01-04,abc,\"line 5, column amount: 'abc' is not a number\"\r\n",
                Files.readString(errors, StandardCharsets.UTF_8));
        assertEquals(List.of("B1|2024-01-01|1", "B2|2024-01-02|2", "B3|2024-01-03|3", "B5|2024-01-05|5"),
                Sales.lines().subList(1, 5));
    }

    @Test
    void aLineWithUnbalancedQuotesGoesToTheErrorFileAsWritten() throws IOException {
        Path errors = temp.resolve("errors.csv");

        service.importFile(Corpus.copy("bad-unbalanced-quotes.csv", temp), ENGLISH, BadLinePolicy.SKIP, errors,
                false, null);

        List<String> lines = Files.readAllLines(errors);
        assertEquals(2, lines.size());
        assertTrue(lines.get(1).startsWith("B3,\"Broken Name,2024-01-03,3.00,\"line 4, column name: the quotes"),
                lines.get(1));
        assertEquals(List.of("B1", "B2", "B4", "B5"), Sales.lines().subList(1, 5).stream()
                .map(l -> l.substring(0, 2)).toList());
    }

    @Test
    void skippingNeedsAnErrorFile() throws IOException {
        DatabaseState before = DatabaseState.now();

        ImportException e = assertThrows(ImportException.class, () -> service.importFile(
                Corpus.copy("bad-text-in-amount.csv", temp), ENGLISH, BadLinePolicy.SKIP, null, false, null));

        assertTrue(e.getMessage().contains("name a file for the bad ones"), e.getMessage());
        assertEquals(before, DatabaseState.now());
    }

    @Test
    void cancellingDuringTheWriteLeavesTheDatabaseAsItWas() throws IOException {
        Path file = generate(50_000, -1);
        Path errors = temp.resolve("errors.csv");
        DatabaseState before = DatabaseState.now();
        // the one pass over the file asks ~49 times (every 1,024 lines), then storing asks every 64 customers
        CancelAfter monitor = new CancelAfter(55);

        assertThrows(OperationCanceledException.class,
                () -> service.importFile(file, ENGLISH, BadLinePolicy.SKIP, errors, false, monitor));

        assertTrue(monitor.asked > 50, "cancelled while writing, not before: asked " + monitor.asked);
        assertEquals(before, DatabaseState.now());
        assertTrue(service.batches().isEmpty());
        assertFalse(Files.exists(errors));
        try (var files = Files.list(temp)) {
            assertEquals(List.of(), files.filter(f -> f.toString().endsWith(".part")).toList(), "no unfinished file");
        }
    }

    @Test
    void oneBadLineAmongAHundredThousandGoodOnes() throws IOException {
        Path file = generate(100_000, 73_452);
        DatabaseState before = DatabaseState.now();

        ImportReport report = service.validate(file, ENGLISH, null);
        assertEquals(1, report.problems().size());
        assertEquals("sales-100000.csv, line 73452, column date: '2023-02-29' is not a real date (format yyyy-MM-dd)",
                report.problems().get(0).message());
        assertThrows(InvalidLinesException.class, () -> importAborting(file, false));
        assertEquals(before, DatabaseState.now());

        Path errors = temp.resolve("errors.csv");
        ImportResult result = service.importFile(file, ENGLISH, BadLinePolicy.SKIP, errors, false, null);

        assertEquals(99_999, result.imported());
        assertEquals(before.salesLines() + 99_999, DatabaseState.now().salesLines());
        assertEquals(0, expectedTotal(100_000, 73_452).compareTo(DatabaseState.now().totalAmount()
                .subtract(before.totalAmount())));
        assertEquals(2, Files.readAllLines(errors).size());
    }

    /** A file of {@code lines} data lines; line {@code badLine} (editor numbering, -1 for none) has 29 Feb 2023. */
    private Path generate(int lines, int badLine) throws IOException {
        Path file = temp.resolve("sales-" + lines + ".csv");
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            out.write("customer,name,date,amount\n");
            for (int i = 0; i < lines; i++) {
                String date = i + 2 == badLine ? "2023-02-29" : LocalDate.of(2023, 1, 1).plusDays(i % 365).toString();
                out.write("G" + (i % 997) + ",Customer " + (i % 997) + "," + date + "," + amount(i) + "\n");
            }
        }
        return file;
    }

    private static String amount(int i) {
        return (i % 1000) + "." + String.format("%02d", i % 100);
    }

    private static BigDecimal expectedTotal(int lines, int badLine) {
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < lines; i++) {
            if (i + 2 != badLine) {
                total = total.add(new BigDecimal(amount(i)));
            }
        }
        return total;
    }

    /** A monitor that reports cancellation from the n-th time it is asked on. */
    private static final class CancelAfter extends NullProgressMonitor {
        private final int n;
        int asked;

        CancelAfter(int n) {
            this.n = n;
        }

        @Override
        public boolean isCanceled() {
            return ++asked >= n;
        }
    }
}
