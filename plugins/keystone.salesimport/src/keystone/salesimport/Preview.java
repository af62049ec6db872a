package keystone.salesimport;

import java.nio.file.Path;
import java.util.List;

/**
 * The first rows of a sales file as the import reads them with a given detection, for the user to check and
 * correct the detection before mapping columns.
 *
 * @param file      the file
 * @param detection the complete detection used
 * @param lines     the line (for XLSX: sheet row) number of each row, 1-based
 * @param rows      the data rows (without the header) as text, one list of values per row
 */
public record Preview(Path file, Detection detection, List<Long> lines, List<List<String>> rows) {

    public Preview {
        lines = List.copyOf(lines);
        rows = rows.stream().map(List::copyOf).toList();
    }

    public List<String> columns() {
        return detection.columns();
    }
}
