package keystone.plan.ui.internal;

import java.time.LocalDate;

import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.forms.editor.FormEditor;
import org.junit.jupiter.api.Test;

import keystone.model.account.Account;
import keystone.model.account.AccountService;
import keystone.model.account.AccountSummary;
import keystone.testsupport.Services;
import keystone.testsupport.ui.SwtDriver;

/**
 * Not a test (the name keeps it out of the test run): screenshots of the dossier pages, the plan editor and the
 * portfolio views on the demo database, for the documentation and for looking at the screens. Run with
 * {@code ./mvnw verify -Dtest=ScreenshotTour -DfailIfNoTests=false}; the pictures land in the fragment's
 * {@code target/screenshots}.
 */
class ScreenshotTour {

    private final SwtDriver driver = SwtDriver.forWorkbench();
    private final PlanUiFixture ui = new PlanUiFixture();

    @Test
    void tour() throws Exception {
        AccountSummary summary = Services.get(AccountService.class).summaries(LocalDate.now()).get(2);
        Account account = Services.get(AccountService.class).find(summary.id()).orElseThrow();
        FormEditor dossier = ui.openAccount(account, "keystone.dossier.ui.pages.overview");
        maximize(dossier);
        for (String page : new String[] {"keystone.dossier.ui.pages.overview", "keystone.dossier.ui.pages.history",
            "keystone.decisionmap.ui.pages.map", "keystone.dossier.ui.pages.risks", "keystone.plan.ui.pages.dossierPlan"}) {
            driver.syncRun(() -> dossier.setActivePage(page));
            settle();
            driver.screenshot("tour-" + page.substring(page.lastIndexOf('.') + 1));
        }
        PlanEditor plan = ui.openPlan(account, LocalDate.now().getYear());
        maximize(plan);
        for (String page : new String[] {SituationPage.ID, ObjectivesPage.ID, TargetsPage.ID, ActionsPage.ID,
            PlanVsActualPage.ID}) {
            driver.syncRun(() -> plan.setActivePage(page));
            settle();
            driver.screenshot("tour-plan-" + page.substring(page.lastIndexOf('.') + 1));
        }
        driver.syncRun(() -> ui.page().closeAllEditors(false));
        for (String view : new String[] {DashboardView.ID, PortfolioView.ID}) {
            driver.syncRun(() -> {
                try {
                    IWorkbenchPage page = ui.page();
                    var part = page.showView(view);
                    page.setPartState(page.getReference(part), IWorkbenchPage.STATE_MAXIMIZED);
                } catch (org.eclipse.ui.PartInitException e) {
                    throw new IllegalStateException(e);
                }
            });
            settle();
            driver.screenshot("tour-" + view.substring(view.lastIndexOf('.') + 1));
        }
    }

    private void maximize(FormEditor editor) {
        driver.syncRun(() -> ui.page().setPartState(ui.page().getReference(editor), IWorkbenchPage.STATE_MAXIMIZED));
    }

    /** Lets the background jobs finish and the screen repaint. */
    private void settle() throws Exception {
        driver.waitUntil("the jobs are done", () -> org.eclipse.core.runtime.jobs.Job.getJobManager()
                .find(keystone.ui.internal.UiJobs.FAMILY).length == 0);
        driver.syncRun(() -> {
            while (PlatformUI.getWorkbench().getDisplay().readAndDispatch()) {
                // paint
            }
        });
        java.awt.EventQueue.invokeAndWait(() -> { }); // the embedded Swing editor has painted what was asked
        driver.syncRun(() -> {
            while (PlatformUI.getWorkbench().getDisplay().readAndDispatch()) {
                // and SWT what followed
            }
        });
    }
}
