package keystone.ui.internal.commands;

import java.util.function.Consumer;

import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.osgi.util.NLS;

import keystone.model.account.Account;
import keystone.model.account.AccountService;
import keystone.ui.internal.Messages;

/**
 * Creates an account; undo deletes it, redo creates it again under the same id.
 */
public final class CreateAccountOperation extends AccountOperation {

    private final AccountService accounts;
    private final Consumer<Account> afterCreate;
    private Account account;

    public CreateAccountOperation(AccountService accounts, Account draft, Consumer<Account> afterCreate) {
        super(NLS.bind(Messages.Operation_createAccount, draft.name()));
        this.accounts = accounts;
        this.account = draft;
        this.afterCreate = afterCreate;
    }

    @Override
    public IStatus execute(IProgressMonitor monitor, IAdaptable info) {
        Account toCreate = account;
        return inBackground(() -> accounts.create(toCreate), created -> {
            account = created;
            afterCreate.accept(created);
        });
    }

    @Override
    public IStatus undo(IProgressMonitor monitor, IAdaptable info) {
        long id = account.id();
        // keep the latest saved state, so redo brings back what the user had edited after creating it
        return inBackground(() -> accounts.delete(id), deleted -> deleted.ifPresent(a -> account = a));
    }
}
