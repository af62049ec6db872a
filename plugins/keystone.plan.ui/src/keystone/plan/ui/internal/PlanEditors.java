package keystone.plan.ui.internal;

import org.eclipse.core.runtime.Status;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.statushandlers.StatusManager;

/**
 * Opens plan editors: one per account and year; opening one that is open brings it to the front.
 */
final class PlanEditors {

    private PlanEditors() {
    }

    /** The plan editor of the account and year, opened or activated; null when it could not open (shown). */
    static PlanEditor open(IWorkbenchPage page, long accountId, String accountName, int year) {
        try {
            return (PlanEditor) page.openEditor(new PlanEditorInput(accountId, year, accountName), PlanEditor.ID);
        } catch (PartInitException e) {
            StatusManager.getManager().handle(Status.error(NLS.bind(Messages.Editor_openFailed, accountName, year), e),
                    StatusManager.SHOW | StatusManager.LOG);
            return null;
        }
    }
}
