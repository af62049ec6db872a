package keystone.store.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.util.List;

import keystone.store.sales.Decimals;
import keystone.store.sales.LineBuffer;
import keystone.store.sales.SalesLines;

/**
 * The child process of {@link DurabilityTest}: opens a database without OSGi and either writes accounts one
 * committed transaction at a time, acknowledging each on stdout, or just holds the database open.
 */
public final class DurabilityProbe {

    private DurabilityProbe() {
    }

    /** Arguments: {@code write|sales|hold DIR CORE_SCRIPT_FILE}. */
    public static void main(String[] args) throws IOException {
        String mode = args[0];
        Path dir = Path.of(args[1]);
        String script = Files.readString(Path.of(args[2]), StandardCharsets.UTF_8);
        SchemaContribution core = new SchemaContribution("keystone.core", "keystone.store", List.of(),
                List.of(new MigrationStep(1, "core", "", () -> new SqlScript(script)),
                        new MigrationStep(2, "blocks", "", SalesBlocksMigration::new)));
        HsqlEngine engine = HsqlEngine.open(dir, List.of(core));
        if (mode.equals("sales")) {
            appendSales(engine);
            return;
        }
        if (mode.equals("hold")) {
            System.out.println("ready " + ProcessHandle.current().pid());
            System.out.flush();
            System.in.read(); // held until the parent kills this process
            return;
        }
        for (int i = 1; i <= 1_000_000; i++) {
            int n = i;
            engine.inTransaction(c -> {
                try (PreparedStatement ps = c.prepareStatement(
                        "INSERT INTO ACCOUNT (NAME, ACCOUNT_TYPE) VALUES (?, 'PROSPECT')")) {
                    ps.setString(1, "Account " + n);
                    ps.executeUpdate();
                }
                return null;
            });
            // printed only after commit returned: this is the "save the user saw succeed"
            System.out.println("saved " + n);
            System.out.flush();
        }
    }

    /** Imports batches of {@value #LINES_PER_IMPORT} lines over 50 customers, one transaction each. */
    private static void appendSales(HsqlEngine engine) {
        for (int n = 1; n <= 1_000_000; n++) {
            LineBuffer lines = new LineBuffer();
            for (int i = 0; i < LINES_PER_IMPORT; i++) {
                lines.add("C" + (i % 50), 19_000 + i % 700, 1_0000L * i, Decimals.NONE, "P" + i % 7, Decimals.NONE,
                        "N" + n);
            }
            engine.inTransaction(c -> {
                try (PreparedStatement ps = c.prepareStatement("MERGE INTO CUSTOMER t USING (VALUES (CAST(? AS "
                        + "VARCHAR(64)))) AS v (ID) ON t.ID = v.ID WHEN NOT MATCHED THEN INSERT (ID) VALUES (v.ID)")) {
                    for (String id : lines.customerIds()) {
                        ps.setString(1, id);
                        ps.executeUpdate();
                    }
                }
                return SalesLines.append(c, lines);
            });
            System.out.println("saved " + n);
            System.out.flush();
        }
    }

    static final int LINES_PER_IMPORT = 2_000;
}
