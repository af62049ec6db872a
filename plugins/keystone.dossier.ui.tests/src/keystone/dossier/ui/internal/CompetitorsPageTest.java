package keystone.dossier.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;

import org.eclipse.swt.widgets.Button;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.forms.editor.FormEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import keystone.dossier.Competitor;
import keystone.dossier.DossierService;
import keystone.model.account.AccountService;
import keystone.model.account.AccountSummary;
import keystone.testsupport.Services;
import keystone.testsupport.ui.SwtDriver;
import keystone.ui.AccountEditorInput;
import keystone.ui.KeystoneUi;

/**
 * The Competitors page in the real account editor: add a competitor, the over-100 % check, undo, save.
 */
class CompetitorsPageTest {

    private final SwtDriver driver = SwtDriver.forWorkbench();

    private IWorkbenchPage page() {
        return driver.syncCall(() -> PlatformUI.getWorkbench().getWorkbenchWindows()[0].getActivePage());
    }

    @AfterEach
    void close() {
        driver.syncRun(() -> page().closeAllEditors(false));
    }

    @Test
    void aCompetitorIsAddedCheckedAgainstOneHundredPercentUndoneAndSaved() {
        AccountSummary account = Services.get(AccountService.class).summaries(LocalDate.now()).get(1);
        int before = Services.get(DossierService.class).load(account.id()).competitors().size();
        FormEditor editor = driver.syncCall(() -> {
            try {
                FormEditor form = (FormEditor) page().openEditor(new AccountEditorInput(account.id(), account.name()),
                        KeystoneUi.ACCOUNT_EDITOR_ID);
                form.setActivePage(CompetitorsPage.ID);
                return form;
            } catch (PartInitException e) {
                throw new IllegalStateException(e);
            }
        });
        CompetitorsPage competitors = driver.syncCall(() -> (CompetitorsPage) editor.findPage(CompetitorsPage.ID));
        driver.waitUntil("the competitors are loaded", () -> competitors.current() != null);

        driver.byId(Button.class, "competitors.add");
        driver.syncRun(() -> driver.byId(Button.class, "competitors.add")
                .notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event()));
        driver.waitUntil("a new competitor", () -> competitors.current().competitors().size() == before + 1);
        driver.executeCommand("org.eclipse.ui.edit.undo");
        driver.waitUntil("undo removes it again", () -> competitors.current().competitors().size() == before
                && !editor.isDirty());

        driver.syncRun(() -> driver.byId(Button.class, "competitors.add")
                .notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event()));
        driver.text("competitors.name").setText("Тестовый конкурент «Ω»");
        driver.text("competitors.share").setText("99");
        driver.waitUntil("more than 100 % is reported", () -> Arrays.stream(editor.getActivePageInstance()
                .getManagedForm().getForm().getForm().getChildrenMessages())
                .anyMatch(m -> m.getMessage().contains("more than 100")));
        driver.text("competitors.share").setText("0");
        driver.executeCommand("org.eclipse.ui.file.save");
        driver.waitUntil("saved", () -> !editor.isDirty());

        var stored = Services.get(DossierService.class).load(account.id()).competitors();
        assertEquals(before + 1, stored.size());
        Competitor added = stored.stream().filter(c -> c.name().equals("Тестовый конкурент «Ω»")).findFirst().orElseThrow();
        assertEquals(0, BigDecimal.ZERO.compareTo(added.shareOfWallet()));
        assertTrue(added.id() > 0);

        // reopened, the page lists it with its values
        driver.syncRun(() -> page().closeAllEditors(false));
        FormEditor reopened = driver.syncCall(() -> {
            try {
                FormEditor form = (FormEditor) page().openEditor(new AccountEditorInput(account.id(), account.name()),
                        KeystoneUi.ACCOUNT_EDITOR_ID);
                form.setActivePage(CompetitorsPage.ID);
                return form;
            } catch (PartInitException e) {
                throw new IllegalStateException(e);
            }
        });
        CompetitorsPage again = driver.syncCall(() -> (CompetitorsPage) reopened.findPage(CompetitorsPage.ID));
        driver.waitUntil("the competitors are loaded again", () -> again.current() != null);
        assertTrue(driver.table("competitors.table").column(0).contains("Тестовый конкурент «Ω»"));
    }
}
