package keystone.abcxyz;

import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;

import keystone.model.KeystoneTopics;

/**
 * Classifies all customers of the open database by ABC-XYZ, stores runs and compares them. Implemented on the
 * shared database; call it from a job, never from the UI thread: the first classification after a change of the
 * sales loads them all.
 */
public interface AbcXyzService {

    /**
     * The standard settings for the open database: the 24 months ending with the last month that has sales; when
     * that is the current month (or later), which is not over yet, the month before the current one.
     */
    Settings defaultSettings();

    /**
     * Classifies every customer with a sales line in the window of {@code settings}, keeps the result as
     * {@link #latest()} and announces it on {@link KeystoneTopics#ANALYSIS_CLASSIFIED}.
     *
     * @throws org.eclipse.core.runtime.OperationCanceledException when cancelled through {@code monitor}
     */
    Classification classify(Settings settings, IProgressMonitor monitor);

    /**
     * The result of the most recent {@link #classify} on the open database, held in memory, so that every view can
     * show what one of them computed; empty before the first classification and after the database was replaced.
     */
    Optional<Classification> latest();

    /** Stores the classification with its settings and every customer's result, in one transaction. */
    RunInfo save(Classification classification);

    /** The stored runs, the most recent first. */
    List<RunInfo> runs();

    /**
     * A stored run as it was saved (customer names as they are now).
     *
     * @throws keystone.model.KeystoneException when there is no such run
     */
    Classification load(long runId);

    /** Deletes a stored run; returns whether there was one. */
    boolean delete(long runId);

    /** How customers moved between the cells of {@code from} (the earlier one) and {@code to}. */
    default Transition compare(Classification from, Classification to) {
        return Transition.between(from, to);
    }
}
