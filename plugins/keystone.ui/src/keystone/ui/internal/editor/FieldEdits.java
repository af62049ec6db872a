package keystone.ui.internal.editor;

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.operations.IOperationHistory;
import org.eclipse.core.commands.operations.IUndoContext;
import org.eclipse.core.commands.operations.IUndoableOperation;

import keystone.model.account.AccountField;

/**
 * Turns the user's field changes into undoable operations on the editor's undo context, folding consecutive
 * keystrokes in one field into one operation until the field loses focus.
 */
final class FieldEdits {

    private final AccountModel model;
    private final IOperationHistory history;
    private final IUndoContext context;

    FieldEdits(AccountModel model, IOperationHistory history, IUndoContext context) {
        this.model = model;
        this.history = history;
        this.context = context;
    }

    void change(AccountField field, Object value) {
        IUndoableOperation top = history.getUndoOperation(context);
        if (top instanceof SetFieldOperation open && open.isOpen() && open.field() == field) {
            open.amend(value);
            return;
        }
        endEdit();
        SetFieldOperation operation = new SetFieldOperation(model, field, model.get(field), value);
        operation.addContext(context);
        try {
            history.execute(operation, null, null);
        } catch (ExecutionException e) {
            throw new IllegalStateException("setting a field of the working copy cannot fail", e);
        }
    }

    /** The current edit of a field is complete (focus left it, or Enter was pressed). */
    void endEdit() {
        if (history.getUndoOperation(context) instanceof SetFieldOperation open) {
            open.close();
        }
    }
}
