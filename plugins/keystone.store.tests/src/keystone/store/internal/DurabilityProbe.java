package keystone.store.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.util.List;

/**
 * The child process of {@link DurabilityTest}: opens a database without OSGi and either writes accounts one
 * committed transaction at a time, acknowledging each on stdout, or just holds the database open.
 */
public final class DurabilityProbe {

    private DurabilityProbe() {
    }

    /** Arguments: {@code write|hold DIR CORE_SCRIPT_FILE}. */
    public static void main(String[] args) throws IOException {
        String mode = args[0];
        Path dir = Path.of(args[1]);
        String script = Files.readString(Path.of(args[2]), StandardCharsets.UTF_8);
        SchemaContribution core = new SchemaContribution("keystone.core", "keystone.store", List.of(),
                List.of(new MigrationStep(1, "core", "", () -> new SqlScript(script))));
        HsqlEngine engine = HsqlEngine.open(dir, List.of(core));
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
}
