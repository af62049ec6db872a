package keystone.exchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import keystone.testsupport.Services;
import keystone.exchange.DatabaseNotEmptyException;
import keystone.exchange.ExchangeException;
import keystone.exchange.ImportSummary;
import keystone.exchange.JsonExchange;
import keystone.model.account.Account;
import keystone.model.account.AccountService;
import keystone.model.account.AccountType;
import keystone.model.store.DatabaseService;

/**
 * A document that does not fit the database is refused with the JSON path of the problem, and the database is
 * left exactly as it was: nothing deleted, nothing half imported.
 */
class JsonExchangeRefusalTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path temp;

    private DatabaseService database;
    private JsonExchange exchange;
    private Path good;
    private Map<String, List<List<Object>>> before;

    @BeforeEach
    void openFilledDatabase() {
        database = Services.get(DatabaseService.class);
        exchange = Services.get(JsonExchange.class);
        database.open(temp.resolve("db"));
        TestData.fill();
        good = temp.resolve("good.json");
        exchange.exportTo(good, null);
        // different from the document, so that a partial import would show
        Services.get(AccountService.class).create(Account.draft("Only in the database", AccountType.EXPERT));
        before = TestData.snapshot();
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void nonEmptyDatabaseIsRefusedWithoutReplace() {
        ExchangeException e = assertThrows(DatabaseNotEmptyException.class,
                () -> exchange.importFrom(good, false, null));

        assertTrue(e.getMessage().contains("not empty"), e.getMessage());
        assertEquals(before, TestData.snapshot());
    }

    @Test
    void nonEmptyDatabaseIsReplacedWithReplace() throws IOException {
        ImportSummary summary = exchange.importFrom(good, true, null);

        assertTrue(summary.replaced());
        Path again = temp.resolve("again.json");
        exchange.exportTo(again, null);
        ObjectNode expected = (ObjectNode) MAPPER.readTree(good.toFile());
        ObjectNode actual = (ObjectNode) MAPPER.readTree(again.toFile());
        expected.remove("exportedAt");
        actual.remove("exportedAt");
        assertEquals(expected, actual);
    }

    @Test
    void notJson() throws IOException {
        assertRefused("this is not JSON", "not valid JSON", "line 1");
        assertRefused("{\"format\": \"keystone\", \"formatVersion\": 1,", "not valid JSON", "/formatVersion");
    }

    @Test
    void wrongFormatMarker() throws IOException {
        assertRefused(document(d -> d.put("format", "spreadsheet")), "/format", "\"spreadsheet\"");
    }

    @Test
    void unknownTable() throws IOException {
        assertRefused(document(d -> tables(d).putObject("NO_SUCH_TABLE").putArray("columns")),
                "/tables/NO_SUCH_TABLE", "no table NO_SUCH_TABLE");
    }

    @Test
    void unknownColumn() throws IOException {
        int index = columns(good(), "CUSTOMER").size();
        assertRefused(document(d -> ((ArrayNode) tables(d).get("CUSTOMER").get("columns")).add("SHOE_SIZE")),
                "/tables/CUSTOMER/columns/" + index, "no column SHOE_SIZE");
    }

    @Test
    void textInANumberColumn() throws IOException {
        int employees = columns(good(), "ACCOUNT").indexOf("EMPLOYEES");
        assertRefused(document(d -> row(d, "ACCOUNT", 2).set(employees, MAPPER.getNodeFactory().textNode("many"))),
                "/tables/ACCOUNT/rows/2/" + employees, "expected a number for column EMPLOYEES, found \"many\"");
    }

    @Test
    void badDate() throws IOException {
        int date = columns(good(), "SALES_BLOCK").indexOf("FIRST_DATE");
        assertRefused(document(d -> row(d, "SALES_BLOCK", 1).set(date, MAPPER.getNodeFactory().textNode("2023-02-29"))),
                "/tables/SALES_BLOCK/rows/1/" + date, "FIRST_DATE", "\"2023-02-29\"");
    }

    @Test
    void badDecimal() throws IOException {
        int amount = columns(good(), "SALES_BLOCK").indexOf("AMOUNT");
        assertRefused(document(d -> row(d, "SALES_BLOCK", 3).set(amount, MAPPER.getNodeFactory().textNode("1.23456"))),
                "/tables/SALES_BLOCK/rows/3/" + amount, "decimal places");
    }

    @Test
    void damagedSalesLines() throws IOException {
        int lines = columns(good(), "SALES_BLOCK").indexOf("LINES");
        int id = columns(good(), "SALES_BLOCK").indexOf("ID");
        ObjectNode document = good();
        byte[] bytes = row(document, "SALES_BLOCK", 2).get(lines).binaryValue();
        bytes[bytes.length / 2] ^= 0x01;
        row(document, "SALES_BLOCK", 2).set(lines, MAPPER.getNodeFactory().binaryNode(bytes));
        assertRefused(MAPPER.writeValueAsBytes(document), "/tables/SALES_BLOCK",
                "block ID " + row(document, "SALES_BLOCK", 2).get(id).asLong(), "checksum");
    }

    @Test
    void salesBlockColumnsThatDisagreeWithItsLines() throws IOException {
        int amount = columns(good(), "SALES_BLOCK").indexOf("AMOUNT");
        assertRefused(document(d -> row(d, "SALES_BLOCK", 1).set(amount, MAPPER.getNodeFactory().textNode("1.0000"))),
                "/tables/SALES_BLOCK", "AMOUNT 1.0000 is not the sum of its lines");
        int lastId = columns(good(), "SALES_BLOCK").indexOf("LAST_LINE_ID");
        assertRefused(document(d -> row(d, "SALES_BLOCK", 0).set(lastId,
                MAPPER.getNodeFactory().numberNode(row(d, "SALES_BLOCK", 0).get(lastId).asLong() + 1))),
                "/tables/SALES_BLOCK", "FIRST_LINE_ID/LAST_LINE_ID do not match");
    }

    @Test
    void nullInANotNullColumn() throws IOException {
        int name = columns(good(), "ACCOUNT").indexOf("NAME");
        assertRefused(document(d -> row(d, "ACCOUNT", 0).set(name, MAPPER.getNodeFactory().nullNode())),
                "/tables/ACCOUNT/rows/0/" + name, "NAME");
    }

    @Test
    void rowWithTooFewValues() throws IOException {
        assertRefused(document(d -> row(d, "CUSTOMER", 1).remove(0)), "/tables/CUSTOMER/rows/1", "values");
    }

    @Test
    void duplicatePrimaryKeyInTheLastTable() throws IOException {
        // the violation comes after thousands of rows were inserted: they must all be rolled back
        ObjectNode document = good();
        List<String> names = new ArrayList<>();
        tables(document).fieldNames().forEachRemaining(names::add);
        String last = names.get(names.size() - 1);
        ArrayNode rows = (ArrayNode) tables(document).get(last).get("rows");
        int index = rows.size();
        rows.add(rows.get(0).deepCopy());

        assertRefused(MAPPER.writeValueAsBytes(document), "/tables/" + last + "/rows/" + index, last);
    }

    @Test
    void schemaVersionMismatch() throws IOException {
        assertRefused(document(d -> ((ObjectNode) d.get("schemaVersions")).put("keystone.core", 99)),
                "/schemaVersions/keystone.core", "keystone.core", "99", "version 2");
    }

    @Test
    void unknownSchemaContributor() throws IOException {
        assertRefused(document(d -> ((ObjectNode) d.get("schemaVersions")).put("keystone.future", 1)),
                "/schemaVersions/keystone.future", "keystone.future");
    }

    private void assertRefused(String document, String... expectedInMessage) throws IOException {
        assertRefused(document.getBytes(StandardCharsets.UTF_8), expectedInMessage);
    }

    private void assertRefused(byte[] document, String... expectedInMessage) throws IOException {
        Path file = temp.resolve("bad.json");
        Files.write(file, document);

        ExchangeException e = assertThrows(ExchangeException.class, () -> exchange.importFrom(file, true, null));

        for (String expected : expectedInMessage) {
            assertTrue(e.getMessage().contains(expected), "'" + expected + "' in: " + e.getMessage());
        }
        assertEquals(before, TestData.snapshot(), "the database is unchanged");
    }

    private ObjectNode good() throws IOException {
        return (ObjectNode) MAPPER.readTree(good.toFile());
    }

    /** The good document with a change, as bytes: Jackson's UTF-8 output escapes the test data's lone surrogate. */
    private byte[] document(Consumer<ObjectNode> change) throws IOException {
        ObjectNode document = good();
        change.accept(document);
        return MAPPER.writeValueAsBytes(document);
    }

    private static ObjectNode tables(ObjectNode document) {
        return (ObjectNode) document.get("tables");
    }

    private static ArrayNode row(ObjectNode document, String table, int index) {
        return (ArrayNode) tables(document).get(table).get("rows").get(index);
    }

    private static List<String> columns(JsonNode document, String table) {
        List<String> names = new ArrayList<>();
        document.get("tables").get(table).get("columns").forEach(c -> names.add(c.asText()));
        return names;
    }
}
