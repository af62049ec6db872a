package keystone.dossier.ui.internal;

import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.ui.forms.editor.FormPage;

import keystone.dossier.Dossier;
import keystone.dossier.DossierService;
import keystone.ui.DossierEditorContext;
import keystone.ui.ValueEdit;
import keystone.ui.internal.UiJobs;

/**
 * Base of the dossier pages: loads the account's dossier in the background, keeps the page's part of it as saved
 * and as edited, turns every change into an undoable {@link ValueEdit}, and saves that part on top of the latest
 * stored dossier (other pages may have saved theirs just before, in the same save job).
 *
 * @param <S> the page's part of the dossier
 */
abstract class DossierFormPage<S> extends FormPage implements DossierEditorContext.SaveParticipant {

    protected final DossierEditorContext context;
    /** Looked up once on the UI thread; save() runs in the editor's save job. */
    private final DossierService dossiers;
    private final Consumer<S> applier = this::apply;
    private S saved;
    private S current;
    /** What {@link #save} stores: the part as edited when the save began. */
    private S saving;
    /** What {@link #save} stored, taken as saved once the editor's whole save has committed. */
    private S stored;

    DossierFormPage(DossierEditorContext context, String id, String title) {
        super(context.editor(), id, title);
        this.context = context;
        context.addSaveParticipant(this);
        dossiers = context.editor().getSite().getService(DossierService.class);
        UiJobs.run(title, monitor -> SharedLoad.of(context, dossiers), dossier -> {
            saved = partOf(dossier);
            current = saved;
            loaded();
            refresh();
        });
    }

    /** The page's part of a dossier. */
    protected abstract S partOf(Dossier dossier);

    /** {@code latest} with the page's part replaced by {@code part}. */
    protected abstract Dossier with(Dossier latest, S part);

    /** Shows {@link #current()}; called after loading, edits, undo, redo and saving. Must cope with no controls yet. */
    protected abstract void refresh();

    /** Called once when the dossier has been loaded, before the first refresh. */
    protected void loaded() {
    }

    /** The page's part as edited, or null before it is loaded. */
    S current() {
        return current;
    }

    /** Applies {@code next} as an undoable edit; keystrokes ({@code typing}) in one field amend one edit. */
    protected void edit(String label, String field, S next, boolean typing) {
        ValueEdit.perform(context, label, applier, field, current, next, typing);
    }

    /** Shows {@code problem} (or, when null, clears the message) under {@code key} in the form's message area. */
    protected void report(String key, String problem) {
        if (getManagedForm() == null) {
            return;
        }
        var messages = getManagedForm().getMessageManager();
        if (problem == null) {
            messages.removeMessage(key);
        } else {
            messages.addMessage(key, problem, null, org.eclipse.jface.dialogs.IMessageProvider.ERROR);
        }
    }

    private void apply(S part) {
        current = part;
        refresh();
        context.dirtyChanged();
    }

    @Override
    public boolean isDirty() {
        return current != null && !current.equals(saved);
    }

    @Override
    public void aboutToSave() {
        saving = current;
    }

    @Override
    public void save(IProgressMonitor monitor) {
        stored = partOf(dossiers.save(with(dossiers.load(context.accountId()), saving)));
    }

    @Override
    public void saved() {
        saved = stored;
        if (current == saving) {
            current = saved; // stored ids for new parts
        } // else: edited while saving; those edits stay, and dirty
        refresh();
    }
}
