package keystone.salesimport.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

import keystone.model.KeystoneTopics;
import keystone.salesimport.BadLinePolicy;
import keystone.salesimport.Detection;
import keystone.salesimport.Detector;
import keystone.salesimport.ImportBatch;
import keystone.salesimport.ImportException;
import keystone.salesimport.ImportOptions;
import keystone.salesimport.ImportReport;
import keystone.salesimport.ImportResult;
import keystone.salesimport.InvalidLinesException;
import keystone.salesimport.SalesImportService;
import keystone.store.Database;

/**
 * {@link SalesImportService} on the shared database. An import reads its file once: every line is validated, the
 * good ones are kept in memory in columns and the bad ones go to the error file; only if the file is importable are
 * the lines stored, in one transaction. New sales are announced as {@link KeystoneTopics#SALES_CHANGED}.
 */
@Component(service = SalesImportService.class)
public final class SalesImportComponent implements SalesImportService {

    private final Database database;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile EventAdmin events;

    @Activate
    public SalesImportComponent(@Reference Database database) {
        this.database = database;
    }

    @Override
    public ImportReport validate(Path file, ImportOptions options, IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, 100);
        Detection detection = Detector.detect(file, options.detection());
        ImportReport report = Validation.run(file, detection, options.mapping(), progress.split(95)).report();
        return withDatabaseState(report);
    }

    private ImportReport withDatabaseState(ImportReport report) {
        return database.read(c -> {
            ImportBatch previous = report.sha256().isEmpty() ? null
                    : BatchStore.bySha256(c, report.sha256()).orElse(null);
            long existing = report.firstDate() == null ? 0
                    : BatchStore.linesInPeriod(c, report.firstDate(), report.lastDate());
            return report.withDatabaseState(previous, existing);
        });
    }

    @Override
    public ImportResult importFile(Path file, ImportOptions options, BadLinePolicy policy, Path errorFile,
            boolean replacePeriod, IProgressMonitor monitor) {
        long start = System.nanoTime();
        SubMonitor progress = SubMonitor.convert(monitor, NLS.bind(Messages.Task_importing, file.getFileName()), 100);
        Detection detection = Detector.detect(file, options.detection());
        SalesWriter.Written written;
        Path errorsWritten = null;
        try (LineKeeper keeper = new LineKeeper(file, policy == BadLinePolicy.ABORT ? null : errorFile, detection)) {
            Validation validation = Validation.run(file, detection, options.mapping(), progress.split(75), keeper);
            ImportReport report = validation.report();
            refuseUnlessImportable(report, policy, errorFile);
            written = database.inTransaction(c -> new SalesWriter(c, validation, keeper.lines(), replacePeriod)
                    .write(progress.split(25)));
            if (keeper.errors() != null) {
                // only now: a rolled-back import leaves no error file behind (closing deletes the unfinished one)
                errorsWritten = commitErrors(keeper.errors(), written);
            }
        } catch (IOException e) {
            throw new ImportException(NLS.bind(Messages.Import_errorFileFailed, errorFile, e.getMessage()), e);
        }
        announce(written.batchId());
        progress.done();
        ImportReport report = written.report();
        return new ImportResult(file, written.batchId(), report.dataLines(), written.imported(), written.skipped(),
                written.customersNew(), written.customersUpdated(), report.firstDate(), report.lastDate(),
                written.replacedLines(), Duration.ofNanos(System.nanoTime() - start), errorsWritten);
    }

    /** Moves the error file into place after the commit; the sales are stored whether or not that works. */
    private Path commitErrors(ErrorFileWriter errors, SalesWriter.Written written) {
        try {
            return errors.commit();
        } catch (IOException e) {
            announce(written.batchId());
            throw new ImportException(NLS.bind(Messages.Import_errorFileLost, new Object[] {written.imported(),
                    errors.target(), e.getMessage(), errors.temporary()}), e);
        }
    }

    private static void refuseUnlessImportable(ImportReport report, BadLinePolicy policy, Path errorFile) {
        if (report.blocked() || report.goodLines() == 0) {
            throw new InvalidLinesException(NLS.bind(Messages.Import_notImportable, report.describe(20)), report);
        }
        if (report.badLines() > 0 && policy == BadLinePolicy.ABORT) {
            throw new InvalidLinesException(NLS.bind(Messages.Import_badLines, report.describe(20)), report);
        }
        if (report.badLines() > 0) {
            if (errorFile == null) {
                throw new ImportException(NLS.bind(Messages.Import_errorFileNeeded, report.badLines()));
            }
        }
    }

    private void announce(long batchId) {
        EventAdmin admin = events;
        if (admin != null) {
            admin.postEvent(new Event(KeystoneTopics.SALES_CHANGED, Map.of(KeystoneTopics.PROPERTY_ID, batchId)));
        }
    }

    @Override
    public List<ImportBatch> batches() {
        return database.read(BatchStore::all);
    }
}
