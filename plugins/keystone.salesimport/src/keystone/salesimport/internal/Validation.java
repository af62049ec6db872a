package keystone.salesimport.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;

import keystone.salesimport.ColumnMapping;
import keystone.salesimport.Detection;
import keystone.salesimport.ImportReport;
import keystone.salesimport.LineProblem;

/**
 * The first pass over a sales file: every line checked, nothing written. Besides the report it keeps what the
 * import needs before its second pass: the customers of the good lines and their names.
 *
 * @param report    the report (without the database's state)
 * @param customers id to name (the last non-empty name the file gives; {@code null} if none) of every customer
 *                  of a good line
 */
record Validation(ImportReport report, Map<String, String> customers) {

    static Validation run(Path file, Detection detection, ColumnMapping mapping, IProgressMonitor monitor) {
        return run(file, detection, mapping, monitor, null);
    }

    /**
     * Like {@link #run(Path, Detection, ColumnMapping, IProgressMonitor)}, and also keeps the good and the bad lines
     * in {@code keeper} (unless {@code null}), so that an import reads its file once.
     */
    static Validation run(Path file, Detection detection, ColumnMapping mapping, IProgressMonitor monitor,
            LineKeeper keeper) {
        Collector collector = new Collector(keeper);
        LineScanner.Outcome outcome = LineScanner.scan(file, detection, mapping, monitor, collector);
        List<LineProblem> problems = new ArrayList<>(outcome.fileProblems());
        problems.addAll(collector.problems);
        problems.sort(java.util.Comparator.comparingLong(LineProblem::line));
        if (problems.size() > ImportReport.MAX_LISTED) {
            problems = problems.subList(0, ImportReport.MAX_LISTED);
        }
        long problemCount = collector.problemCount + outcome.fileProblems().size();
        ImportReport report = new ImportReport(file, detection, mapping, outcome.dataLines(), outcome.goodLines(),
                outcome.badLines(), problems, problemCount, outcome.blocked(), collector.first, collector.last,
                collector.customers.size(), outcome.sha256(), null, 0);
        return new Validation(report, collector.customers);
    }

    /** Collects problems, the period and the customers of a scan. */
    private static final class Collector implements LineScanner.Sink {
        final LineKeeper keeper;
        final List<LineProblem> problems = new ArrayList<>();
        final Map<String, String> customers = new HashMap<>();
        long problemCount;
        LocalDate first;
        LocalDate last;

        Collector(LineKeeper keeper) {
            this.keeper = keeper;
        }

        @Override
        public void header(SourceRow header, RowSource source) throws IOException {
            if (keeper != null) {
                keeper.header(header, source);
            }
        }

        @Override
        public void good(SourceRow row, ParsedLine line) {
            if (keeper != null) {
                keeper.good(line);
            }
            String name = line.customerName();
            if (name != null) {
                customers.put(line.customerId(), name);
            } else {
                customers.putIfAbsent(line.customerId(), null);
            }
            LocalDate date = line.date();
            if (first == null || date.isBefore(first)) {
                first = date;
            }
            if (last == null || date.isAfter(last)) {
                last = date;
            }
        }

        @Override
        public void bad(SourceRow row, List<LineProblem> lineProblems, RowSource source) throws IOException {
            if (keeper != null) {
                keeper.bad(row, lineProblems, source);
            }
            problemCount += lineProblems.size();
            for (LineProblem problem : lineProblems) {
                if (problems.size() < ImportReport.MAX_LISTED) {
                    problems.add(problem);
                }
            }
        }
    }
}
