package keystone.exchange;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What an export wrote.
 *
 * @param file      the document written
 * @param rowCounts rows written per table, in the document's (dependency) order
 */
public record ExportSummary(Path file, Map<String, Long> rowCounts) {

    public ExportSummary {
        rowCounts = Collections.unmodifiableMap(new LinkedHashMap<>(rowCounts));
    }

    public long totalRows() {
        return rowCounts.values().stream().mapToLong(Long::longValue).sum();
    }
}
