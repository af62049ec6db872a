package keystone.salesimport.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;

import keystone.salesimport.Detection;
import keystone.salesimport.FileKind;
import keystone.salesimport.ImportException;
import keystone.salesimport.LineProblem;
import keystone.store.sales.LineBuffer;

/**
 * What an import keeps from its one pass over the file: the good lines in a {@link LineBuffer}, ready to store, and
 * the bad lines in the error file (opened at the first bad line; moved into place only after the commit).
 */
final class LineKeeper implements AutoCloseable {

    private final LineBuffer lines = new LineBuffer();
    private final Path errorFile;
    private final boolean errorFileIsSource;
    private final Detection detection;
    private ErrorFileWriter errors;
    private String header;

    private final long maxHeap;

    /**
     * @param file      the file being imported
     * @param errorFile where bad lines go, or {@code null} when the import may not skip any
     */
    LineKeeper(Path file, Path errorFile, Detection detection) {
        this(file, errorFile, detection, Runtime.getRuntime().maxMemory());
    }

    /** @param maxHeap the heap to stay well within, in bytes */
    LineKeeper(Path file, Path errorFile, Detection detection, long maxHeap) {
        this.errorFile = errorFile;
        this.errorFileIsSource = errorFile != null && file != null
                && errorFile.toAbsolutePath().normalize().equals(file.toAbsolutePath().normalize());
        this.detection = detection;
        this.maxHeap = maxHeap;
    }

    LineBuffer lines() {
        return lines;
    }

    /** The error file being written, or {@code null} when there were no bad lines (or nowhere to write them). */
    ErrorFileWriter errors() {
        return errors;
    }

    void header(SourceRow row, RowSource source) throws IOException {
        header = text(row, source);
    }

    void good(ParsedLine line) {
        if ((lines.size() & 0xFFFF) == 0xFFFF) {
            checkMemory();
        }
        lines.add(line.customerId(), line.date(), line.amount(), line.margin(), line.product(), line.quantity(),
                line.orderId());
    }

    /**
     * Refuses to go on before the buffer takes so much of the heap that the store (HSQLDB's cache) and the
     * workbench would run out: better a clear message than an OutOfMemoryError half-way.
     */
    private void checkMemory() {
        // growing doubles the arrays while the old ones are still held (3x), and the store needs room too
        if (lines.heapBytes() * 4 > maxHeap) {
            throw new ImportException(NLS.bind(Messages.Import_tooLargeForMemory, new Object[] {
                    String.format("%,d", lines.size()), maxHeap >> 20}));
        }
    }

    void bad(SourceRow row, List<LineProblem> problems, RowSource source) throws IOException {
        if (errorFile == null) {
            return; // the import will be refused; the report lists the lines
        }
        if (errorFileIsSource) {
            throw new ImportException(NLS.bind(Messages.Import_errorFileIsSource, errorFile));
        }
        String text = text(row, source);
        try {
            if (errors == null) {
                errors = new ErrorFileWriter(errorFile, detection);
                if (header != null) {
                    errors.header(header);
                }
            }
            errors.line(text, problems);
        } catch (IOException e) {
            throw new ImportException(NLS.bind(Messages.Import_errorFileFailed, errorFile, e.getMessage()), e);
        }
    }

    private String text(SourceRow row, RowSource source) throws IOException {
        if (detection.kind() == FileKind.CSV) {
            return source.originalText(row);
        }
        List<String> values = new ArrayList<>();
        for (int i = 0; row.values() != null && i < row.values().length; i++) {
            values.add(row.text(i));
        }
        return ErrorFileWriter.csvRecord(values);
    }

    /** Deletes an error file that was not committed. */
    @Override
    public void close() throws IOException {
        if (errors != null) {
            errors.close();
        }
    }
}
