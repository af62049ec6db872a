package keystone.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MigrationRegistryTest {

    private final MigrationRegistry registry = new MigrationRegistry();

    @AfterEach
    void forget() {
        registry.clearRegistered();
    }

    @Test
    void theCoreSchemaArrivesThroughTheExtensionPoint() throws Exception {
        SchemaContribution core = registry.contributions().stream()
                .filter(s -> s.id().equals("keystone.core")).findFirst().orElseThrow();
        assertEquals("keystone.store", core.plugin());
        assertEquals(2, core.latestVersion());
        SqlScript script = (SqlScript) core.steps().get(0).action().load();
        assertTrue(script.statements().stream().anyMatch(s -> s.startsWith("CREATE CACHED TABLE ACCOUNT")));
        assertTrue(core.steps().get(1).action().load() instanceof SalesBlocksMigration, "a step written in Java");
    }

    @Test
    void registeredContributionsJoinThoseFromPluginXml() {
        registry.register(TestSchemas.plugin("test.extra", "test.plugin", List.of("keystone.core"), "SELECT 1;"));
        List<String> ids = registry.contributions().stream().map(SchemaContribution::id).toList();
        assertTrue(ids.containsAll(List.of("keystone.core", "test.extra")), ids.toString());
    }
}
