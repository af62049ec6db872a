package keystone.store.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.osgi.util.NLS;

import keystone.model.store.MigrationException;
import keystone.model.store.StoreException;

/**
 * Brings a database's schema up to date: applies each contributor's pending steps in order, once, each in a
 * transaction with its version record.
 *
 * <p>HSQLDB commits DDL implicitly, so a transaction alone cannot undo a half-applied script. Before the first
 * pending step the migrator therefore takes a backup (or, for a database it is creating, remembers that it is
 * new); if any step fails it restores that state, so the database is exactly as it was before the upgrade.</p>
 */
final class Migrator {

    static final String VERSION_TABLE = keystone.store.Tables.SCHEMA_VERSION_TABLE;

    private HsqlEngine engine;
    private final List<SchemaContribution> schemas;

    Migrator(HsqlEngine engine, List<SchemaContribution> schemas) {
        this.engine = engine;
        this.schemas = ordered(schemas);
    }

    /** Orders contributions so that each comes after those it requires; refuses unknown or cyclic requirements. */
    static List<SchemaContribution> ordered(List<SchemaContribution> schemas) {
        Map<String, SchemaContribution> byId = new LinkedHashMap<>();
        for (SchemaContribution s : schemas) {
            if (byId.putIfAbsent(s.id(), s) != null) {
                throw new StoreException(NLS.bind(Messages.Migration_duplicateSchema, new Object[] {s.id(),
                        byId.get(s.id()).plugin(), s.plugin()}));
            }
        }
        List<SchemaContribution> result = new ArrayList<>();
        Map<String, Boolean> state = new HashMap<>();
        for (SchemaContribution s : byId.values()) {
            visit(s, byId, state, result);
        }
        return result;
    }

    private static void visit(SchemaContribution s, Map<String, SchemaContribution> byId, Map<String, Boolean> state,
            List<SchemaContribution> result) {
        Boolean done = state.get(s.id());
        if (Boolean.TRUE.equals(done)) {
            return;
        }
        if (Boolean.FALSE.equals(done)) {
            throw new StoreException(NLS.bind(Messages.Migration_cycle, s.id(), s.plugin()));
        }
        state.put(s.id(), Boolean.FALSE);
        for (String required : s.requires()) {
            SchemaContribution other = byId.get(required);
            if (other == null) {
                throw new StoreException(NLS.bind(Messages.Migration_missingRequired, new Object[] {s.id(), s.plugin(),
                        required}));
            }
            visit(other, byId, state, result);
        }
        state.put(s.id(), Boolean.TRUE);
        result.add(s);
    }

    void migrate() {
        Map<String, Integer> applied;
        boolean created;
        try (Connection c = engine.newConnection()) {
            created = !hasTable(c, VERSION_TABLE);
            if (created) {
                try (Statement st = c.createStatement()) {
                    st.execute("CREATE CACHED TABLE " + VERSION_TABLE + " (CONTRIBUTOR VARCHAR(200) PRIMARY KEY, "
                            + "VERSION INTEGER NOT NULL, APPLIED_AT TIMESTAMP WITH TIME ZONE NOT NULL)");
                }
            }
            applied = versions(c);
        } catch (SQLException e) {
            throw SqlErrors.translate(e);
        }
        for (SchemaContribution s : schemas) {
            int current = applied.getOrDefault(s.id(), 0);
            if (current > s.latestVersion()) {
                throw new StoreException(NLS.bind(Messages.Migration_newerDatabase, new Object[] {s.id(), current,
                        s.plugin(), s.latestVersion()}));
            }
        }
        boolean pending = schemas.stream()
                .anyMatch(s -> s.latestVersion() > applied.getOrDefault(s.id(), 0));
        if (!pending) {
            return;
        }
        Path backup = created ? null : takeBackup();
        try {
            for (SchemaContribution s : schemas) {
                int current = applied.getOrDefault(s.id(), 0);
                for (MigrationStep step : s.steps()) {
                    if (step.version() > current) {
                        apply(s, step);
                    }
                }
            }
        } catch (MigrationException e) {
            restore(created, backup);
            throw e;
        }
        deleteBackup(backup);
    }

    private void apply(SchemaContribution schema, MigrationStep step) {
        try (Connection c = engine.newConnection()) {
            c.setAutoCommit(false);
            try {
                step.action().load().migrate(c);
                try (PreparedStatement ps = c.prepareStatement("MERGE INTO " + VERSION_TABLE
                        + " v USING (VALUES (CAST(? AS VARCHAR(200)), CAST(? AS INTEGER))) AS n (C, V) ON v.CONTRIBUTOR = n.C "
                        + "WHEN MATCHED THEN UPDATE SET v.VERSION = n.V, v.APPLIED_AT = CURRENT_TIMESTAMP "
                        + "WHEN NOT MATCHED THEN INSERT VALUES (n.C, n.V, CURRENT_TIMESTAMP)")) {
                    ps.setString(1, schema.id());
                    ps.setInt(2, step.version());
                    ps.executeUpdate();
                }
                c.commit();
            } catch (Exception e) {
                c.rollback();
                throw new MigrationException(schema.id(), schema.plugin(), step.version() + " (" + step.name() + ")", e);
            }
        } catch (SQLException e) {
            throw new MigrationException(schema.id(), schema.plugin(), step.version() + " (" + step.name() + ")", e);
        }
    }

    private Path takeBackup() {
        try {
            Path backup = Files.createTempDirectory(engine.directory(), "pre-migration-backup-");
            Files.delete(backup); // HSQLDB creates the directory itself
            engine.backupTo(backup);
            return backup;
        } catch (IOException | SQLException e) {
            throw new StoreException(NLS.bind(Messages.Migration_backupFailed, e.getMessage()), e);
        }
    }

    private void restore(boolean created, Path backup) {
        try {
            if (created) {
                engine.discard();
                engine.releaseLock();
            } else {
                engine = engine.restoreFrom(backup);
                engine.close();
                deleteBackup(backup);
            }
        } catch (IOException e) {
            throw new StoreException(NLS.bind(Messages.Migration_restoreFailed, backup, e.getMessage()), e);
        }
    }

    private static void deleteBackup(Path backup) {
        if (backup == null) {
            return;
        }
        try {
            HsqlEngine.deleteTree(backup);
        } catch (IOException e) {
            // a leftover backup wastes space but harms nothing
        }
    }

    static boolean hasTable(Connection c, String table) throws SQLException {
        DatabaseMetaData meta = c.getMetaData();
        try (ResultSet rs = meta.getTables(null, "PUBLIC", table, new String[] {"TABLE"})) {
            return rs.next();
        }
    }

    static Map<String, Integer> versions(Connection c) throws SQLException {
        Map<String, Integer> result = new LinkedHashMap<>();
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT CONTRIBUTOR, VERSION FROM " + VERSION_TABLE + " ORDER BY CONTRIBUTOR")) {
            while (rs.next()) {
                result.put(rs.getString(1), rs.getInt(2));
            }
        }
        return result;
    }
}
