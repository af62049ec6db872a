package keystone.ui.tests;

import java.util.Optional;

import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;

import keystone.ui.KeystoneUi;
import keystone.ui.WidgetIds;
import keystone.ui.internal.editor.AccountEditor;
import keystone.ui.internal.navigator.AccountsNavigatorView;
import keystone.testsupport.ui.SwtDriver;
import keystone.testsupport.ui.TableHandle;

/**
 * Shortcuts into Keystone's workbench for UI tests: the page, the navigator, the active account editor.
 */
final class WorkbenchFixture {

    final SwtDriver driver = SwtDriver.forWorkbench();

    IWorkbenchPage page() {
        return driver.syncCall(() -> PlatformUI.getWorkbench().getWorkbenchWindows()[0].getActivePage());
    }

    TableHandle navigator() {
        return driver.table(WidgetIds.NAVIGATOR_TABLE);
    }

    void activateNavigator() {
        driver.syncRun(() -> {
            try {
                page().showView(KeystoneUi.NAVIGATOR_VIEW_ID);
                page().activate(page().findView(KeystoneUi.NAVIGATOR_VIEW_ID));
            } catch (PartInitException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    AccountsNavigatorView navigatorView() {
        return driver.syncCall(() -> (AccountsNavigatorView) page().findView(KeystoneUi.NAVIGATOR_VIEW_ID));
    }

    Optional<AccountEditor> activeAccountEditor() {
        return driver.syncCall(() -> {
            IEditorPart editor = page().getActiveEditor();
            return editor instanceof AccountEditor a ? Optional.of(a) : Optional.<AccountEditor>empty();
        });
    }

    /** Waits for the active editor to be the account editor with its account loaded and named {@code name}. */
    AccountEditor waitForEditor(String name) {
        return driver.waitFor("the editor of '" + name + "' is active and loaded", () -> activeAccountEditor()
                .filter(e -> driver.syncCall(() -> e.model().isLoaded() && e.model().current().name().equals(name))));
    }

    void closeAllEditors() {
        driver.syncRun(() -> page().closeAllEditors(false));
    }
}
