package keystone.salesimport;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.osgi.util.NLS;

import keystone.salesimport.internal.Messages;

/**
 * The result of validating a whole sales file before anything is written: every bad line, what the good lines
 * cover, and what the database already holds of it.
 *
 * @param file           the file validated
 * @param detection      the complete detection used
 * @param mapping        the column mapping used
 * @param dataLines      data lines read (without header and blank lines)
 * @param goodLines      lines that can be imported
 * @param badLines       lines that cannot
 * @param problems       the problems found, in file order; at most {@link #MAX_LISTED} (see {@code problemCount})
 * @param problemCount   all problems found
 * @param blocked        whether the file as a whole cannot be imported (empty, header only, a mapped column
 *                       missing, unreadable in its encoding), whatever the bad-line policy
 * @param firstDate      the earliest date of a good line, {@code null} without good lines
 * @param lastDate       the latest date of a good line, {@code null} without good lines
 * @param customers      distinct customers of the good lines
 * @param sha256         the SHA-256 of the file's bytes, in hex
 * @param previousImport the batch that imported the same content before, or {@code null}
 * @param linesInPeriod  sales lines the database holds already in {@code [firstDate, lastDate]}
 */
public record ImportReport(Path file, Detection detection, ColumnMapping mapping, long dataLines, long goodLines,
        long badLines, List<LineProblem> problems, long problemCount, boolean blocked, LocalDate firstDate,
        LocalDate lastDate, int customers, String sha256, ImportBatch previousImport, long linesInPeriod) {

    /** The most problems a report lists; all of them are counted, and an import writes every bad line. */
    public static final int MAX_LISTED = 10_000;

    public ImportReport {
        problems = List.copyOf(problems);
    }

    /** Whether every line is good and there is at least one. */
    public boolean isClean() {
        return !blocked && badLines == 0 && goodLines > 0;
    }

    /** Whether an import with {@code policy} would store something (not considering the database). */
    public boolean importable(BadLinePolicy policy) {
        return !blocked && goodLines > 0 && (badLines == 0 || policy == BadLinePolicy.SKIP);
    }

    /** The same report with what the database holds already. */
    public ImportReport withDatabaseState(ImportBatch previous, long existingLines) {
        return new ImportReport(file, detection, mapping, dataLines, goodLines, badLines, problems, problemCount,
                blocked, firstDate, lastDate, customers, sha256, previous, existingLines);
    }

    /** A summary for the user and the first {@code maxProblems} problems, one per line. */
    public String describe(int maxProblems) {
        StringBuilder sb = new StringBuilder(NLS.bind(Messages.Report_summary,
                new Object[] {file.getFileName(), dataLines, goodLines, badLines}));
        problems.stream().limit(maxProblems).forEach(p -> sb.append(System.lineSeparator()).append(p.message()));
        long more = problemCount - Math.min(maxProblems, problems.size());
        if (more > 0) {
            sb.append(System.lineSeparator()).append(NLS.bind(Messages.Report_more, more));
        }
        return sb.toString();
    }
}
