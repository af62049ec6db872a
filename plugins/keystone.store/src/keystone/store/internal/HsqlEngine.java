package keystone.store.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.osgi.util.NLS;
import org.hsqldb.jdbc.JDBCDataSource;

import keystone.model.store.StoreException;
import keystone.store.Database;
import keystone.store.SqlWork;

/**
 * An open HSQLDB file database with Keystone's settings: durable commits, cached tables, MVCC, our own lock.
 *
 * <p>Plain Java, no OSGi, so that the durability tests can drive it from a separate JVM and kill that JVM.</p>
 */
public final class HsqlEngine implements Database, AutoCloseable {

    /** The connection of the transaction the current thread is in; work started inside it joins it. */
    private final ThreadLocal<Connection> transaction = new ThreadLocal<>();
    /** What runs once the current thread's transaction has committed. */
    private final ThreadLocal<java.util.List<Runnable>> afterCommit = ThreadLocal.withInitial(java.util.ArrayList::new);

    /** File name prefix of the HSQLDB files inside the database directory. */
    static final String FILE_PREFIX = "keystone";

    private final Path directory;
    private final DatabaseLock lock;
    private final JDBCDataSource dataSource;
    /** Held open for the engine's lifetime, so HSQLDB does not close the database between calls. */
    private final Connection keeper;

    private HsqlEngine(Path directory, DatabaseLock lock, JDBCDataSource dataSource, Connection keeper) {
        this.directory = directory;
        this.lock = lock;
        this.dataSource = dataSource;
        this.keeper = keeper;
    }

