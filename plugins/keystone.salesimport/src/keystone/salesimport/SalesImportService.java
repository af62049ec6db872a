package keystone.salesimport;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;

/**
 * Imports sales lines from ERP/accounting exports (CSV or XLSX) into the open database: validates the whole file
 * first, then stores it in one transaction, so that a failure or a cancel leaves the database exactly as before.
 *
 * <p>Detection and preview, which need no database, are in {@link Detector}. Both operations honour cancellation
 * by throwing {@link org.eclipse.core.runtime.OperationCanceledException}; a {@code null} monitor is allowed.
 * Failures arrive as {@link ImportException} (or, from the database, {@link keystone.model.store.StoreException})
 * with a message naming file, line and column where there is one.</p>
 */
public interface SalesImportService {

    /**
     * Reads the whole file and reports every bad line, without writing anything. {@code options.detection()} may
     * leave fields {@code null}; they are detected. The report also tells whether the same content was imported
     * before and how many sales lines the database holds in the file's period.
     *
     * @throws ImportException when the file cannot be read at all
     */
    ImportReport validate(Path file, ImportOptions options, IProgressMonitor monitor);

    /**
     * Validates the file, then stores its good lines in one transaction: customers are added or renamed, the lines
     * are inserted, and an {@link ImportBatch} records the file. Posts
     * {@link keystone.model.KeystoneTopics#SALES_CHANGED} when committed.
     *
     * @param policy        {@link BadLinePolicy#ABORT}: refuse the file if any line is bad;
     *                      {@link BadLinePolicy#SKIP}: store the good lines and write the bad ones to {@code errorFile}
     * @param errorFile     where the bad lines go (their original text plus a reason column); required for SKIP
     *                      when there are bad lines, otherwise unused
     * @param replacePeriod whether the sales lines of all customers already stored in the file's period
     *                      [first date, last date] are deleted first; without it such a file is refused
     * @throws InvalidLinesException     the file has bad lines under ABORT, or cannot be imported at all
     * @throws AlreadyImportedException  the same content was imported before
     * @throws PeriodNotEmptyException   the period holds sales lines and {@code replacePeriod} is false
     */
    ImportResult importFile(Path file, ImportOptions options, BadLinePolicy policy, Path errorFile,
            boolean replacePeriod, IProgressMonitor monitor);

    /** The imports recorded in the database, newest first. */
    List<ImportBatch> batches();
}
