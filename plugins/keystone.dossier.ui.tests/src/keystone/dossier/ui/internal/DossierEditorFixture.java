package keystone.dossier.ui.internal;

import java.time.LocalDate;
import java.util.Arrays;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.forms.editor.FormEditor;
import org.eclipse.ui.forms.editor.IFormPage;

import keystone.model.account.AccountService;
import keystone.model.account.AccountSummary;
import keystone.testsupport.Services;
import keystone.testsupport.ui.SwtDriver;
import keystone.ui.AccountEditorInput;
import keystone.ui.KeystoneUi;

/**
 * Opens account editors on a given dossier page in the real workbench and works their controls, for the dossier
 * page tests.
 */
final class DossierEditorFixture {

    final SwtDriver driver = SwtDriver.forWorkbench();

    IWorkbenchPage page() {
        return driver.syncCall(() -> PlatformUI.getWorkbench().getWorkbenchWindows()[0].getActivePage());
    }

    AccountSummary demoAccount(int index) {
        return Services.get(AccountService.class).summaries(LocalDate.now()).get(index);
    }

    /** Opens the account's editor showing the page {@code pageId}. */
    FormEditor open(long accountId, String name, String pageId) {
        return driver.syncCall(() -> {
            try {
                FormEditor form = (FormEditor) page().openEditor(new AccountEditorInput(accountId, name),
                        KeystoneUi.ACCOUNT_EDITOR_ID);
                form.setActivePage(pageId);
                return form;
            } catch (PartInitException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    <P extends IFormPage> P page(FormEditor editor, String pageId, Class<P> type) {
        return driver.syncCall(() -> type.cast(editor.findPage(pageId)));
    }

    void click(String buttonId) {
        driver.syncRun(() -> driver.byId(Button.class, buttonId).notifyListeners(SWT.Selection, new Event()));
    }

    void check(String buttonId, boolean selected) {
        driver.syncRun(() -> {
            Button b = driver.byId(Button.class, buttonId);
            b.setSelection(selected);
            b.notifyListeners(SWT.Selection, new Event());
        });
    }

    void undo() {
        driver.executeCommand("org.eclipse.ui.edit.undo");
    }

    void redo() {
        driver.executeCommand("org.eclipse.ui.edit.redo");
    }

    void save(FormEditor editor) {
        driver.executeCommand("org.eclipse.ui.file.save");
        driver.waitUntil("the editor is saved", () -> !driver.syncCall(editor::isDirty));
    }

    /** Whether the active page's form shows a message containing {@code text}. */
    boolean showsMessage(FormEditor editor, String text) {
        return driver.syncCall(() -> {
            var messages = editor.getActivePageInstance().getManagedForm().getForm().getForm().getChildrenMessages();
            return messages != null && Arrays.stream(messages).anyMatch(m -> m.getMessage().contains(text));
        });
    }

    void closeAll() {
        driver.syncRun(() -> page().closeAllEditors(false));
    }
}