    /**
     * Opens (creating if needed) the database in {@code directory} and applies pending migrations.
     *
     * @throws keystone.model.store.DatabaseLockedException when another process holds the database
     * @throws keystone.model.store.MigrationException      when a migration fails (the database is restored)
     */
    public static HsqlEngine open(Path directory, List<SchemaContribution> schemas) {
        Path dir = directory.toAbsolutePath().normalize();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new StoreException(NLS.bind(Messages.Database_cannotCreateDirectory, dir, e.getMessage()), e);
        }
        DatabaseLock lock = DatabaseLock.acquire(dir);
        HsqlEngine engine = null;
        try {
            engine = connect(dir, lock);
            new Migrator(engine, schemas).migrate();
            return engine;
        } catch (RuntimeException e) {
            if (engine != null) {
                engine.shutdownQuietly();
            }
            lock.close();
            throw e;
        }
    }

    static HsqlEngine connect(Path dir, DatabaseLock lock) {
        JDBCDataSource dataSource = new JDBCDataSource();
        // lock_file=false: DatabaseLock guards the directory (see there). default_table_type=cached keeps large
        // tables on disk instead of in memory; write_delay=false makes every acknowledged commit durable.
        dataSource.setUrl("jdbc:hsqldb:file:" + dir.resolve(FILE_PREFIX) + ";hsqldb.lock_file=false"
                + ";hsqldb.default_table_type=cached;hsqldb.write_delay=false;hsqldb.tx=mvcc;sql.enforce_size=true");
        dataSource.setUser("SA");
        dataSource.setPassword("");
        try {
            Connection keeper = dataSource.getConnection();
            try (Statement statement = keeper.createStatement()) {
                statement.execute("SET FILES WRITE DELAY FALSE");
                statement.execute("SET DATABASE TRANSACTION CONTROL MVCC");
                statement.execute("SET DATABASE DEFAULT TABLE TYPE CACHED");
                // HSQLDB's default cache (50,000 rows, 10 MB) thrashes on imports of millions of sales lines: give it a
                // quarter of the heap, at most 1 GB (measured: 1.5x faster imports)
                long cacheKb = Math.min(Runtime.getRuntime().maxMemory() / 4, 1L << 30) / 1024;
                statement.execute("SET FILES CACHE SIZE " + Math.max(cacheKb, 10_000));
                statement.execute("SET FILES CACHE ROWS " + Math.max(cacheKb * 2, 50_000));
            }
            return new HsqlEngine(dir, lock, dataSource, keeper);
        } catch (SQLException e) {
            throw new StoreException(NLS.bind(Messages.Database_cannotOpen, dir, e.getMessage()), e);
        }
    }

    @Override
    public Path directory() {
        return directory;
    }

    Connection newConnection() throws SQLException {
        return dataSource.getConnection();
    }

    @Override
    public <T> T inTransaction(SqlWork<T> work) {
        Connection open = transaction.get();
        if (open != null) {
            try {
                return work.run(open); // joins the transaction this thread is in; it commits or rolls back
            } catch (SQLException e) {
                throw SqlErrors.translate(e);
            }
        }
        afterCommit.remove(); // left over from a transaction that rolled back
        try (Connection connection = newConnection()) {
            connection.setAutoCommit(false);
            transaction.set(connection);
            T result;
            try {
                result = work.run(connection);
                connection.commit();
            } catch (SQLException | RuntimeException | Error e) {
                connection.rollback();
                throw e;
            } finally {
                transaction.remove();
            }
            java.util.List<Runnable> actions = java.util.List.copyOf(afterCommit.get());
            afterCommit.remove();
            actions.forEach(Runnable::run);
            return result;
        } catch (SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public void afterCommit(Runnable action) {
        if (transaction.get() == null) {
            action.run();
        } else {
            afterCommit.get().add(action);
        }
    }

    @Override
    public <T> T read(SqlWork<T> work) {
        Connection open = transaction.get();
        if (open != null) {
            try {
                return work.run(open); // sees what this thread's transaction has written so far
            } catch (SQLException e) {
                throw SqlErrors.translate(e);
            }
        }
        try (Connection connection = newConnection()) {
            connection.setReadOnly(true);
            return work.run(connection);
        } catch (SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    /** Takes a consistent copy of the database files into {@code target} (a new directory). */
    void backupTo(Path target) throws SQLException {
        try (Statement statement = keeper.createStatement()) {
            statement.execute("BACKUP DATABASE TO '" + target.toString().replace("'", "''") + "/' BLOCKING AS FILES");
        }
    }

    /** Shuts the database down, replaces its files by those in {@code backup}, and reconnects. */
    HsqlEngine restoreFrom(Path backup) throws IOException {
        shutdownQuietly();
        deleteDatabaseFiles(directory);
        try (Stream<Path> files = Files.list(backup)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Files.copy(file, directory.resolve(file.getFileName()));
            }
        }
        return connect(directory, lock);
    }

    /** Shuts the database down and deletes its files: for a database this open created and must not leave. */
    void discard() throws IOException {
        shutdownQuietly();
        deleteDatabaseFiles(directory);
    }

    static void deleteDatabaseFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                String name = file.getFileName().toString();
                if (name.startsWith(FILE_PREFIX + ".") && !name.equals(DatabaseLock.FILE_NAME)) {
                    if (Files.isDirectory(file)) {
                        deleteTree(file);
                    } else {
                        Files.delete(file);
                    }
                }
            }
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : (Iterable<Path>) walk.sorted(java.util.Comparator.reverseOrder())::iterator) {
                Files.delete(p);
            }
        }
    }

    private void shutdownQuietly() {
        try (Statement statement = keeper.createStatement()) {
            statement.execute("SHUTDOWN");
        } catch (SQLException e) {
            // already shut down
        }
        try {
            keeper.close();
        } catch (SQLException e) {
            // closed by the shutdown
        }
    }

    /** Writes a checkpoint, shuts HSQLDB down and releases the lock. */
    @Override
    public void close() {
        shutdownQuietly();
        lock.close();
    }

    /** Releases the lock without touching HSQLDB: only for an engine whose database was shut down already. */
    void releaseLock() {
        lock.close();
    }
}
