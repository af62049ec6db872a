package keystone.salesimport.internal;

import java.io.IOException;
import java.nio.file.Path;

import keystone.salesimport.Detection;
import keystone.salesimport.FileKind;

/**
 * The records of a sales file, in order, header included: CSV through commons-csv, XLSX through fastexcel-reader.
 */
sealed interface RowSource extends AutoCloseable permits CsvRowSource, XlsxRowSource {

    /** Opens {@code file} to be read as {@code detection} (complete) says. */
    static RowSource open(Path file, Detection detection) throws IOException {
        return detection.kind() == FileKind.XLSX ? new XlsxRowSource(file) : new CsvRowSource(file, detection);
    }

    /** The next record, or {@code null} at the end. */
    SourceRow next() throws IOException;

    /** The record's text as the file has it, for the error file; CSV only. */
    String originalText(SourceRow row) throws IOException;

    /** How much of the file was read, 0 to 1, or -1 when that is not known. */
    double progress();

    /** The SHA-256 of the file's bytes in hex, once everything was read. */
    String sha256();

    @Override
    void close() throws IOException;
}
