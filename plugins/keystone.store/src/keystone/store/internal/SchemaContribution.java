package keystone.store.internal;

import java.util.List;

/**
 * One contributor's schema: its id, the plugin it comes from, the schemas it needs first, and its ordered steps.
 */
record SchemaContribution(String id, String plugin, List<String> requires, List<MigrationStep> steps) {

    SchemaContribution {
        requires = List.copyOf(requires);
        steps = List.copyOf(steps);
    }

    int latestVersion() {
        return steps.isEmpty() ? 0 : steps.get(steps.size() - 1).version();
    }
}
