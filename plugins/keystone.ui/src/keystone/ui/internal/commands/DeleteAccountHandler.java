package keystone.ui.internal.commands;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

import keystone.model.account.AccountService;
import keystone.model.account.AccountSummary;
import keystone.ui.AccountEditorInput;
import keystone.ui.internal.Messages;

/**
 * Delete Account: asks for confirmation, closes the account's editor and deletes it (undoable).
 */
public final class DeleteAccountHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
        if (!(HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection selection)
                || !(selection.getFirstElement() instanceof AccountSummary account)) {
            return null;
        }
        if (!MessageDialog.openConfirm(window.getShell(), Messages.DeleteAccount_title,
                NLS.bind(Messages.DeleteAccount_message, account.name()))) {
            return null;
        }
        closeEditor(window.getActivePage(), account.id());
        var operation = new DeleteAccountOperation(window.getService(AccountService.class), account.id(), account.name());
        operation.addContext(window.getWorkbench().getOperationSupport().getUndoContext());
        window.getWorkbench().getOperationSupport().getOperationHistory().execute(operation, null, null);
        return null;
    }

    private static void closeEditor(IWorkbenchPage page, long id) {
        for (IEditorReference reference : page.getEditorReferences()) {
            try {
                if (reference.getEditorInput() instanceof AccountEditorInput input && input.accountId() == id) {
                    page.closeEditors(new IEditorReference[] {reference}, false);
                }
            } catch (PartInitException e) {
                // an editor that cannot restore its input is not this account's
            }
        }
    }
}
