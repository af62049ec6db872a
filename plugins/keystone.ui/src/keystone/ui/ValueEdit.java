package keystone.ui;

import java.util.function.Consumer;

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.operations.AbstractOperation;
import org.eclipse.core.commands.operations.IOperationHistory;
import org.eclipse.core.commands.operations.IUndoContext;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;


/**
 * One undoable change of a dossier page's value (its qualification, its competitors, its decision map...): undo shows the value
 * before, redo the value after. Keystrokes in one text field amend the same operation until another field
 * changes, so one undo takes back one edit, not one character.
 *
 * @param <T> the page's value
 */
public final class ValueEdit<T> extends AbstractOperation {

    private final Consumer<T> apply;
    private final String field;
    private final T before;
    private T after;
    /** Typing no longer amends this edit (saved since, or redone). */
    private boolean closed;

    private ValueEdit(String label, Consumer<T> apply, String field, T before, T after) {
        super(label);
        this.apply = apply;
        this.field = field;
        this.before = before;
        this.after = after;
    }

    /**
     * Applies {@code next} as an undoable edit on the editor's undo context; a typing edit of the same field as the
     * last operation amends it instead.
     */
    public static <T> void perform(DossierEditorContext context, String label, Consumer<T> apply, String field, T current,
            T next, boolean typing) {
        perform(context.history(), context.undoContext(), label, apply, field, current, next, typing);
    }

    /**
     * Applies {@code next} as an undoable edit on {@code context}; a typing edit of the same field (and the same
     * {@code apply}, so pass one consumer object, not a new method reference each time) as the last operation
     * amends it instead.
     */
    public static <T> void perform(IOperationHistory history, IUndoContext context, String label, Consumer<T> apply,
            String field, T current, T next, boolean typing) {
        if (typing && history.getUndoOperation(context) instanceof ValueEdit<?> open && !open.closed
                && open.field.equals(field) && open.apply == apply && history.getRedoOperation(context) == null) {
            @SuppressWarnings("unchecked")
            ValueEdit<T> same = (ValueEdit<T>) open;
            same.after = next;
            apply.accept(next);
            return;
        }
        ValueEdit<T> edit = new ValueEdit<>(label, apply, field, current, next);
        edit.addContext(context);
        try {
            history.execute(edit, null, null);
        } catch (ExecutionException e) {
            throw new IllegalStateException("an edit in memory cannot fail", e);
        }
    }

    /**
     * Ends the typing edit on {@code context}, if any: the next keystroke starts a new edit. Editors call it when
     * they save, so that one undo after a save goes back to the saved value, not past it.
     */
    public static void endTyping(IOperationHistory history, IUndoContext context) {
        if (history.getUndoOperation(context) instanceof ValueEdit<?> open) {
            open.closed = true;
        }
    }

    @Override
    public IStatus execute(IProgressMonitor monitor, IAdaptable info) {
        apply.accept(after);
        return Status.OK_STATUS;
    }

    @Override
    public IStatus redo(IProgressMonitor monitor, IAdaptable info) {
        closed = true; // typing after a redo starts an edit of its own
        return execute(monitor, info);
    }

    @Override
    public IStatus undo(IProgressMonitor monitor, IAdaptable info) {
        apply.accept(before);
        return Status.OK_STATUS;
    }
}
