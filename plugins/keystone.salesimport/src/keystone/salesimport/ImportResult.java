package keystone.salesimport;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;

/**
 * What an import stored.
 *
 * @param file             the file read
 * @param batchId          the batch the stored lines belong to
 * @param linesRead        data lines read (without header and blank lines)
 * @param imported         sales lines stored
 * @param skipped          bad lines left out (written to {@code errorFile})
 * @param customersNew     customers that did not exist before
 * @param customersUpdated existing customers whose name changed
 * @param periodFrom       earliest sale date stored
 * @param periodTo         latest sale date stored
 * @param replacedLines    sales lines of that period deleted first (when replacing the period)
 * @param elapsed          time taken, validation included
 * @param errorFile        the file the bad lines were written to, or {@code null} when there were none
 */
public record ImportResult(Path file, long batchId, long linesRead, long imported, long skipped, int customersNew,
        int customersUpdated, LocalDate periodFrom, LocalDate periodTo, long replacedLines, Duration elapsed,
        Path errorFile) {

    /** Stored lines per second, for the user's curiosity and the benchmark. */
    public double linesPerSecond() {
        double seconds = Math.max(elapsed.toNanos(), 1) / 1e9;
        return imported / seconds;
    }
}
