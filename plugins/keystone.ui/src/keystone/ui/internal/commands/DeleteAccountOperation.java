package keystone.ui.internal.commands;

import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.osgi.util.NLS;

import keystone.model.account.Account;
import keystone.model.account.AccountService;
import keystone.ui.internal.Messages;

/**
 * Deletes an account; undo stores it again, with the same id and every field as it was.
 */
public final class DeleteAccountOperation extends AccountOperation {

    private final AccountService accounts;
    private final long id;
    private Account deleted;

    public DeleteAccountOperation(AccountService accounts, long id, String name) {
        super(NLS.bind(Messages.Operation_deleteAccount, name));
        this.accounts = accounts;
        this.id = id;
    }

    @Override
    public IStatus execute(IProgressMonitor monitor, IAdaptable info) {
        return inBackground(() -> accounts.delete(id), removed -> removed.ifPresent(a -> deleted = a));
    }

    @Override
    public IStatus undo(IProgressMonitor monitor, IAdaptable info) {
        Account restore = deleted;
        if (restore == null) {
            return org.eclipse.core.runtime.Status.CANCEL_STATUS;
        }
        return inBackground(() -> accounts.create(restore), created -> { });
    }
}
