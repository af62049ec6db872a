package keystone.exchange;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What an import stored.
 *
 * @param file      the document read
 * @param rowCounts rows stored per table, in the document's order
 * @param replaced  whether rows that were in the database before were deleted
 */
public record ImportSummary(Path file, Map<String, Long> rowCounts, boolean replaced) {

    public ImportSummary {
        rowCounts = Collections.unmodifiableMap(new LinkedHashMap<>(rowCounts));
    }

    public long totalRows() {
        return rowCounts.values().stream().mapToLong(Long::longValue).sum();
    }
}
