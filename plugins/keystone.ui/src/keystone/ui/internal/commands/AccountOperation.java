package keystone.ui.internal.commands;

import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.core.commands.operations.AbstractOperation;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;

import keystone.ui.internal.UiJobs;

/**
 * An undoable change to the set of accounts (create or delete). The store work runs in a background job so the
 * UI thread never waits on the database; the operation remembers the account so undo and redo restore it under
 * the same id.
 */
abstract class AccountOperation extends AbstractOperation {

    private final String jobName;

    AccountOperation(String label) {
        super(label);
        this.jobName = label;
    }

    /** Runs {@code work} in the background; {@code done} receives its result on the UI thread. */
    protected final <T> IStatus inBackground(Supplier<T> work, Consumer<T> done) {
        UiJobs.run(jobName, monitor -> work.get(), done);
        return Status.OK_STATUS;
    }

    @Override
    public abstract IStatus execute(IProgressMonitor monitor, IAdaptable info);

    @Override
    public final IStatus redo(IProgressMonitor monitor, IAdaptable info) {
        return execute(monitor, info);
    }
}
