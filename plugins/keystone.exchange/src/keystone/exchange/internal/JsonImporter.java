package keystone.exchange.internal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;

import keystone.exchange.DatabaseNotEmptyException;
import keystone.exchange.ExchangeException;
import keystone.exchange.ImportSummary;
import keystone.model.KeystoneException;
import keystone.store.Database;
import keystone.store.Tables;
import keystone.store.sales.CorruptBlockException;

/**
 * Imports an exchange document into the open database in one transaction, so that any problem - in the document
 * or reported by the database - leaves the database exactly as it was.
 */
final class JsonImporter {


    private final Database database;
    private final JsonFactory factory;

    JsonImporter(Database database, JsonFactory factory) {
        this.database = database;
        this.factory = factory;
    }

    /**
     * Imports {@code file}; {@code onCommitted} runs once the rows are committed, even if the identity counters
     * cannot be moved afterwards.
     */
    ImportSummary importFrom(Path file, boolean replace, IProgressMonitor monitor, Runnable onCommitted) {
        Path source = file.toAbsolutePath().normalize();
        long size;
        try {
            size = Files.size(source);
        } catch (NoSuchFileException e) {
            throw new ExchangeException(NLS.bind(Messages.Import_noFile, source), e);
        } catch (IOException e) {
            throw new ExchangeException(NLS.bind(Messages.Import_cannotRead, source, e.getMessage()), e);
        }
        SubMonitor progress = SubMonitor.convert(monitor, NLS.bind(Messages.Task_importing, source.getFileName()),
                (int) Math.min(Integer.MAX_VALUE - 10, size / 1024) + 10);
        boolean[] hadData = new boolean[1];
        Map<String, Long> counts;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(source), 1 << 16);
                JsonParser parser = factory.createParser(in)) {
            counts = database.inTransaction(c -> {
                Map<String, TableInfo> tables = TableInfo.readAll(c);
                hadData[0] = requireEmptyUnlessReplacing(c, tables, replace);
                Map<String, Long> stored = read(source, parser, c, tables, replace, progress);
                checkCanceled(progress); // the last moment at which cancelling still changes nothing
                return stored;
            });
        } catch (UncheckedIOException e) {
            throw unreadable(source, e.getCause());
        } catch (IOException e) {
            throw unreadable(source, e);
        }
        onCommitted.run();
        // HSQLDB commits DDL at once, so identity counters are moved only after the rows are committed
        try {
            database.inTransaction(c -> {
                restartIdentities(c, TableInfo.readAll(c), counts.keySet());
                return null;
            });
        } catch (KeystoneException e) {
            throw new ExchangeException(NLS.bind(Messages.Import_countersNotMoved, source, e.getMessage()), e);
        }
        progress.done();
        return new ImportSummary(source, counts, replace && hadData[0]);
    }

    private Map<String, Long> read(Path source, JsonParser parser, Connection c, Map<String, TableInfo> tables,
            boolean replace, SubMonitor progress) throws SQLException {
        DocumentReader.Listener listener = new DocumentReader.Listener() {
            private long reported;

            @Override
            public void beforeTables() throws SQLException {
                checkCanceled(progress);
                if (replace) {
                    progress.subTask(Messages.Task_deleting);
                    deleteAll(c, tables);
                }
                progress.subTask(NLS.bind(Messages.Task_reading, source.getFileName()));
            }

            @Override
            public void tick() {
                checkCanceled(progress);
                long kb = parser.currentLocation().getByteOffset() / 1024;
                if (kb > reported) {
                    progress.worked((int) (kb - reported));
                    reported = kb;
                }
            }
        };
        try {
            Map<String, Long> stored = new DocumentReader(parser, c, tables, TableInfo.schemaVersions(c), listener)
                    .read();
            verifyImported(c);
            return stored;
        } catch (BadDocumentException e) {
            throw new ExchangeException(Messages.unchanged(NLS.bind(Messages.Import_badDocument,
                    new Object[] {source, JsonPaths.show(e.path()), e.getMessage()})), e);
        } catch (JsonProcessingException e) {
            JsonLocation where = e.getLocation() == null ? parser.currentLocation() : e.getLocation();
            throw new ExchangeException(Messages.unchanged(NLS.bind(Messages.Import_notJson, new Object[] {source,
                    where.getLineNr(), where.getColumnNr(),
                    JsonPaths.show(parser.getParsingContext().pathAsPointer().toString()), e.getOriginalMessage()})),
                    e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Encoded data (sales lines arrive as blocks) must agree with the columns beside it, or the database would fail
     * later, when it is read; the store knows what to check.
     */
    private static void verifyImported(Connection c) throws SQLException {
        try {
            Tables.verifyImported(c);
        } catch (CorruptBlockException e) {
            throw new BadDocumentException(JsonPaths.field("/tables", e.table()),
                    NLS.bind(Messages.Import_salesLines, e.reason()), e);
        }
    }

    /** Refuses a database that holds rows unless they are to be replaced; returns whether it holds any. */
    private static boolean requireEmptyUnlessReplacing(Connection c, Map<String, TableInfo> tables, boolean replace)
            throws SQLException {
        List<String> filled = new ArrayList<>();
        for (TableInfo table : tables.values()) {
            long rows = table.countRows(c);
            if (rows > 0) {
                filled.add(table.name() + " " + rows);
            }
        }
        if (!filled.isEmpty() && !replace) {
            throw new DatabaseNotEmptyException(
                    Messages.unchanged(NLS.bind(Messages.Import_notEmpty, String.join(", ", filled))));
        }
        return !filled.isEmpty();
    }

    private static void deleteAll(Connection c, Map<String, TableInfo> tables) throws SQLException {
        List<TableInfo> referencingFirst = new ArrayList<>(tables.values());
        Collections.reverse(referencingFirst);
        try (Statement st = c.createStatement()) {
            for (TableInfo table : referencingFirst) {
                st.executeUpdate("DELETE FROM " + table.sqlName());
            }
        }
    }

    /** Moves each imported table's identity counter above its largest id, so new rows do not collide. */
    private static void restartIdentities(Connection c, Map<String, TableInfo> tables, Iterable<String> imported)
            throws SQLException {
        try (Statement st = c.createStatement()) {
            for (String name : imported) {
                TableInfo table = tables.get(name);
                Optional<ColumnInfo> identity = table == null ? Optional.empty() : table.identityColumn();
                if (identity.isEmpty()) {
                    continue;
                }
                String column = TableInfo.quote(identity.get().name());
                long max;
                try (ResultSet rs = st.executeQuery("SELECT MAX(" + column + ") FROM " + table.sqlName())) {
                    rs.next();
                    max = rs.getLong(1);
                    if (rs.wasNull()) {
                        continue;
                    }
                }
                st.execute("ALTER TABLE " + table.sqlName() + " ALTER COLUMN " + column + " RESTART WITH " + (max + 1));
            }
        }
    }

    private static void checkCanceled(IProgressMonitor monitor) {
        if (monitor.isCanceled()) {
            throw new OperationCanceledException();
        }
    }

    private static ExchangeException unreadable(Path source, IOException e) {
        return new ExchangeException(Messages.unchanged(NLS.bind(Messages.Import_readFailed, source, e.getMessage())),
                e);
    }
}
