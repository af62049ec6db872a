package keystone.ui;

import org.eclipse.core.commands.operations.IUndoContext;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IWorkbenchPartSite;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.operations.RedoActionHandler;
import org.eclipse.ui.operations.UndoActionHandler;

/**
 * Wires the workbench's Undo and Redo to a part's own undo context.
 */
public final class UndoHandlers {

    private UndoHandlers() {
    }

    /**
     * Makes Edit &gt; Undo and Redo in {@code bars} undo and redo the operations of {@code context}. Editors of one
     * kind share action bars, so an editor calls this each time it becomes active; a view once, when created.
     */
    public static void install(IWorkbenchPartSite site, IActionBars bars, IUndoContext context) {
        bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), new UndoActionHandler(site, context));
        bars.setGlobalActionHandler(ActionFactory.REDO.getId(), new RedoActionHandler(site, context));
        bars.updateActionBars();
    }
}
