package keystone.store.internal;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.EventAdmin;

import keystone.model.KeystoneTopics;
import keystone.model.store.DatabaseInfo;
import keystone.model.store.DatabaseService;
import keystone.model.store.StoreException;
import keystone.store.Database;
import keystone.store.SqlWork;
import keystone.store.Tables;
import keystone.store.sales.SalesLines;

/**
 * Keystone's database as OSGi services: {@link DatabaseService} for applications, {@link Database} for the
 * bundles that own data. Holds the one open {@link HsqlEngine}.
 */
@Component(service = {DatabaseService.class, Database.class})
public final class DatabaseComponent implements DatabaseService, Database {

    private final MigrationRegistry migrations = new MigrationRegistry();
    private volatile HsqlEngine engine;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile EventAdmin events;

    /** The migration registry, so tests in this package can register contributions. */
    MigrationRegistry migrations() {
        return migrations;
    }

    @Override
    public synchronized void open(Path directory) {
        if (engine != null) {
            throw new StoreException(NLS.bind(Messages.Database_alreadyOpen, engine.directory()));
        }
        engine = HsqlEngine.open(directory, migrations.contributions());
        post(KeystoneTopics.DATABASE_REPLACED);
    }

    @Override
    public boolean isOpen() {
        return engine != null;
    }

    private HsqlEngine engine() {
        HsqlEngine e = engine;
        if (e == null) {
            throw new StoreException(Messages.Database_notOpen);
        }
        return e;
    }

    @Override
    public Path directory() {
        return engine().directory();
    }

    @Override
    public <T> T inTransaction(SqlWork<T> work) {
        return engine().inTransaction(work);
    }

    @Override
    public <T> T inOneTransaction(java.util.function.Supplier<T> work) {
        return engine().inTransaction(connection -> work.get());
    }

    @Override
    public void afterCommit(Runnable action) {
        engine().afterCommit(action);
    }

    @Override
    public <T> T read(SqlWork<T> work) {
        return engine().read(work);
    }

    @Override
    public boolean isEmpty() {
        return read(c -> count(c, "ACCOUNT") == 0 && count(c, "CUSTOMER") == 0);
    }

    @Override
    public void clear() {
        inTransaction(c -> {
            List<String> tables = new ArrayList<>(Tables.inDependencyOrder(c));
            java.util.Collections.reverse(tables); // referencing tables first
            try (Statement st = c.createStatement()) {
                for (String table : tables) {
                    st.execute("DELETE FROM " + table);
                }
            }
            return null;
        });
        post(KeystoneTopics.DATABASE_REPLACED);
    }

    @Override
    public DatabaseInfo info() {
        return read(c -> {
            Map<String, Long> counts = new LinkedHashMap<>();
            for (String table : Tables.inDependencyOrder(c)) {
                counts.put(table, count(c, table));
            }
            return new DatabaseInfo(engine().directory(), Migrator.versions(c), counts, SalesLines.count(c));
        });
    }

    private static long count(Connection c, String table) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Override
    @Deactivate
    public synchronized void close() {
        HsqlEngine e = engine;
        engine = null;
        if (e != null) {
            e.close();
        }
    }

    /** Posts a change event if Event Admin is there (it is not in a plain JVM). */
    void post(String topic) {
        EventAdmin admin = events;
        if (admin != null) {
            admin.postEvent(new org.osgi.service.event.Event(topic, Map.of()));
        }
    }
}
