package keystone.model.store;

import java.nio.file.Path;

/**
 * Opens and closes Keystone's one database. Applications open it once at start; every other service works on
 * the database opened here.
 */
public interface DatabaseService {

    /** System property naming the database directory; the launchers set it from {@code --db DIR}. */
    String DB_PROPERTY = "keystone.db";

    /** The directory given by {@link #DB_PROPERTY}, or {@code ~/.keystone/db}. */
    static Path configuredDirectory() {
        String configured = System.getProperty(DB_PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        return Path.of(System.getProperty("user.home"), ".keystone", "db");
    }

    /**
     * Opens (creating if needed) the database in {@code directory} and brings its schema up to date.
     *
     * @throws DatabaseLockedException when another process holds it
     * @throws MigrationException      when a contributed migration fails
     */
    void open(Path directory);

    boolean isOpen();

    /** The open database's directory; throws when none is open. */
    Path directory();

    /** True when the open database holds no accounts and no customers. */
    boolean isEmpty();

    /** Deletes every row of every table, keeping the schema, in one transaction. */
    void clear();

    DatabaseInfo info();

    /**
     * Runs {@code work} as one transaction: whatever the services called from it on this thread write is committed
     * together when it returns, or rolled back together when it throws. Services called from it see what it has
     * written so far. Editors use it to save several parts of one document (an account and its dossier pages)
     * all or nothing.
     */
    <T> T inOneTransaction(java.util.function.Supplier<T> work);

    /** Closes the database cleanly; does nothing when none is open. */
    void close();
}
