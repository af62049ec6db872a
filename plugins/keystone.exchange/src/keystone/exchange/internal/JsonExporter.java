package keystone.exchange.internal;

import java.io.BufferedOutputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import keystone.exchange.ExchangeException;
import keystone.exchange.ExportSummary;
import keystone.exchange.JsonExchange;
import keystone.store.Database;

/**
 * Streams the whole database into a JSON document, from one consistent snapshot, through a temporary file that
 * replaces the target only when complete.
 */
final class JsonExporter {

    /** Rows read per query: HSQLDB builds a whole result in memory, so large tables are read in pages. */
    static final int PAGE_SIZE = 10_000;
    /** Rows between checks for cancellation and progress reports. */
    static final int TICK = 1_000;

    private final Database database;
    private final JsonFactory factory;

    JsonExporter(Database database, JsonFactory factory) {
        this.database = database;
        this.factory = factory;
    }

    ExportSummary export(Path file, IProgressMonitor monitor) {
        Path target = file.toAbsolutePath().normalize();
        SubMonitor progress = SubMonitor.convert(monitor, NLS.bind(Messages.Task_exporting, target.getFileName()), 100);
        Path temp = null;
        try {
            Files.createDirectories(target.getParent());
            temp = Files.createTempFile(target.getParent(), "." + target.getFileName() + ".", ".part");
            Map<String, Long> counts;
            try (FileOutputStream out = new FileOutputStream(temp.toFile());
                    BufferedOutputStream buffered = new BufferedOutputStream(out, 1 << 16);
                    JsonGenerator g = Json.prepare(factory.createGenerator(buffered, JsonEncoding.UTF8))) {
                counts = database.read(c -> writeDocument(c, g, progress.split(99)));
                g.flush();
                buffered.flush();
                out.getChannel().force(true); // on disk before the rename makes it the file
            }
            moveIntoPlace(temp, target);
            temp = null;
            progress.done();
            return new ExportSummary(target, counts);
        } catch (UncheckedIOException e) {
            throw cannotWrite(target, e.getCause());
        } catch (IOException e) {
            throw cannotWrite(target, e);
        } finally {
            if (temp != null) {
                deleteQuietly(temp);
            }
        }
    }

    private static ExchangeException cannotWrite(Path target, IOException e) {
        return new ExchangeException(NLS.bind(Messages.Export_cannotWrite, target, e.getMessage()), e);
    }

