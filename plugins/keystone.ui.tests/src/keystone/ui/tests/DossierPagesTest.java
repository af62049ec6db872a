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
}
