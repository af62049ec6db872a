package keystone.ui.internal.commands;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

import keystone.model.account.Account;
import keystone.model.account.AccountService;
import keystone.model.account.AccountType;
import keystone.ui.WidgetIds;
import keystone.ui.internal.Messages;
import keystone.ui.internal.navigator.AccountsNavigatorView;

/**
 * New Account: asks for the legal name, creates the account (undoable) and opens it. A new account starts as a
 * prospect until the director classifies it.
 */
public final class NewAccountHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
        NameDialog dialog = new NameDialog(window.getShell());
        if (dialog.open() != IDialogConstants.OK_ID) {
            return null;
        }
        AccountService accounts = window.getService(AccountService.class);
        Account draft = Account.draft(dialog.getValue().strip(), AccountType.PROSPECT);
        var operation = new CreateAccountOperation(accounts, draft,
                created -> AccountsNavigatorView.open(window.getActivePage(), created.id(), created.name()));
        operation.addContext(window.getWorkbench().getOperationSupport().getUndoContext());
        window.getWorkbench().getOperationSupport().getOperationHistory().execute(operation, null, null);
        return null;
    }

    /** The name prompt, with its text field tagged for tests. */
    private static final class NameDialog extends InputDialog {
        NameDialog(Shell shell) {
            super(shell, Messages.NewAccount_title, Messages.NewAccount_message, Messages.NewAccount_defaultName,
                    text -> text == null || text.isBlank() ? Messages.NewAccount_message : null);
        }

        @Override
        protected Control createDialogArea(Composite parent) {
            Control area = super.createDialogArea(parent);
            getText().setData(WidgetIds.KEY, WidgetIds.NEW_ACCOUNT_NAME);
            return area;
        }
    }
}