    private static void moveIntoPlace(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path temp) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            // a leftover hidden .part file harms nothing
        }
    }

    private Map<String, Long> writeDocument(Connection c, JsonGenerator g, SubMonitor monitor) throws SQLException {
        // one snapshot for all tables: MVCC serializable transactions read as of their start
        c.setAutoCommit(false);
        c.setTransactionIsolation(Connection.TRANSACTION_SERIALIZABLE);
        try {
            Map<String, TableInfo> tables = TableInfo.readAll(c);
            Map<String, Long> sizes = new LinkedHashMap<>();
            for (TableInfo t : tables.values()) {
                sizes.put(t.name(), t.countRows(c));
            }
            long total = sizes.values().stream().mapToLong(Long::longValue).sum();
            monitor.setWorkRemaining((int) Math.min(Integer.MAX_VALUE, total / TICK + tables.size()));
            g.writeStartObject();
            g.writeStringField("format", JsonExchange.FORMAT);
            g.writeNumberField("formatVersion", JsonExchange.FORMAT_VERSION);
            g.writeStringField("exportedAt", Instant.now().truncatedTo(ChronoUnit.MILLIS).toString());
            g.writeObjectFieldStart("schemaVersions");
            for (Map.Entry<String, Integer> e : TableInfo.schemaVersions(c).entrySet()) {
                g.writeNumberField(e.getKey(), e.getValue());
            }
            g.writeEndObject();
            g.writeObjectFieldStart("tables");
            Map<String, Long> counts = new LinkedHashMap<>();
            for (TableInfo table : tables.values()) {
                monitor.subTask(NLS.bind(Messages.Task_tableRows, table.name(), sizes.get(table.name())));
                if (monitor.isCanceled()) { // between tables too: a table of few, large rows would not tick
                    throw new OperationCanceledException();
                }
                counts.put(table.name(), writeTable(c, table, g, monitor));
                monitor.worked(1);
            }
            g.writeEndObject();
            g.writeEndObject();
            return counts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            c.rollback(); // nothing to undo; ends the snapshot
        }
    }

    private static long writeTable(Connection c, TableInfo table, JsonGenerator g, SubMonitor monitor)
            throws SQLException, IOException {
        g.writeObjectFieldStart(table.name());
        g.writeArrayFieldStart("columns");
        for (ColumnInfo column : table.columns()) {
            g.writeString(column.name());
        }
        g.writeEndArray();
        g.writeArrayFieldStart("rows");
        long rows = table.primaryKey().isEmpty() ? writeAllRows(c, table, g, monitor)
                : writeRowsByKey(c, table, g, monitor);
        g.writeEndArray();
        g.writeEndObject();
        return rows;
    }

    /** Pages through the table in key order, each page starting after the last key of the one before. */
    private static long writeRowsByKey(Connection c, TableInfo table, JsonGenerator g, SubMonitor monitor)
            throws SQLException, IOException {
        List<String> key = table.primaryKey();
        int[] keyIndexes = key.stream().mapToInt(k -> table.indexOf(k) + 1).toArray();
        String select = "SELECT " + columnList(table) + " FROM " + table.sqlName();
        String order = " ORDER BY " + key.stream().map(TableInfo::quote).collect(Collectors.joining(", "))
                + " FETCH FIRST " + PAGE_SIZE + " ROWS ONLY";
        String first = select + order;
        String next = select + " WHERE " + after(key) + order;
        long rows = 0;
        Object[] last = null;
        while (true) {
            try (PreparedStatement ps = c.prepareStatement(last == null ? first : next)) {
                if (last != null) {
                    bindAfter(ps, last);
                }
                int inPage = 0;
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        writeRow(table, rs, g);
                        inPage++;
                        if (++rows % TICK == 0) {
                            tick(monitor);
                        }
                        if (inPage == PAGE_SIZE) {
                            last = new Object[keyIndexes.length];
                            for (int i = 0; i < keyIndexes.length; i++) {
                                last[i] = rs.getObject(keyIndexes[i]);
                            }
                        }
                    }
                }
                if (inPage < PAGE_SIZE) {
                    return rows;
                }
            }
        }
    }

    /** "(K1 > ?) OR (K1 = ? AND K2 > ?) OR ...": rows after a key, in key order, for any number of key columns. */
    private static String after(List<String> key) {
        List<String> terms = new ArrayList<>();
        for (int i = 0; i < key.size(); i++) {
            StringBuilder term = new StringBuilder("(");
            for (int j = 0; j < i; j++) {
                term.append(TableInfo.quote(key.get(j))).append(" = ? AND ");
            }
            terms.add(term.append(TableInfo.quote(key.get(i))).append(" > ?)").toString());
        }
        return "(" + String.join(" OR ", terms) + ")";
    }

    private static void bindAfter(PreparedStatement ps, Object[] last) throws SQLException {
        int index = 1;
        for (int i = 0; i < last.length; i++) {
            for (int j = 0; j <= i; j++) {
                ps.setObject(index++, last[j]);
            }
        }
    }

    /** A table without a primary key has no order to page by; it is read in one query, ordered by its values. */
    private static long writeAllRows(Connection c, TableInfo table, JsonGenerator g, SubMonitor monitor)
            throws SQLException, IOException {
        String order = table.columns().stream()
                .filter(col -> col.kind() != ValueKind.BINARY && !col.typeName().contains("LOB"))
                .map(col -> TableInfo.quote(col.name())).collect(Collectors.joining(", "));
        String sql = "SELECT " + columnList(table) + " FROM " + table.sqlName()
                + (order.isEmpty() ? "" : " ORDER BY " + order);
        long rows = 0;
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                writeRow(table, rs, g);
                if (++rows % TICK == 0) {
                    tick(monitor);
                }
            }
        }
        return rows;
    }

    private static void writeRow(TableInfo table, ResultSet rs, JsonGenerator g) throws SQLException, IOException {
        g.writeStartArray();
        List<ColumnInfo> columns = table.columns();
        for (int i = 0; i < columns.size(); i++) {
            columns.get(i).kind().write(g, rs, i + 1);
        }
        g.writeEndArray();
    }

    private static void tick(SubMonitor monitor) {
        if (monitor.isCanceled()) {
            throw new OperationCanceledException();
        }
        monitor.worked(1);
    }

    static String columnList(TableInfo table) {
        return table.columns().stream().map(col -> TableInfo.quote(col.name())).collect(Collectors.joining(", "));
    }
}
