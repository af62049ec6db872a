package keystone.ui.internal.editor;

import java.util.Objects;

import org.eclipse.core.commands.operations.AbstractOperation;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.osgi.util.NLS;

import keystone.model.account.AccountField;
import keystone.ui.internal.Labels;
import keystone.ui.internal.Messages;

/**
 * Changes one field of the editor's working copy. Consecutive keystrokes in one field amend the same
 * operation, so one undo takes back one edit of a field rather than one character.
 */
public final class SetFieldOperation extends AbstractOperation {

    private final AccountModel model;
    private final AccountField field;
    private final Object oldValue;
    private Object newValue;
    private boolean open = true;

    public SetFieldOperation(AccountModel model, AccountField field, Object oldValue, Object newValue) {
        super(NLS.bind(Messages.Operation_setField, Labels.of(field)));
        this.model = model;
        this.field = field;
        this.oldValue = oldValue;
        this.newValue = newValue;
    }

    public AccountField field() {
        return field;
    }

    /** Whether further typing in the same field may still amend this operation. */
    public boolean isOpen() {
        return open;
    }

    /** Ends amending: the next change of the field becomes an operation of its own. */
    public void close() {
        open = false;
    }

    /** Folds a further keystroke into this operation and applies it. */
    public void amend(Object value) {
        newValue = value;
        model.set(field, value);
    }

    @Override
    public IStatus execute(IProgressMonitor monitor, IAdaptable info) {
        model.set(field, newValue);
        return Status.OK_STATUS;
    }

    @Override
    public IStatus redo(IProgressMonitor monitor, IAdaptable info) {
        open = false;
        return execute(monitor, info);
    }

    @Override
    public IStatus undo(IProgressMonitor monitor, IAdaptable info) {
        open = false;
        model.set(field, oldValue);
        return Status.OK_STATUS;
    }

    @Override
    public boolean canExecute() {
        return !Objects.equals(oldValue, newValue) || open;
    }
}
