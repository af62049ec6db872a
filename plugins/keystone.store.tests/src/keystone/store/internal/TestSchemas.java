package keystone.store.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.osgi.framework.FrameworkUtil;

/**
 * Schema contributions built in code for migration tests: the real core schema plus made-up plugin schemas.
 */
final class TestSchemas {

    static final String CORE_SCRIPT = "sql/core/V001__customers_sales_accounts.sql";

    private TestSchemas() {
    }

    static SchemaContribution core() {
        String script = coreScript();
        return new SchemaContribution("keystone.core", "keystone.store", List.of(),
                List.of(new MigrationStep(1, CORE_SCRIPT, "core", () -> new SqlScript(script)),
                        new MigrationStep(2, SalesBlocksMigration.class.getName(), "sales blocks",
                                SalesBlocksMigration::new)));
    }

    /** The core schema as it was before sales lines moved into blocks. */
    static SchemaContribution coreVersion1() {
        String script = coreScript();
        return new SchemaContribution("keystone.core", "keystone.store", List.of(),
                List.of(new MigrationStep(1, CORE_SCRIPT, "core", () -> new SqlScript(script))));
    }

    static String coreScript() {
        URL url = FrameworkUtil.getBundle(HsqlEngine.class).getEntry(CORE_SCRIPT);
        try (InputStream in = url.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** A plugin schema whose steps are the given scripts, versions 1, 2, ... */
    static SchemaContribution plugin(String id, String plugin, List<String> requires, String... scripts) {
        List<MigrationStep> steps = new ArrayList<>();
        for (int i = 0; i < scripts.length; i++) {
            String script = scripts[i];
            steps.add(new MigrationStep(i + 1, "V" + (i + 1) + ".sql", "", () -> new SqlScript(script)));
        }
        return new SchemaContribution(id, plugin, requires, steps);
    }
}
