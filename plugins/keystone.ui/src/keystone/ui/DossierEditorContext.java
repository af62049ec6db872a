package keystone.ui;

import org.eclipse.core.commands.operations.IOperationHistory;
import org.eclipse.core.commands.operations.IUndoContext;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.ui.forms.editor.FormEditor;

/**
 * What a contributed dossier page gets from the account editor: the account, the editor's undo context (every edit
 * a page makes is an operation on it), and a way to take part in dirty state and saving.
 */
public interface DossierEditorContext {

    FormEditor editor();

    long accountId();

    IOperationHistory history();

    IUndoContext undoContext();

    /** Registers what the page stores when the user saves. */
    void addSaveParticipant(SaveParticipant participant);

    /** Tells the editor that a participant's dirty state may have changed. */
    void dirtyChanged();

    /** A page's part of saving. */
    interface SaveParticipant {

        boolean isDirty();

        /**
         * Called on the UI thread just before the save job starts: take the value that {@link #save} will store, so
         * that edits made while the job runs stay unsaved (and dirty) instead of being half taken.
         */
        default void aboutToSave() {
        }

        /** Stores the page's data; runs in the save job, off the UI thread; throws a KeystoneException on failure. */
        void save(IProgressMonitor monitor);

        /**
         * Called on the UI thread after every participant's save succeeded; what was edited since
         * {@link #aboutToSave} stays as edited.
         */
        void saved();
    }
}
