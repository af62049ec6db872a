package keystone.plan.ui.internal;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.operations.IOperationHistory;
import org.eclipse.core.commands.operations.IUndoContext;
import org.eclipse.core.commands.operations.ObjectUndoContext;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.forms.editor.FormEditor;

import keystone.ui.ValueEdit;
import keystone.model.KeystoneException;
import keystone.model.account.Account;
import keystone.plan.AccountPlan;
import keystone.plan.InvalidPlanException;
import keystone.plan.PlanStatus;
import keystone.plan.PlanValidation;
import keystone.ui.UndoHandlers;
import keystone.ui.internal.UiJobs;

/**
 * The editor of one account's plan for one year: loads it in the background, keeps the plan as edited in a
 * {@link PlanDocument} whose every change is an undoable operation on the editor's own undo context, recomputes the
 * plan's status (plan vs actual, objectives' traffic lights) shortly after each change, and saves it in a job -
 * never with problems: {@link PlanValidation} runs before, and a refusal of the service is shown on the form. A
 * snapshot (frozen by a rollover) opens read-only.
 */
public final class PlanEditor extends FormEditor {

    /** One object, so that keystrokes in a field amend one edit ({@link ValueEdit} compares it). */
    private final java.util.function.Consumer<AccountPlan> applier = this::apply;

    public static final String ID = "keystone.plan.ui.editors.plan";

    /** How long after the last change the status is recomputed, so that typing does not query on every key. */
    static final long STATUS_DELAY_MILLIS = 300;

