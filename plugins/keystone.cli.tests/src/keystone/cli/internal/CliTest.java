package keystone.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkUtil;

/**
 * keystone-cli's commands, exit codes and messages, run against the real services and real databases in temp
 * directories (the same code path as the launcher, minus the shell script).
 */
class CliTest {

    @TempDir
    Path dir;
    private OsgiServices services;

    /** What one invocation printed and returned. */
    private record Outcome(int code, String out, String err) {
    }

    @BeforeEach
    void services() throws BundleException {
        Bundle bundle = FrameworkUtil.getBundle(Cli.class);
        if (bundle.getBundleContext() == null) {
            bundle.start(Bundle.START_TRANSIENT);
        }
        services = new OsgiServices(bundle.getBundleContext());
    }

    @AfterEach
    void close() {
        services.close();
    }

    private Outcome run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new Cli(services, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
        return new Outcome(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void infoNamesTheDatabaseItsSchemaVersionsAndRowCounts() {
        Path db = dir.resolve("db");
        Outcome info = run("--db", db.toString(), "info");
        assertEquals(0, info.code(), info.err());
        assertTrue(info.out().contains(db.toString()), info.out());
        assertTrue(info.out().contains("keystone.core"), info.out());
        assertTrue(info.out().contains("SALES_LINE"), info.out());
    }

    @Test
    void demoThenExportThenImportElsewhereGivesTheSameDatabase() throws Exception {
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        Path json = dir.resolve("a.json");
        assertEquals(0, run("--db", a.toString(), "demo").code());
        assertEquals(0, run("--db", a.toString(), "export-json", json.toString()).code());
        Outcome imported = run("--db", b.toString(), "import-json", json.toString());
        assertEquals(0, imported.code(), imported.err());
        Path again = dir.resolve("b.json");
        assertEquals(0, run("--db", b.toString(), "export-json", again.toString()).code());
        assertEquals(withoutTimestamp(json), withoutTimestamp(again));
        String infoA = run("--db", a.toString(), "info").out().replace(a.toString(), "DB");
        String infoB = run("--db", b.toString(), "info").out().replace(b.toString(), "DB");
        assertEquals(infoA, infoB);
    }

    private static String withoutTimestamp(Path file) throws Exception {
        return Files.readString(file).replaceAll("\"exportedAt\"\\s*:\\s*\"[^\"]*\"", "");
    }

    @Test
    void importIntoADatabaseWithDataNeedsReplace() {
        Path a = dir.resolve("a");
        Path json = dir.resolve("a.json");
        run("--db", a.toString(), "demo");
        run("--db", a.toString(), "export-json", json.toString());
        Outcome refused = run("--db", a.toString(), "import-json", json.toString());
        assertEquals(1, refused.code());
        assertTrue(refused.err().contains("--replace"), refused.err());
        Outcome replaced = run("--db", a.toString(), "import-json", json.toString(), "--replace");
        assertEquals(0, replaced.code(), replaced.err());
    }

    @Test
    void aBadDocumentFailsWithItsJsonPathAndExitCodeOne() throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"format\":\"keystone\",\"formatVersion\":1,\"schemaVersions\":{\"keystone.core\":1},"
                + "\"tables\":{\"ACCOUNT\":{\"columns\":[\"ID\",\"NAME\",\"ACCOUNT_TYPE\",\"EMPLOYEES\"],"
                + "\"rows\":[[1,\"A\",\"PROSPECT\",\"many\"]]}}}");
        Outcome outcome = run("--db", dir.resolve("db").toString(), "import-json", bad.toString());
        assertEquals(1, outcome.code());
        assertTrue(outcome.err().contains("/tables/ACCOUNT/rows/0/3"), outcome.err());
        assertTrue(run("--db", dir.resolve("db").toString(), "info").out().matches("(?s).*ACCOUNT\\s+0.*"),
                "nothing was imported");
    }

    @Test
    void wrongUsageExitsWithTwoAndShowsTheUsage() {
        Outcome unknown = run("frobnicate");
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().contains("keystone-cli"), unknown.err());
        Outcome missingFile = run("--db", dir.toString(), "export-json");
        assertEquals(2, missingFile.code());
    }
}
