package keystone.ui.internal;

import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.statushandlers.StatusManager;

import keystone.model.KeystoneException;

/**
 * Runs database work in a background {@link Job} and hands its result to the UI thread, so the UI thread never
 * waits on SQL; a failure is shown to the user with the store's message.
 */
public final class UiJobs {

    /** Job family of all Keystone store jobs, so tests and shutdown can wait for them. */
    public static final Object FAMILY = new Object();

    private UiJobs() {
    }

    /**
     * Schedules {@code work}; when it succeeds, {@code onUi} receives its result on the UI thread unless the
     * display is gone.
     */
    public static <T> Job run(String name, Function<IProgressMonitor, T> work, Consumer<T> onUi) {
        return run(name, work, onUi, () -> { });
    }

    /** Like {@link #run(String, Function, Consumer)}, and runs {@code onFailure} on the UI thread if it fails. */
    public static <T> Job run(String name, Function<IProgressMonitor, T> work, Consumer<T> onUi, Runnable onFailure) {
        return schedule(name, work, onUi, onFailure, false);
    }

    /**
     * Work a view starts by itself when it opens (e.g. the first classification): scheduled after a short delay
     * with low priority, so that on a busy start the navigator the user waits for comes first.
     */
    public static <T> Job deferred(String name, Function<IProgressMonitor, T> work, Consumer<T> onUi) {
        Job job = create(name, work, onUi, () -> { });
        job.setPriority(Job.DECORATE);
        job.schedule(DEFER_MILLIS);
        return job;
    }

    /** How long {@link #deferred} work waits, long enough for the workbench to show its first data. */
    static final long DEFER_MILLIS = 1_500;

    /**
     * Like {@link #run(String, Function, Consumer)}, but starts only after {@code delayMillis}: for work started
     * on every keystroke, where the caller cancels the previous, still waiting job when the input changes again.
     */
    public static <T> Job delayed(long delayMillis, String name, Function<IProgressMonitor, T> work,
            Consumer<T> onUi) {
        Job job = create(name, work, onUi, () -> { });
        job.schedule(delayMillis);
        return job;
    }

    /**
     * Like {@link #run}, but jobs with the same {@code rule} run one after the other, in the order they were
     * started: for writes whose order matters (an edit, then its undo).
     */
    public static <T> Job inOrder(org.eclipse.core.runtime.jobs.ISchedulingRule rule, String name,
            Function<IProgressMonitor, T> work, Consumer<T> onUi) {
        Job job = create(name, work, onUi, () -> { });
        job.setRule(rule);
        job.schedule();
        return job;
    }

    /** Long work the user started and watches: shown with a progress dialog that can be sent to the background. */
    public static <T> Job user(String name, Function<IProgressMonitor, T> work, Consumer<T> onUi) {
        return schedule(name, work, onUi, () -> { }, true);
    }

    private static <T> Job schedule(String name, Function<IProgressMonitor, T> work, Consumer<T> onUi,
            Runnable onFailure, boolean user) {
        Job job = create(name, work, onUi, onFailure);
        job.setUser(user);
        job.schedule();
        return job;
    }

    private static <T> Job create(String name, Function<IProgressMonitor, T> work, Consumer<T> onUi,
            Runnable onFailure) {
        Display display = Display.getCurrent() != null ? Display.getCurrent() : Display.getDefault();
        Job job = new Job(name) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                try {
                    T result = work.apply(monitor);
                    if (!display.isDisposed()) {
                        display.asyncExec(() -> onUi.accept(result));
                    }
                    return Status.OK_STATUS;
                } catch (OperationCanceledException e) {
                    asyncIfAlive(display, onFailure);
                    return Status.CANCEL_STATUS;
                } catch (KeystoneException e) {
                    asyncIfAlive(display, onFailure);
                    StatusManager.getManager().handle(Status.error(e.getMessage(), e),
                            StatusManager.SHOW | StatusManager.LOG);
                    return Status.OK_STATUS; // reported already; returning an error would report it twice
                } catch (RuntimeException e) {
                    // a bug, not a refusal: the caller must still learn that the work failed (an editor would
                    // otherwise stay "saving" for good), and the user sees and the log keeps the stack trace
                    asyncIfAlive(display, onFailure);
                    StatusManager.getManager().handle(Status.error(NLS.bind(Messages.Job_failed, getName(),
                            e.toString()), e), StatusManager.SHOW | StatusManager.LOG);
                    return Status.OK_STATUS;
                }
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == FAMILY;
            }
        };
        return job;
    }

    private static void asyncIfAlive(Display display, Runnable runnable) {
        if (!display.isDisposed()) {
            display.asyncExec(runnable);
        }
    }
}
