package keystone.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import keystone.model.store.MigrationException;
import keystone.model.store.StoreException;

class MigratorTest {

    @TempDir
    Path dir;

    private static final String VISITS_V1 = "CREATE CACHED TABLE VISIT (ID BIGINT PRIMARY KEY, "
            + "ACCOUNT_ID BIGINT NOT NULL REFERENCES ACCOUNT (ID), NOTE VARCHAR(100));";
    private static final String BROKEN = "CREATE CACHED TABLE HALF_DONE (ID INT);\nINSERT INTO NO_SUCH_TABLE VALUES (1);";

    @Test
    void newDatabaseGetsTheCoreSchemaAndRecordsItsVersion() {
        try (HsqlEngine engine = HsqlEngine.open(dir, List.of(TestSchemas.core()))) {
            assertEquals(Map.of("keystone.core", 2), engine.read(Migrator::versions));
            assertTrue(engine.read(c -> Migrator.hasTable(c, "ACCOUNT")));
            assertTrue(engine.read(c -> Migrator.hasTable(c, "SALES_BLOCK")));
            assertFalse(engine.read(c -> Migrator.hasTable(c, "SALES_LINE")));
        }
    }

    @Test
    void reopeningAppliesNothingTwiceAndKeepsData() {
        try (HsqlEngine engine = HsqlEngine.open(dir, List.of(TestSchemas.core()))) {
            insertAccount(engine, "Kept AG");
        }
        try (HsqlEngine engine = HsqlEngine.open(dir, List.of(TestSchemas.core()))) {
            assertEquals(1, count(engine, "ACCOUNT"));
            assertEquals(Map.of("keystone.core", 2), engine.read(Migrator::versions));
        }
    }

    @Test
    void contributorsRunAfterTheSchemasTheyRequire() {
        var visits = TestSchemas.plugin("test.visits", "test.visits.plugin", List.of("keystone.core"), VISITS_V1);
        try (HsqlEngine engine = HsqlEngine.open(dir, List.of(visits, TestSchemas.core()))) {
            assertEquals(Map.of("keystone.core", 2, "test.visits", 1), engine.read(Migrator::versions));
        }
    }

    @Test
    void laterVersionsOfAContributorAreAppliedOnTheNextOpen() {
        var v1 = TestSchemas.plugin("test.visits", "p", List.of("keystone.core"), VISITS_V1);
        try (HsqlEngine engine = HsqlEngine.open(dir, List.of(TestSchemas.core(), v1))) {
            assertEquals(1, engine.read(Migrator::versions).get("test.visits"));
        }
        var v2 = TestSchemas.plugin("test.visits", "p", List.of("keystone.core"), VISITS_V1,
                "ALTER TABLE VISIT ADD COLUMN DURATION INT;");
        try (HsqlEngine engine = HsqlEngine.open(dir, List.of(TestSchemas.core(), v2))) {
            assertEquals(2, engine.read(Migrator::versions).get("test.visits"));
        }
    }

    @Test
    void failedMigrationNamesPluginAndStepAndLeavesTheDatabaseAsItWas() throws IOException {
        try (HsqlEngine engine = HsqlEngine.open(dir, List.of(TestSchemas.core()))) {
            insertAccount(engine, "Before Upgrade GmbH");
        }
        var broken = TestSchemas.plugin("test.broken", "test.broken.plugin", List.of("keystone.core"), BROKEN);
        MigrationException e = assertThrows(MigrationException.class,
                () -> HsqlEngine.open(dir, List.of(TestSchemas.core(), broken)));
        assertTrue(e.getMessage().contains("test.broken.plugin"), e.getMessage());
        assertTrue(e.getMessage().contains("V1.sql"), e.getMessage());
        assertEquals("test.broken", e.contributor());

        try (HsqlEngine engine = HsqlEngine.open(dir, List.of(TestSchemas.core()))) {
            assertEquals(1, count(engine, "ACCOUNT"));
            assertFalse(engine.read(c -> Migrator.hasTable(c, "HALF_DONE")), "the half-applied table is gone");
            assertEquals(Map.of("keystone.core", 2), engine.read(Migrator::versions));
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().startsWith("pre-migration-backup")),
                    "the backup is removed after restoring");
        }
    }

    @Test
    void failedMigrationOfANewDatabaseLeavesNoDatabaseBehind() throws IOException {
        var broken = TestSchemas.plugin("test.broken", "test.broken.plugin", List.of("keystone.core"), BROKEN);
        assertThrows(MigrationException.class, () -> HsqlEngine.open(dir, List.of(TestSchemas.core(), broken)));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(DatabaseLock.FILE_NAME), files.map(p -> p.getFileName().toString()).toList());
        }
        try (HsqlEngine engine = HsqlEngine.open(dir, List.of(TestSchemas.core()))) {
            assertEquals(0, count(engine, "ACCOUNT"), "the directory is usable again");
        }
    }

    @Test
    void aDatabaseFromANewerKeystoneIsRefused() {
        var v2 = TestSchemas.plugin("test.visits", "p", List.of("keystone.core"), VISITS_V1, "SELECT 1 FROM VISIT;");
        try (HsqlEngine engine = HsqlEngine.open(dir, List.of(TestSchemas.core(), v2))) {
            assertEquals(2, engine.read(Migrator::versions).get("test.visits"));
        }
        var v1 = TestSchemas.plugin("test.visits", "p", List.of("keystone.core"), VISITS_V1);
        StoreException e = assertThrows(StoreException.class,
                () -> HsqlEngine.open(dir, List.of(TestSchemas.core(), v1)));
        assertTrue(e.getMessage().contains("newer"), e.getMessage());
    }

    @Test
    void unknownRequiredSchemaAndDuplicateIdsAreRefused() {
        var orphan = TestSchemas.plugin("test.orphan", "orphan.plugin", List.of("no.such.schema"), "SELECT 1;");
        StoreException missing = assertThrows(StoreException.class,
                () -> HsqlEngine.open(dir, List.of(TestSchemas.core(), orphan)));
        assertTrue(missing.getMessage().contains("no.such.schema"), missing.getMessage());

        var twin = TestSchemas.plugin("keystone.core", "impostor.plugin", List.of(), "SELECT 1;");
        StoreException duplicate = assertThrows(StoreException.class,
                () -> HsqlEngine.open(dir, List.of(TestSchemas.core(), twin)));
        assertTrue(duplicate.getMessage().contains("impostor.plugin"), duplicate.getMessage());
    }

    @Test
    void scriptSplitterKeepsMultiLineStatementsAndDropsComments() {
        List<String> statements = SqlScript.split("-- comment\nCREATE TABLE A (\n  X INT\n);\n\nINSERT INTO A VALUES (1);\n");
        assertEquals(List.of("CREATE TABLE A (\n  X INT\n)", "INSERT INTO A VALUES (1)"), statements);
    }

    static void insertAccount(HsqlEngine engine, String name) {
        engine.inTransaction(c -> {
            try (Statement st = c.createStatement()) {
                st.executeUpdate("INSERT INTO ACCOUNT (NAME, ACCOUNT_TYPE) VALUES ('" + name + "', 'PROSPECT')");
            }
            return null;
        });
    }

    static long count(HsqlEngine engine, String table) {
        return engine.read(c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + table)) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }
}
