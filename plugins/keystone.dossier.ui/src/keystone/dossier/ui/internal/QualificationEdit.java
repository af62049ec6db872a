package keystone.dossier.ui.internal;

import org.eclipse.core.commands.operations.AbstractOperation;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;

import keystone.dossier.Qualification;

/**
 * One undoable change of the qualification page. Keystrokes in one evidence field amend the same operation until
 * the field changes, so one undo takes back one edit, not one character.
 */
final class QualificationEdit extends AbstractOperation {

    private final QualificationPage page;
    private final String field;
    private final Qualification before;
    private Qualification after;

    QualificationEdit(QualificationPage page, String field, Qualification before, Qualification after) {
        super(Messages.Qualification_edit);
        this.page = page;
        this.field = field;
        this.before = before;
        this.after = after;
    }

    boolean amends(String otherField) {
        return field.equals(otherField);
    }

    void amend(Qualification newer) {
        after = newer;
        page.apply(newer);
    }

    @Override
    public IStatus execute(IProgressMonitor monitor, IAdaptable info) {
        page.apply(after);
        return Status.OK_STATUS;
    }

    @Override
    public IStatus redo(IProgressMonitor monitor, IAdaptable info) {
        return execute(monitor, info);
    }

    @Override
    public IStatus undo(IProgressMonitor monitor, IAdaptable info) {
        page.apply(before);
        return Status.OK_STATUS;
    }
}
