package keystone.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.eclipse.ui.forms.editor.FormEditor;
import org.eclipse.ui.forms.editor.IFormPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import keystone.model.account.Account;
import keystone.model.account.AccountService;
import keystone.model.account.AccountType;
import keystone.testsupport.Services;
import keystone.ui.internal.editor.AccountEditor;
import keystone.ui.internal.navigator.AccountsNavigatorView;

/**
 * The dossier page extension point: a page contributed by this fragment's fragment.xml appears in the account
 * editor and knows its account.
 */
class DossierPagesTest {

    private final WorkbenchFixture workbench = new WorkbenchFixture();

    @AfterEach
    void close() {
        workbench.closeAllEditors();
    }

    @Test
    void aPageContributedThroughTheExtensionPointAppearsInTheEditor() {
        Account account = Services.get(AccountService.class)
                .create(Account.draft("Extension Point GmbH " + System.nanoTime(), AccountType.PROSPECT));
        try {
            workbench.driver.syncRun(() -> AccountsNavigatorView.open(workbench.page(), account.id(), account.name()));
            AccountEditor editor = workbench.waitForEditor(account.name());
            IFormPage page = workbench.driver.syncCall(() -> {
                ((FormEditor) editor).setActivePage(ExtraDossierPage.ID);
                return editor.findPage(ExtraDossierPage.ID);
            });
            assertNotNull(page, "the contributed page is in the editor");
            assertEquals(ExtraDossierPage.TITLE + " for account " + account.id(),
                    workbench.driver.syncCall(() -> page.getManagedForm().getForm().getText()));
        } finally {
            workbench.closeAllEditors();
            Services.get(AccountService.class).delete(account.id());
        }
    }

    @Test
    void theGeneralInformationAndEveryPageAreSavedInOneTransaction() {
        AccountService accounts = Services.get(AccountService.class);
        Account account = accounts.create(Account.draft("One Transaction AG " + System.nanoTime(), AccountType.PROSPECT));
        try {
            workbench.driver.syncRun(() -> AccountsNavigatorView.open(workbench.page(), account.id(), account.name()));
            AccountEditor editor = workbench.waitForEditor(account.name());
            workbench.driver.text(keystone.ui.WidgetIds.accountField(keystone.model.account.AccountField.INDUSTRY))
                    .setText("Shipbuilding");
            ExtraDossierPage.failSave = true;
            ExtraDossierPage.dirty = true;
            int savesBefore = ExtraDossierPage.saves;
            workbench.driver.syncRun(editor::dirtyChanged);
            workbench.driver.executeCommand("org.eclipse.ui.file.save");
            workbench.driver.waitUntil("the save job has ended", () -> org.eclipse.core.runtime.jobs.Job
                    .getJobManager().find(keystone.ui.internal.UiJobs.FAMILY).length == 0);
            closeOtherShells(); // the store's message, when the status handler shows it in a dialog
            assertEquals("", accounts.find(account.id()).orElseThrow().industry(),
                    "the page's failure rolls the general information back too");
            org.junit.jupiter.api.Assertions.assertTrue(workbench.driver.syncCall(editor::isDirty), "still dirty");

            ExtraDossierPage.failSave = false;
            workbench.driver.executeCommand("org.eclipse.ui.file.save");
            workbench.driver.waitUntil("saved", () -> !workbench.driver.syncCall(editor::isDirty));
            assertEquals("Shipbuilding", accounts.find(account.id()).orElseThrow().industry());
            assertEquals(savesBefore + 1, ExtraDossierPage.saves);
        } finally {
            ExtraDossierPage.failSave = false;
            ExtraDossierPage.dirty = false;
            workbench.closeAllEditors();
            accounts.delete(account.id());
        }
    }

    private void closeOtherShells() {
        workbench.driver.syncRun(() -> {
            var main = org.eclipse.ui.PlatformUI.getWorkbench().getWorkbenchWindows()[0].getShell();
            for (var shell : workbench.driver.display().getShells()) {
                if (shell != main && shell.isVisible()) {
                    shell.close();
                }
            }
        });
    }
}
