package keystone.exchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import keystone.testsupport.Services;
import keystone.exchange.ExportSummary;
import keystone.exchange.ImportSummary;
import keystone.exchange.JsonExchange;
import keystone.model.account.Account;
import keystone.model.account.AccountService;
import keystone.model.account.AccountType;
import keystone.model.store.DatabaseService;

/**
 * Export and import keep every value: a database exported, imported elsewhere and exported again gives the same
 * document, and the same rows.
 */
class JsonExchangeRoundTripTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path temp;

    private DatabaseService database;
    private JsonExchange exchange;

    @BeforeEach
    void open() {
        database = Services.get(DatabaseService.class);
        exchange = Services.get(JsonExchange.class);
        database.open(temp.resolve("db"));
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void roundTripKeepsEveryValue() throws IOException {
        List<Account> accounts = TestData.fill();
        Map<String, List<List<Object>>> before = TestData.snapshot();
        Path first = temp.resolve("first.json");

        ExportSummary exported = exchange.exportTo(first, new NullProgressMonitor());
        assertEquals(TestData.rowCounts(), exported.rowCounts());
        assertTrue(exported.rowCounts().get("SALES_BLOCK") > 0, exported.rowCounts().toString());

        database.close();
        database.open(temp.resolve("other-db"));
        ImportSummary imported = exchange.importFrom(first, false, new NullProgressMonitor());

        assertEquals(exported.rowCounts(), imported.rowCounts());
        assertFalse(imported.replaced());
        assertEquals(before, TestData.snapshot());
        AccountService accountService = Services.get(AccountService.class);
        for (Account account : accounts) {
            assertEquals(account, accountService.find(account.id()).orElseThrow());
        }
        Path second = temp.resolve("second.json");
        exchange.exportTo(second, null);
        assertEquals(withoutExportedAt(first), withoutExportedAt(second));
        assertEquals(linesAfterExportedAt(first), linesAfterExportedAt(second), "same text after the header");
    }

    @Test
    void newRowsAfterAnImportContinueRightAfterTheImportedIds() {
        List<Account> accounts = TestData.fill();
        Path file = temp.resolve("accounts.json");
        exchange.exportTo(file, null);
        AccountService accountService = Services.get(AccountService.class);
        for (int i = 0; i < 3; i++) {
            // moves the id counter past what the document holds
            accountService.create(Account.draft("Replaced by the import " + i, AccountType.PROSPECT));
        }
        exchange.importFrom(file, true, null);

        Account created = accountService.create(Account.draft("After the import", AccountType.EXPERT));

        long highest = accounts.stream().mapToLong(Account::id).max().orElseThrow();
        assertEquals(highest + 1, created.id());
    }

    @Test
    void documentHasTheDocumentedShape() throws IOException {
        TestData.fill();
        Path file = temp.resolve("shape.json");
        exchange.exportTo(file, null);

        JsonNode document = MAPPER.readTree(file.toFile());
        assertEquals("keystone", document.get("format").asText());
        assertEquals(1, document.get("formatVersion").asInt());
        assertTrue(document.get("exportedAt").isTextual());
        assertEquals(2, document.get("schemaVersions").get("keystone.core").asInt());
        List<String> tables = new ArrayList<>();
        document.get("tables").fieldNames().forEachRemaining(tables::add);
        assertTrue(tables.indexOf("CUSTOMER") < tables.indexOf("SALES_BLOCK"), tables.toString());
        assertTrue(tables.indexOf("CUSTOMER") < tables.indexOf("ACCOUNT"), tables.toString());
        JsonNode blocks = document.get("tables").get("SALES_BLOCK");
        List<String> columns = new ArrayList<>();
        blocks.get("columns").forEach(c -> columns.add(c.asText()));
        JsonNode first = blocks.get("rows").get(0);
        assertTrue(first.get(columns.indexOf("FIRST_DATE")).textValue().matches("\\d{4}-\\d{2}-\\d{2}"));
        assertTrue(first.get(columns.indexOf("AMOUNT")).textValue().matches("-?\\d+\\.\\d{4}"));
        assertTrue(first.get(columns.indexOf("LINES")).isTextual(), "the encoded lines as text");
        assertTrue(first.get(columns.indexOf("ID")).isIntegralNumber());
        JsonNode accounts = document.get("tables").get("ACCOUNT");
        List<String> accountColumns = new ArrayList<>();
        accounts.get("columns").forEach(c -> accountColumns.add(c.asText()));
        JsonNode employees = accounts.get("rows").get(0).get(accountColumns.indexOf("EMPLOYEES"));
        assertEquals(Integer.MAX_VALUE, employees.intValue());
        assertTrue(accounts.get("rows").get(1).get(accountColumns.indexOf("ANNUAL_REVENUE")).isTextual());
        // one row per line keeps large exports readable
        long rows = TestData.rowCounts().values().stream().mapToLong(n -> n).sum();
        assertTrue(Files.readAllLines(file).size() > rows);
    }

    @Test
    void emptyDatabaseRoundTrips() {
        Path file = temp.resolve("empty.json");
        ExportSummary exported = exchange.exportTo(file, null);
        assertEquals(0, exported.totalRows());

        ImportSummary imported = exchange.importFrom(file, false, null);

        assertEquals(0, imported.totalRows());
    }

    @Test
    void exportReplacesAnExistingFile() throws IOException {
        TestData.fill();
        Path file = temp.resolve("existing.json");
        Files.writeString(file, "old content");

        exchange.exportTo(file, null);

        assertEquals("keystone", MAPPER.readTree(file.toFile()).get("format").asText());
        assertEquals(List.of(file.getFileName().toString(), "db"), fileNames());
    }

    @Test
    void cancelledExportWritesNothing() throws IOException {
        TestData.fill();
        Path file = temp.resolve("cancelled.json");
        NullProgressMonitor cancelled = new NullProgressMonitor();
        cancelled.setCanceled(true);

        assertThrows(OperationCanceledException.class, () -> exchange.exportTo(file, cancelled));

        assertEquals(List.of("db"), fileNames(), "neither the file nor a temporary file is left");
    }

    @Test
    void cancellingDuringTheExportWritesNothing() throws IOException {
        TestData.fill();
        Path file = temp.resolve("cancelled.json");
        NullProgressMonitor cancelInSalesLines = new NullProgressMonitor() {
            @Override
            public void subTask(String name) {
                if (name.contains("SALES_BLOCK")) {
                    setCanceled(true);
                }
            }
        };

        assertThrows(OperationCanceledException.class, () -> exchange.exportTo(file, cancelInSalesLines));

        assertEquals(List.of("db"), fileNames());
    }

    @Test
    void cancelledImportChangesNothing() {
        TestData.fill();
        Path file = temp.resolve("data.json");
        exchange.exportTo(file, null);
        Services.get(AccountService.class).create(Account.draft("Only before the import", AccountType.PROSPECT));
        Map<String, List<List<Object>>> before = TestData.snapshot();
        NullProgressMonitor cancelLater = new NullProgressMonitor() {
            private int ticks;

            @Override
            public boolean isCanceled() {
                return ++ticks > 3;
            }
        };

        assertThrows(OperationCanceledException.class, () -> exchange.importFrom(file, true, cancelLater));

        assertEquals(before, TestData.snapshot());
    }

    private List<String> fileNames() throws IOException {
        try (Stream<Path> files = Files.list(temp)) {
            return files.map(p -> p.getFileName().toString()).sorted(Comparator.reverseOrder()).toList();
        }
    }

    private static List<String> linesAfterExportedAt(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        int exportedAt = 0;
        while (!lines.get(exportedAt).contains("\"exportedAt\"")) {
            exportedAt++;
        }
        return lines.subList(exportedAt + 1, lines.size());
    }

    private static JsonNode withoutExportedAt(Path file) throws IOException {
        ObjectNode document = (ObjectNode) MAPPER.readTree(file.toFile());
        document.remove("exportedAt");
        return document;
    }
}
