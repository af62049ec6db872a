package keystone.abcxyz.ui.internal;

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IWorkbenchPartSite;
import org.eclipse.ui.statushandlers.StatusManager;

import keystone.abcxyz.CustomerResult;
import keystone.model.account.Account;
import keystone.model.account.AccountService;
import keystone.model.account.AccountType;
import keystone.ui.internal.commands.CreateAccountOperation;
import keystone.ui.internal.navigator.AccountsNavigatorView;

/**
 * "Make key account" on a classified customer: opens a new dossier linked to the customer's sales, as an
 * undoable operation like New Account.
 */
final class KeyAccountMaker {

    private KeyAccountMaker() {
    }

    static void make(IWorkbenchPartSite site, CustomerResult customer) {
        if (customer.keyAccount()) {
            MessageDialog.openInformation(site.getShell(), Messages.MakeKeyAccount,
                    NLS.bind(Messages.MakeKeyAccount_already, customer.name()));
            return;
        }
        String name = customer.name().isBlank() ? customer.customerId() : customer.name();
        Account draft = Account.draft(name, AccountType.PROSPECT).toBuilder().customerId(customer.customerId()).build();
        var workbench = site.getWorkbenchWindow().getWorkbench();
        var operation = new CreateAccountOperation(site.getService(AccountService.class), draft,
                created -> AccountsNavigatorView.open(site.getPage(), created.id(), created.name()));
        operation.addContext(workbench.getOperationSupport().getUndoContext());
        try {
            workbench.getOperationSupport().getOperationHistory().execute(operation, null, null);
        } catch (ExecutionException e) {
            StatusManager.getManager().handle(org.eclipse.core.runtime.Status.error(e.getMessage(), e),
                    StatusManager.SHOW | StatusManager.LOG);
        }
    }
}
