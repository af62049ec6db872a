package keystone.salesimport;

import java.nio.file.Path;

import keystone.salesimport.internal.PreviewReader;
import keystone.salesimport.internal.Sniffer;

/**
 * Finds out how a sales file is written - encoding, delimiter, quoting, number and date formats, header - from a
 * sample of its start, and previews its first rows. Needs no database.
 *
 * <p>For CSV the sample is the first 64 KB (at most 200 lines). A byte order mark decides the encoding; else bytes
 * that decode as strict UTF-8 mean UTF-8; else juniversalchardet guesses, and its answer is mapped to windows-1252,
 * windows-1251 or GBK. The delimiter is the candidate (comma, semicolon, tab, bar) found the same non-zero number of
 * times, outside quotes, on the most lines. Number and date formats are the candidates that read every non-empty
 * sample value of a column; a value whose first field is above 12 makes a date day-first, one whose second field is
 * above 12 month-first. For XLSX the first sheet is read with typed cells.</p>
 */
public final class Detector {

    private Detector() {
    }

    /** Detects everything. */
    public static Detection detect(Path file) {
        return detect(file, Detection.NONE);
    }

    /**
     * Detects what {@code overrides} leaves {@code null}, keeping what it sets (so that, e.g., a forced encoding is
     * used to read the column names). Pass only the settings the user chose, e.g.
     * {@code Detection.NONE.withDelimiter(';')}: every other field that is set is kept as well. The column names
     * are always read from the file.
     *
     * @throws ImportException when the file cannot be read
     */
    public static Detection detect(Path file, Detection overrides) {
        return Sniffer.detect(file, overrides == null ? Detection.NONE : overrides);
    }

    /**
     * The first {@code rows} data rows as text, read with {@code detection} (completed by detection where it leaves
     * fields {@code null}).
     */
    public static Preview preview(Path file, Detection detection, int rows) {
        Detection complete = detect(file, detection);
        return PreviewReader.read(file, complete, rows);
    }
}
