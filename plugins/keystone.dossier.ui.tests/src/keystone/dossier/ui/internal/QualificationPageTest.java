package keystone.dossier.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.forms.editor.FormEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import keystone.dossier.DossierService;
import keystone.dossier.Qualification;
import keystone.dossier.Qualification.Rating;
import keystone.model.account.AccountService;
import keystone.model.account.AccountSummary;
import keystone.testsupport.Services;
import keystone.testsupport.ui.SwtDriver;
import keystone.ui.AccountEditorInput;
import keystone.ui.KeystoneUi;

/**
 * The Qualification page, contributed through keystone.ui.dossierPages, in the real account editor: it appears,
 * edits are undoable, and a save stores them.
 */
class QualificationPageTest {

    private final SwtDriver driver = SwtDriver.forWorkbench();

    private IWorkbenchPage page() {
        return driver.syncCall(() -> PlatformUI.getWorkbench().getWorkbenchWindows()[0].getActivePage());
    }

    @AfterEach
    void close() {
        driver.syncRun(() -> page().closeAllEditors(false));
    }

    private FormEditor openOnQualification(AccountSummary account) {
        FormEditor editor = driver.syncCall(() -> {
            try {
                IEditorPart part = page().openEditor(new AccountEditorInput(account.id(), account.name()),
                        KeystoneUi.ACCOUNT_EDITOR_ID);
                FormEditor form = (FormEditor) part;
                form.setActivePage(QualificationPage.ID);
                return form;
            } catch (PartInitException e) {
                throw new IllegalStateException(e);
            }
        });
        Label verdict = driver.byId(Label.class, "qualification.verdict");
        driver.waitUntil("the qualification is loaded", () -> !verdict.getText().isEmpty());
        return editor;
    }

    @Test
    void theContributedPageEditsUndoesAndSavesTheThreeP() {
        AccountSummary account = Services.get(AccountService.class).summaries(LocalDate.now()).get(0);
        FormEditor editor = openOnQualification(account);
        driver.combo("qualification.need").select(Messages.rating(Rating.NO));
        driver.waitUntil("dirty and not qualified", () -> editor.isDirty()
                && driver.byId(Label.class, "qualification.verdict").getText().equals(Messages.Qualification_notQualified));

        driver.executeCommand("org.eclipse.ui.edit.undo");
        driver.waitUntil("undo restores the rating", () -> !editor.isDirty());

        driver.combo("qualification.solvency").select(Messages.rating(Rating.PARTLY));
        driver.text("qualification.solvency.evidence").setText("Payment delays in Q3; «проверить» 检查");
        driver.executeCommand("org.eclipse.ui.file.save");
        driver.waitUntil("saved", () -> !editor.isDirty());

        Qualification stored = Services.get(DossierService.class).load(account.id()).qualification();
        assertEquals(Rating.PARTLY, stored.solvency());
        assertEquals("Payment delays in Q3; «проверить» 检查", stored.solvencyEvidence());
        assertTrue(!stored.qualified());

        // reopened, the page shows what was saved
        driver.syncRun(() -> page().closeAllEditors(false));
        openOnQualification(account);
        assertEquals(Messages.rating(Rating.PARTLY), driver.combo("qualification.solvency").selection());
        assertEquals("Payment delays in Q3; «проверить» 检查", driver.text("qualification.solvency.evidence").getText());
    }
}
