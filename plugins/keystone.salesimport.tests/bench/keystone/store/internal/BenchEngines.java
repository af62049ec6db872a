package keystone.store.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Opens a real Keystone database for a benchmark without OSGi: the engine the workbench and the CLI use, migrated
 * with the core schema (its script and its Java step) and the sales-import schema read from the bundles' files.
 */
public final class BenchEngines {

    private BenchEngines() {
    }

    /**
     * @param coreScript   plugins/keystone.store/sql/core/V001__customers_sales_accounts.sql
     * @param importScript plugins/keystone.salesimport/sql/V001__import_batches_profiles.sql
     */
    public static HsqlEngine open(Path directory, Path coreScript, Path importScript) throws IOException {
        String core = Files.readString(coreScript, StandardCharsets.UTF_8);
        String sales = Files.readString(importScript, StandardCharsets.UTF_8);
        return HsqlEngine.open(directory, List.of(
                new SchemaContribution("keystone.core", "keystone.store", List.of(),
                        List.of(new MigrationStep(1, coreScript.toString(), "core", () -> new SqlScript(core)),
                                new MigrationStep(2, SalesBlocksMigration.class.getName(), "sales blocks",
                                        SalesBlocksMigration::new))),
                new SchemaContribution("keystone.salesimport", "keystone.salesimport", List.of("keystone.core"),
                        List.of(new MigrationStep(1, importScript.toString(), "", () -> new SqlScript(sales))))));
    }
}
