package keystone.salesimport.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.dhatim.fastexcel.reader.ExcelReaderException;
import org.eclipse.osgi.util.NLS;

import keystone.salesimport.Detection;
import keystone.salesimport.ImportException;
import keystone.salesimport.Preview;

/**
 * Reads the first data rows of a sales file as text for {@link Preview}; rows that cannot be read are left out
 * (validation reports them).
 */
public final class PreviewReader {

    private PreviewReader() {
    }

    public static Preview read(Path file, Detection detection, int maxRows) {
        List<Long> lines = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        try (RowSource source = RowSource.open(file, detection)) {
            boolean headerPending = detection.header();
            SourceRow row;
            while (rows.size() < maxRows && (row = source.next()) != null && !row.fatal()) {
                if (!row.readable() || row.blank()) {
                    continue;
                }
                if (headerPending) {
                    headerPending = false;
                    continue;
                }
                List<String> values = new ArrayList<>();
                for (int i = 0; i < row.values().length; i++) {
                    values.add(row.text(i));
                }
                lines.add(row.line());
                rows.add(values);
            }
        } catch (IOException | UncheckedIOException | ExcelReaderException e) {
            throw new ImportException(NLS.bind(Messages.File_unreadable, file.getFileName(), e.getMessage()), e);
        }
        return new Preview(file, detection, lines, rows);
    }
}
