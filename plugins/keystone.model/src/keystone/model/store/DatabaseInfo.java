package keystone.model.store;

import java.nio.file.Path;
import java.util.Map;

/**
 * What the open database is: where it lives, which schema versions it carries and how much it holds.
 *
 * @param directory      the database directory
 * @param schemaVersions the applied version per schema contributor
 * @param rowCounts      rows per table
 */
public record DatabaseInfo(Path directory, Map<String, Integer> schemaVersions, Map<String, Long> rowCounts,
        long salesLines) {
}
