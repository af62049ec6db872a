package keystone.salesimport.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.dhatim.fastexcel.reader.ExcelReaderException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;

import keystone.salesimport.ColumnMapping;
import keystone.salesimport.Detection;
import keystone.salesimport.FileKind;
import keystone.salesimport.ImportException;
import keystone.salesimport.LineProblem;

/**
 * Streams a whole sales file once - header, mapping, every line - and hands each line to a {@link Sink}, valid
 * (converted) or with its problems. Validation and import both read the file through it, so they judge every line
 * the same way.
 */
final class LineScanner {

    /** Receives the lines of a scan in file order. */
    interface Sink {
        /** The header record (only when the file has one), before any line. */
        default void header(SourceRow header, RowSource source) throws IOException {
        }

        void good(SourceRow row, ParsedLine line);

        void bad(SourceRow row, List<LineProblem> problems, RowSource source) throws IOException;
    }

    /**
     * What a scan found besides the lines.
     *
     * @param fileProblems problems of the file as a whole (empty, header only, mapping, encoding), in line order
     * @param blocked      whether the file cannot be imported at all
     */
    record Outcome(long dataLines, long goodLines, long badLines, List<LineProblem> fileProblems, boolean blocked,
            String sha256) {
    }

    private static final int CHECK_EVERY = 1024;
    private static final int TICKS = 1000;

    private LineScanner() {
    }

    /** Reads {@code file} as {@code detection} (complete) says, mapped by {@code mapping}. */
    static Outcome scan(Path file, Detection detection, ColumnMapping mapping, IProgressMonitor monitor, Sink sink) {
        String name = file.getFileName().toString();
        SubMonitor progress = SubMonitor.convert(monitor, NLS.bind(Messages.Task_reading, name), TICKS);
        try (RowSource source = RowSource.open(file, detection)) {
            return new Run(name, detection, mapping, source, progress, sink).scan();
        } catch (IOException | UncheckedIOException | ExcelReaderException e) {
            throw new ImportException(NLS.bind(Messages.File_unreadable, name, e.getMessage()), e);
        }
    }

    /** One pass over one file. */
    private static final class Run {
        private final String name;
        private final Detection detection;
        private final ColumnMapping mapping;
        private final RowSource source;
        private final SubMonitor progress;
        private final Sink sink;
        private final List<LineProblem> fileProblems = new ArrayList<>();
        private final List<LineProblem> lineProblems = new ArrayList<>();
        private ResolvedColumns resolved;
        private long dataLines;
        private long goodLines;
        private long badLines;
        private int ticked;

        Run(String name, Detection detection, ColumnMapping mapping, RowSource source, SubMonitor progress,
                Sink sink) {
            this.name = name;
            this.detection = detection;
            this.mapping = mapping;
            this.source = source;
            this.progress = progress;
            this.sink = sink;
        }

        Outcome scan() throws IOException {
            SourceRow first = nextNonBlank();
            if (first == null) {
                return blocked(1, Messages.File_empty);
            }
            if (!first.readable() && detection.header()) {
                return blocked(first.line(), NLS.bind(Messages.File_headerUnreadable, first.problem()));
            }
            // without a header the column count is the widest of the sampled lines, as detection saw it
            List<String> columns = detection.header() ? ValueSniffer.columnNames(first.values(), 0)
                    : detection.columns();
            resolved = ResolvedColumns.resolve(mapping, columns, name, first.line(), fileProblems);
            if (resolved == null) {
                return outcome(true);
            }
            LineValidator validator = new LineValidator(name, resolved, detection,
                    detection.kind() == FileKind.CSV);
            if (detection.header()) {
                sink.header(first, source);
            } else {
                line(first, validator);
            }
            SourceRow row;
            while ((row = source.next()) != null) {
                if (row.fatal()) {
                    fileProblems.add(unreadable(row));
                    return outcome(true);
                }
                if (!row.blank()) {
                    line(row, validator);
                }
            }
            if (dataLines == 0) {
                return blocked(first.line(), Messages.File_headerOnly);
            }
            progress.done();
            return outcome(false);
        }

        private SourceRow nextNonBlank() throws IOException {
            SourceRow row;
            do {
                row = source.next();
            } while (row != null && row.readable() && row.blank());
            if (row != null && row.fatal()) {
                fileProblems.add(new LineProblem(name, row.line(), "", "", row.problem()));
            }
            return row;
        }

        private void line(SourceRow row, LineValidator validator) throws IOException {
            dataLines++;
            if (!row.readable()) {
                badLines++;
                sink.bad(row, List.of(unreadable(row)), source);
            } else {
                lineProblems.clear();
                ParsedLine parsed = validator.validate(row, lineProblems);
                if (parsed != null) {
                    goodLines++;
                    sink.good(row, parsed);
                } else {
                    badLines++;
                    sink.bad(row, List.copyOf(lineProblems), source);
                }
            }
            if (dataLines % CHECK_EVERY == 0) {
                tick(row.line());
            }
        }

        private LineProblem unreadable(SourceRow row) {
            String column = resolved == null || row.column() < 0 ? "" : resolved.columnName(row.column());
            return new LineProblem(name, row.line(), column, "", row.problem());
        }

        private void tick(long line) {
            if (progress.isCanceled()) {
                throw new OperationCanceledException();
            }
            double done = source.progress();
            // XLSX does not tell how far it is: creep forward instead
            int target = done >= 0 ? (int) (done * TICKS)
                    : ticked + (ticked < TICKS - 1 && dataLines % 65536 == 0 ? 1 : 0);
            if (target > ticked) {
                progress.worked(target - ticked);
                ticked = target;
            }
            if (dataLines % 65536 == 0) {
                progress.subTask(NLS.bind(Messages.Task_line, String.format("%,d", line)));
            }
        }

        private Outcome blocked(long line, String reason) {
            if (fileProblems.isEmpty()) {
                fileProblems.add(new LineProblem(name, line, "", "", reason));
            }
            return outcome(true);
        }

        private Outcome outcome(boolean blocked) {
            return new Outcome(dataLines, goodLines, badLines, List.copyOf(fileProblems), blocked,
                    blocked ? "" : source.sha256());
        }
    }
}
