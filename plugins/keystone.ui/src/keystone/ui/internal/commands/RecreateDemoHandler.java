package keystone.ui.internal.commands;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

import keystone.demo.DemoInstaller;
import keystone.model.store.DatabaseService;
import keystone.ui.internal.Messages;
import keystone.ui.internal.UiJobs;

/**
 * Recreate Demo Database: after confirmation, replaces every record by the demo data in a cancellable job.
 * Closes editors and forgets undo history first, since both refer to records that will be gone.
 */
public final class RecreateDemoHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
        DatabaseService database = window.getService(DatabaseService.class);
        if (!MessageDialog.openConfirm(window.getShell(), Messages.RecreateDemo_title,
                NLS.bind(Messages.RecreateDemo_message, database.directory()))) {
            return null;
        }
        if (!window.getActivePage().closeAllEditors(true)) {
            return null;
        }
        var support = window.getWorkbench().getOperationSupport();
        support.getOperationHistory().dispose(support.getUndoContext(), true, true, true);
        DemoInstaller demo = window.getService(DemoInstaller.class);
        UiJobs.user(Messages.RecreateDemo_job, demo::recreate, data -> { });
        return null;
    }
}
