package keystone.salesimport.ui.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

import keystone.salesimport.ImportResult;
import keystone.salesimport.ProfileStore;
import keystone.salesimport.SalesImportService;

/**
 * File > Import Sales...: runs the import wizard and reports what was imported.
 */
public final class ImportSalesHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
        ImportSalesWizard wizard = new ImportSalesWizard(window.getService(SalesImportService.class),
                window.getService(ProfileStore.class), null);
        WizardDialog dialog = new WizardDialog(window.getShell(), wizard);
        dialog.setPageSize(760, 460);
        if (dialog.open() == WizardDialog.OK && wizard.result() != null) {
            ImportResult r = wizard.result();
            MessageDialog.openInformation(window.getShell(), Messages.Wizard_title, NLS.bind(Messages.Import_done,
                    new Object[] {r.imported(), r.customersNew() + r.customersUpdated(), r.customersNew(),
                        r.periodFrom(), r.periodTo(), r.skipped()}));
        }
        return null;
    }
}
