package keystone.ui.internal.editor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.operations.IOperationHistory;
import org.eclipse.core.commands.operations.IUndoContext;
import org.eclipse.core.commands.operations.ObjectUndoContext;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.forms.editor.FormEditor;
import org.eclipse.ui.forms.editor.IFormPage;

import keystone.model.account.Account;
import keystone.model.account.AccountService;
import keystone.model.store.DatabaseService;
import keystone.ui.AccountEditorInput;
import keystone.ui.DossierEditorContext;
import keystone.ui.UndoHandlers;
import keystone.ui.internal.Messages;
import keystone.ui.internal.UiJobs;

/**
 * The editor of one key account: loads it in the background, keeps a working copy whose every change is an
 * undoable operation on the editor's own undo context, and saves it in one transaction off the UI thread.
 */
public final class AccountEditor extends FormEditor implements DossierEditorContext {

    private static final String EDITOR_MESSAGE = "keystone.editor";

    private final AccountModel model = new AccountModel();
    private IUndoContext undoContext;
    private IOperationHistory history;
    private FieldEdits edits;
    private AccountService accounts;
    private DatabaseService database;
    private boolean saving;
    private final List<SaveParticipant> participants = new ArrayList<>();
    private final DossierPageRegistry pageRegistry = new DossierPageRegistry();

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        if (!(input instanceof AccountEditorInput)) {
            throw new PartInitException("Not an account: " + input);
        }
        super.init(site, input);
        setPartName(input.getName());
        undoContext = new ObjectUndoContext(this);
        history = PlatformUI.getWorkbench().getOperationSupport().getOperationHistory();
        edits = new FieldEdits(model, history, undoContext);
        accounts = site.getService(AccountService.class);
        database = site.getService(DatabaseService.class);
        model.addListener(field -> {
            firePropertyChange(PROP_DIRTY);
            if (model.isLoaded() && !model.current().name().isBlank()) {
                setPartName(model.current().name());
                ((AccountEditorInput) getEditorInput()).setName(model.current().name());
            }
        });
        long id = accountId();
        UiJobs.run(Messages.Job_loadAccount, monitor -> accounts.find(id), found -> {
            if (found.isPresent()) {
                model.load(found.get());
            } else {
                showMessage(Messages.Editor_deleted, IMessageProvider.ERROR);
            }
        });
    }

    public long accountId() {
        return ((AccountEditorInput) getEditorInput()).accountId();
    }

    /** The working copy; for tests and for pages that plugins contribute. */
    public AccountModel model() {
        return model;
    }

    public IUndoContext undoContext() {
        return undoContext;
    }

    @Override
    protected void addPages() {
        try {
            addPage(new GeneralPage(this, model, edits));
        } catch (PartInitException e) {
            throw new IllegalStateException(e);
        }
        for (DossierPageRegistry.Contribution contribution : pageRegistry.contributions()) {
            try {
                addPage(contribution.page().get().create(this));
            } catch (PartInitException | RuntimeException e) {
                // a broken contributed page must not keep the account from opening
                ILog.of(AccountEditor.class).error("Dossier page " + contribution.id() + " failed", e);
            }
        }
    }

    /** The contributed pages known to this editor; for tests that add one without plugin.xml. */
    DossierPageRegistry pageRegistry() {
        return pageRegistry;
    }

    @Override
    public FormEditor editor() {
        return this;
    }

    @Override
    public IOperationHistory history() {
        return history;
    }

    @Override
    public void addSaveParticipant(SaveParticipant participant) {
        participants.add(participant);
    }

    @Override
    public void dirtyChanged() {
        firePropertyChange(PROP_DIRTY);
    }

    @Override
    public void setFocus() {
        super.setFocus();
        installUndoHandlers();
    }

    /** Editors of one kind share action bars, so each editor claims undo and redo when it becomes active. */
    private void installUndoHandlers() {
        UndoHandlers.install(getSite(), getEditorSite().getActionBars(), undoContext);
    }

    @Override
    public boolean isDirty() {
        return model.isDirty() || saving || participants.stream().anyMatch(SaveParticipant::isDirty);
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        edits.endEdit();
        keystone.ui.ValueEdit.endTyping(history, undoContext);
        if (!model.isLoaded() || saving) {
            return;
        }
        if (!model.isValid()) {
            showMessage(Messages.Editor_invalidNotSaved, IMessageProvider.ERROR);
            if (monitor != null) {
                monitor.setCanceled(true);
            }
            return;
        }
        Account snapshot = model.current();
        boolean accountDirty = model.isDirty();
        List<SaveParticipant> dirty = participants.stream().filter(SaveParticipant::isDirty).toList();
        dirty.forEach(SaveParticipant::aboutToSave);
        saving = true;
        // the general information and every page's data in one transaction: all saved, or nothing
        UiJobs.run(NLS.bind(Messages.Editor_saveJob, snapshot.name()), m -> database.inOneTransaction(() -> {
            Account stored = accountDirty ? accounts.update(snapshot) : snapshot;
            for (SaveParticipant participant : dirty) {
                participant.save(m);
            }
            return stored;
        }), stored -> {
            saving = false;
            model.markSaved(stored);
            dirty.forEach(SaveParticipant::saved);
            showMessage(null, IMessageProvider.NONE);
            firePropertyChange(PROP_DIRTY);
        }, () -> {
            saving = false; // the store's message was shown; the editor stays dirty so the user can try again
            firePropertyChange(PROP_DIRTY);
        });
        firePropertyChange(PROP_DIRTY);
    }

    /** Shows (or, with a null message, clears) the editor-level message in the form's message area. */
    private void showMessage(String message, int type) {
        IFormPage page = (IFormPage) pages.get(0);
        if (page.getManagedForm() == null) {
            return;
        }
        var messages = page.getManagedForm().getMessageManager();
        if (message == null) {
            messages.removeMessage(EDITOR_MESSAGE);
        } else {
            messages.addMessage(EDITOR_MESSAGE, message, null, type);
        }
    }

    @Override
    public void doSaveAs() {
        // accounts have no "save as"
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }

    @Override
    public void dispose() {
        if (history != null) {
            history.dispose(undoContext, true, true, true);
        }
        super.dispose();
    }
}
