package keystone.plan.ui.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.statushandlers.StatusManager;

import keystone.charts.Drawing;
import keystone.model.account.Account;
import keystone.plan.AccountPlan;
import keystone.plan.PlanStatus;
import keystone.ui.ChartExportDialog;

/**
 * Writes a plan's PDF report and its charts to files in background jobs with progress; a failure is shown to the
 * user with the file and the reason.
 */
final class PlanExport {

    static final int CHART_WIDTH = 1200;
    static final int CHART_HEIGHT = 800;

    private PlanExport() {
    }

    /** A file name for the report: "Account name 2026.pdf" without characters file systems refuse. */
    static String fileName(String accountName, int year) {
        return (accountName.replaceAll("[\\\\/:*?\"<>|]+", " ").strip() + " " + year + ".pdf").strip();
    }

    /** Writes the report of {@code plan} as of {@code today}: its status and situation are computed in the job. */
    static Job pdf(PlanServices services, Account account, AccountPlan plan, LocalDate today, Path file) {
        Job job = new Job(NLS.bind(Messages.Job_exportPdf, file.getFileName())) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                SubMonitor progress = SubMonitor.convert(monitor, 3);
                try {
                    progress.subTask(Messages.Job_status);
                    PlanStatus status = services.plans().status(plan, today);
                    progress.split(1);
                    progress.subTask(Messages.Job_situation);
                    SituationFacts facts = SituationFacts.load(services, account, today);
                    progress.split(1);
                    progress.subTask(NLS.bind(Messages.Job_exportPdf, file.getFileName()));
                    PlanReports.writePdf(plan, status, facts, file);
                    progress.split(1);
                    return Status.OK_STATUS;
                } catch (OperationCanceledException e) {
                    return Status.CANCEL_STATUS;
                } catch (IOException | RuntimeException e) {
                    return failed(file, e);
                }
            }
        };
        job.setUser(true);
        job.schedule();
        return job;
    }

    /** Exports a chart to {@code file}; PNG, SVG or PDF by its extension. */
    static Job chart(Drawing drawing, Path file) {
        return ChartExportDialog.export(drawing, CHART_WIDTH, CHART_HEIGHT, file, Messages.Job_exportChart,
                Messages.Export_failed);
    }

    /** Tells the user; the job itself ends quietly, so that the failure is not reported twice. */
    private static IStatus failed(Path file, Exception e) {
        StatusManager.getManager().handle(Status.error(NLS.bind(Messages.Export_failed, file, e.getMessage()), e),
                StatusManager.SHOW | StatusManager.LOG);
        return Status.OK_STATUS;
    }
}
