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
        assertTrue(info.out().contains("SALES_BLOCK"), info.out());
        assertTrue(info.out().contains("Sales lines: "), info.out());
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
        Path empty = dir.resolve("empty.json");
        assertEquals(0, run("--db", dir.resolve("db").toString(), "export-json", empty.toString()).code());
        java.util.regex.Matcher versions = java.util.regex.Pattern.compile("\"schemaVersions\"\\s*:\\s*\\{[^}]*}")
                .matcher(Files.readString(empty));
        assertTrue(versions.find(), "the export names its schema versions");
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"format\":\"keystone\",\"formatVersion\":1," + versions.group() + ","
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

    @Test
    void abcxyzWritesTheExactHeaderAndOneLinePerCustomerInRankOrder() throws Exception {
        Path db = dir.resolve("db");
        Path csv = dir.resolve("abc.csv");
        assertEquals(0, run("--db", db.toString(), "demo").code());
        Outcome outcome = run("--db", db.toString(), "abcxyz", "--from", "2025-01", "--to", "2025-12", "--measure",
                "revenue", "--a", "0.8", "--b=0.95", "--x", "0.5", "--y", "1.0", "--out", csv.toString());
        assertEquals(0, outcome.code(), outcome.err());
        java.util.List<String> lines = Files.readAllLines(csv);
        assertEquals("customer,revenue,cum_share,abc,cv,xyz", lines.get(0));
        assertTrue(lines.size() > 200, "one line per customer with sales in 2025: " + lines.size());
        double previous = Double.MAX_VALUE;
        double lastShare = 0;
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",", -1);
            assertEquals(6, f.length, line);
            assertTrue(!f[1].contains("E") && !f[2].contains("E"), "plain decimals: " + line);
            double revenue = Double.parseDouble(f[1]);
            assertTrue(revenue <= previous, "rank order: " + line);
            previous = revenue;
            lastShare = Double.parseDouble(f[2]);
            assertTrue(f[3].matches("[ABC]") && f[5].matches("[XYZ]"), line);
        }
        assertEquals(1.0, lastShare, 1e-9, "the last cumulative share is 100 %");
    }

    @Test
    void abcxyzRefusesBadOptionsWithExitCodeTwo() {
        assertEquals(2, run("abcxyz", "--from", "2025-13", "--out", "x.csv").code());
        assertEquals(2, run("abcxyz", "--measure", "profit", "--out", "x.csv").code());
        assertEquals(2, run("abcxyz", "--a", "lots", "--out", "x.csv").code());
        assertEquals(2, run("abcxyz").code(), "--out is required");
    }

    @Test
    void abcxyzWithImpossibleCutOffsFailsWithExitCodeOne() {
        Outcome outcome = run("--db", dir.resolve("db").toString(), "abcxyz", "--a", "0.96", "--b", "0.95", "--out",
                dir.resolve("x.csv").toString());
        assertEquals(1, outcome.code());
        assertTrue(outcome.err().contains("cut-off"), outcome.err());
    }

    private Path salesFile(String name, String... extra) throws Exception {
        StringBuilder csv = new StringBuilder("customer,name,date,amount\n");
        csv.append("K1,Kappa GmbH,2024-03-01,100.50\n");
        csv.append("K1,Kappa GmbH,2024-03-15,200.00\n");
        csv.append("K2,Lambda SA,2024-04-02,50.25\n");
        for (String line : extra) {
            csv.append(line).append('\n');
        }
        Path file = dir.resolve(name);
        Files.writeString(file, csv);
        return file;
    }

    @Test
    void importSalesStoresAFileAndRefusesTheSameFileTwice() throws Exception {
        Path db = dir.resolve("db");
        Path file = salesFile("sales.csv");
        Outcome first = run("--db", db.toString(), "import-sales", file.toString(), "--map",
                "customer=customer,name=name,date=date,amount=amount");
        assertEquals(0, first.code(), first.err());
        assertTrue(first.out().contains("Imported 3 sales lines"), first.out());
        Outcome again = run("--db", db.toString(), "import-sales", file.toString(), "--map",
                "customer=1,date=3,amount=4");
        assertEquals(1, again.code());
        assertTrue(run("--db", db.toString(), "info").out().contains("Sales lines: 3" + System.lineSeparator()), "not doubled");
    }

    @Test
    void importSalesNamesEveryInvalidLineAndImportsNothingUnlessToldToSkip() throws Exception {
        Path db = dir.resolve("db");
        Path file = salesFile("bad.csv", "K3,Mu,2024-02-30,10.00", "K4,Nu,2024-05-01,lots");
        Outcome refused = run("--db", db.toString(), "import-sales", file.toString(), "--map",
                "customer=customer,date=date,amount=amount");
        assertEquals(1, refused.code());
        assertTrue(refused.err().contains("line 5") && refused.err().contains("line 6"), refused.err());
        assertTrue(refused.err().contains("--skip-invalid"), refused.err());
        assertTrue(run("--db", db.toString(), "info").out().contains("Sales lines: 0" + System.lineSeparator()), "nothing stored");

        Path errors = dir.resolve("errors.csv");
        Outcome skipped = run("--db", db.toString(), "import-sales", file.toString(), "--map",
                "customer=customer,date=date,amount=amount", "--skip-invalid", errors.toString());
        assertEquals(0, skipped.code(), skipped.err());
        assertTrue(skipped.out().contains("Skipped 2"), skipped.out());
        String written = Files.readString(errors);
        assertTrue(written.contains("2024-02-30") && written.contains("lots"), written);
    }

    @Test
    void importSalesNeedsAMappingOrAProfile() throws Exception {
        assertEquals(2, run("import-sales", salesFile("x.csv").toString()).code());
        assertEquals(2, run("import-sales", salesFile("y.csv").toString(), "--map", "customer=1").code());
        assertEquals(2, run("import-sales", salesFile("z.csv").toString(), "--map", "customer=1,date=3,amount=4",
                "--decimal", "dot").code());
    }
}
