package keystone.store;

import java.nio.file.Path;

/**
 * The open Keystone database, for non-UI bundles that own data and implement their services on it. UI bundles
 * never use it: they go through the services of {@code keystone.model}.
 *
 * <p>Failures reach callers as {@link keystone.model.store.StoreException} with a message a user can act on.</p>
 */
public interface Database {

    /** Runs {@code work} in one transaction: committed when it returns, rolled back when it throws. */
    <T> T inTransaction(SqlWork<T> work);

    /**
     * Runs {@code action} once the transaction the current thread is in has committed (never, when it rolls back),
     * or at once when the thread is in none: announce changes with it, so that nobody reads before they are
     * visible.
     */
    default void afterCommit(Runnable action) {
        action.run();
    }

    /** Runs read-only {@code work} on a connection of its own. */
    <T> T read(SqlWork<T> work);

    /** The directory of the open database. */
    Path directory();
}
