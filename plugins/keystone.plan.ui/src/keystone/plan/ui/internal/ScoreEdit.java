package keystone.plan.ui.internal;

import org.eclipse.core.commands.operations.AbstractOperation;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;

import keystone.model.KeystoneException;
import keystone.plan.AccountPlan;
import keystone.plan.PlanService;
import keystone.plan.PortfolioScores;
import keystone.ui.internal.UiJobs;

/**
 * Sets an account's portfolio scores (attractiveness and our strength) in its plan of a year, stored at once:
 * execute and redo store the new scores, undo the scores before. Each store reads the latest plan and changes only
 * its scores, in a job.
 */
final class ScoreEdit extends AbstractOperation {

    private final PlanService plans;
    private final long accountId;
    private final String accountName;
    private final int year;
    private final PortfolioScores before;
    private final PortfolioScores after;
    private Job last;
    /** Told, on the UI thread, the scores each execute, undo and redo stores; the view shows them at once. */
    private final java.util.function.Consumer<PortfolioScores> shown;

    /** Score changes of every view and account are stored one after the other, in the order they were made. */
    private static final org.eclipse.core.runtime.jobs.ISchedulingRule IN_ORDER = new org.eclipse.core.runtime.jobs.ISchedulingRule() {
        @Override
        public boolean contains(org.eclipse.core.runtime.jobs.ISchedulingRule rule) {
            return rule == this;
        }

        @Override
        public boolean isConflicting(org.eclipse.core.runtime.jobs.ISchedulingRule rule) {
            return rule == this;
        }
    };

    ScoreEdit(PlanService plans, long accountId, String accountName, int year, PortfolioScores before,
            PortfolioScores after, java.util.function.Consumer<PortfolioScores> shown) {
        super(NLS.bind(Messages.Portfolio_edit, accountName));
        this.plans = plans;
        this.accountId = accountId;
        this.accountName = accountName;
        this.year = year;
        this.before = before;
        this.after = after;
        this.shown = shown;
    }

    @Override
    public IStatus execute(IProgressMonitor monitor, IAdaptable info) {
        last = store(after);
        return Status.OK_STATUS;
    }

    @Override
    public IStatus redo(IProgressMonitor monitor, IAdaptable info) {
        return execute(monitor, info);
    }

    @Override
    public IStatus undo(IProgressMonitor monitor, IAdaptable info) {
        last = store(before);
        return Status.OK_STATUS;
    }

    /** The job of the latest execute, undo or redo; for tests. */
    Job last() {
        return last;
    }

    private Job store(PortfolioScores scores) {
        shown.accept(scores);
        return UiJobs.inOrder(IN_ORDER, NLS.bind(Messages.Job_scores, accountName), m -> {
            AccountPlan plan = plans.load(accountId, year).orElseThrow(() -> new KeystoneException(
                    NLS.bind(Messages.DossierPage_noPlan, year)));
            return plans.save(plan.withScores(scores));
        }, stored -> {
            // the service announces the change; the views reload on it
        });
    }
}
