package keystone.model.store;

import java.nio.file.Path;

/**
 * Another Keystone process holds the database; says which one, so the user can switch to it or end it.
 */
public class DatabaseLockedException extends StoreException {

    private static final long serialVersionUID = 1L;

    private final transient Path directory;
    private final String holder;

    public DatabaseLockedException(Path directory, String holder) {
        super("The database in " + directory + " is in use by another Keystone: " + holder
                + ". Close that Keystone, or start this one with --db and another directory.");
        this.directory = directory;
        this.holder = holder;
    }

    public Path directory() {
        return directory;
    }

    /** Who holds the lock, e.g. "process 4711 on host build-1, started 2026-11-26T10:12:00Z". */
    public String holder() {
        return holder;
    }
}