    private final PlanDocument document = new PlanDocument(LocalDate.now());
    private final List<PlanFormPage> planPages = new ArrayList<>();
    private PlanServices services;
    private IUndoContext undoContext;
    private IOperationHistory history;
    private boolean saving;
    private boolean disposed;
    private String message;
    private Job statusJob;

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        if (!(input instanceof PlanEditorInput)) {
            throw new PartInitException("Not an account plan: " + input);
        }
        super.init(site, input);
        setPartName(input.getName());
        undoContext = new ObjectUndoContext(this);
        history = PlatformUI.getWorkbench().getOperationSupport().getOperationHistory();
        services = PlanServices.of(site);
        document.addListener(planChanged -> {
            if (planChanged) {
                firePropertyChange(PROP_DIRTY);
            }
        });
        PlanEditorInput plan = input();
        UiJobs.run(NLS.bind(Messages.Job_loadPlan, input.getName()), monitor -> {
            Account account = services.accounts().find(plan.accountId()).orElseThrow(() -> new KeystoneException(
                    NLS.bind(Messages.Editor_noAccount, plan.accountName())));
            AccountPlan stored = services.plans().load(plan.accountId(), plan.year()).orElseThrow(
                    () -> new KeystoneException(NLS.bind(Messages.Editor_noPlan, plan.accountName(), plan.year())));
            return new Loaded(account, stored);
        }, loaded -> {
            if (!disposed) {
                document.load(loaded.account(), loaded.plan());
                setPartName(NLS.bind(Messages.Editor_title, loaded.account().name(), plan.year()));
                requestStatus();
            }
        });
    }

    /** What the editor opens with. */
    private record Loaded(Account account, AccountPlan plan) {
    }

    PlanEditorInput input() {
        return (PlanEditorInput) getEditorInput();
    }

    /** The plan as stored and as edited; for the pages and for tests. */
    PlanDocument document() {
        return document;
    }

    PlanServices services() {
        return services;
    }

    public IUndoContext undoContext() {
        return undoContext;
    }

    @Override
    protected void addPages() {
        for (PlanFormPage page : List.of(new SituationPage(this), new SwotPage(this), new ObjectivesPage(this),
                new TargetsPage(this), new ActionsPage(this), new OpportunitiesPage(this), new RisksBudgetPage(this),
                new ReviewsPage(this), new PlanVsActualPage(this))) {
            try {
                addPage(page);
                planPages.add(page);
            } catch (PartInitException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** Applies {@code next} as an undoable edit (keystrokes in one field amend one edit); nothing for snapshots. */
    void edit(String label, String field, AccountPlan next, boolean typing) {
        if (!document.isLoaded() || document.readOnly()) {
            return;
        }
        ValueEdit.perform(history, undoContext, label, applier, field, document.current(), next, typing);
    }

    private void apply(AccountPlan plan) {
        document.set(plan);
        requestStatus();
    }

    /** Recomputes the status of the plan as edited, a moment after the last change. */
    private void requestStatus() {
        if (statusJob != null) {
            statusJob.cancel();
        }
        AccountPlan plan = document.current();
        LocalDate today = document.today();
        Display display = getSite().getShell().getDisplay();
        statusJob = new Job(Messages.Job_status) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                if (monitor.isCanceled()) {
                    return Status.CANCEL_STATUS;
                }
                try {
                    PlanStatus status = services.plans().status(plan, today);
                    display.asyncExec(() -> {
                        if (!disposed && plan.equals(document.current())) {
                            document.status(status);
                        }
                    });
                } catch (KeystoneException e) {
                    return Status.warning(e.getMessage(), e); // e.g. the account was deleted; the editor says so on save
                }
                return Status.OK_STATUS;
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == UiJobs.FAMILY;
            }
        };
        statusJob.setSystem(true);
        statusJob.schedule(STATUS_DELAY_MILLIS);
    }

    // ------------------------------------------------------------------------------------------------ saving

    @Override
    public boolean isDirty() {
        return document.isDirty() || saving;
    }

    /** What a save came to: stored, or refused by the plan's rules. */
    private sealed interface Outcome {
    }

    private record Stored(AccountPlan plan) implements Outcome {
    }

    private record Refused(InvalidPlanException reason) implements Outcome {
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        if (!document.isLoaded() || saving || document.readOnly()) {
            return;
        }
        String problem = firstProblem();
        if (problem != null) {
            showMessage(NLS.bind(Messages.Editor_notSaved, problem));
            if (monitor != null) {
                monitor.setCanceled(true);
            }
            return;
        }
        ValueEdit.endTyping(history, undoContext);
        AccountPlan plan = document.current();
        boolean scoresUntouched = java.util.Objects.equals(plan.scores(), document.saved().scores());
        saving = true;
        UiJobs.run(NLS.bind(Messages.Job_savePlan, getPartName()), m -> services.database().inOneTransaction(() -> {
            try {
                // the Key-Account Portfolio view sets scores in the stored plan; keep them unless edited here
                AccountPlan toStore = scoresUntouched ? services.plans().load(plan.accountId(), plan.year())
                        .map(stored -> plan.withScores(stored.scores())).orElse(plan) : plan;
                return (Outcome) new Stored(services.plans().save(toStore));
            } catch (InvalidPlanException e) {
                return new Refused(e);
            }
        }), outcome -> {
            saving = false;
            if (disposed) {
                return;
            }
            switch (outcome) {
                case Stored stored -> {
                    document.markSaved(plan, stored.plan());
                    showMessage(null);
                }
                case Refused refused -> showMessage(NLS.bind(Messages.Editor_notSaved,
                        Problems.describe(refused.reason().problems().get(0), plan.year())));
            }
            firePropertyChange(PROP_DIRTY);
        }, () -> {
            saving = false; // the service's message was shown; the editor stays dirty so the user can try again
            firePropertyChange(PROP_DIRTY);
        });
        firePropertyChange(PROP_DIRTY);
    }

    /** The first thing keeping the plan from being saved, in words, or null when it can be saved. */
    private String firstProblem() {
        if (!document.inputProblems().isEmpty()) {
            return document.inputProblems().values().iterator().next();
        }
        List<PlanValidation.Problem> blocking = document.blockingProblems();
        return blocking.isEmpty() ? null : Problems.describe(blocking.get(0), document.current().year());
    }

    /** The editor's own message on every page (a save refused), or null. */
    String message() {
        return message;
    }

    private void showMessage(String text) {
        message = text;
        planPages.forEach(PlanFormPage::showMessages);
    }

    @Override
    public void doSaveAs() {
        // a plan has no "save as": next year's plan comes from a rollover
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }

    // ------------------------------------------------------------------------------------------------ export

    /** Asks for a file and exports the plan as edited to it as a PDF report. */
    void promptExportPdf() {
        if (!document.isLoaded()) {
            return;
        }
        FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
        dialog.setFilterExtensions(new String[] {"*.pdf"});
        dialog.setFileName(PlanExport.fileName(document.account().name(), document.current().year()));
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen != null) {
            exportPdf(Path.of(chosen));
        }
    }

    /** Writes the plan as edited to {@code file} as a PDF report in a background job with progress. */
    public Job exportPdf(Path file) {
        return PlanExport.pdf(services, document.account(), document.current(), document.today(), file);
    }

    // ------------------------------------------------------------------------------------------------ workbench

    @Override
    public void setFocus() {
        super.setFocus();
        installUndoHandlers();
    }

    /** Editors of one kind share action bars, so each editor claims undo and redo when it becomes active. */
    private void installUndoHandlers() {
        UndoHandlers.install(getSite(), getEditorSite().getActionBars(), undoContext);
    }

    @Override
    public void dispose() {
        disposed = true;
        if (statusJob != null) {
            statusJob.cancel();
        }
        if (history != null) {
            history.dispose(undoContext, true, true, true);
        }
        super.dispose();
    }
}
