package keystone.exchange.internal;

import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;

import keystone.store.internal.SqlErrors;

/**
 * Inserts the rows of one table of the document in batches, and names the row a failure of the database (a
 * constraint violation, say) belongs to.
 */
final class TableInserter implements AutoCloseable {

    private static final int BATCH = 1_000;

    private final TableInfo table;
    private final List<ColumnInfo> columns;
    private final String rowsPath;
    private final PreparedStatement insert;
    /** Index in the document of the first row of the pending batch. */
    private long batchStart;
    private int pending;

    /**
     * @param columns  the document's columns, in its order
     * @param rowsPath the JSON pointer of the table's "rows" array, for messages
     */
    TableInserter(Connection c, TableInfo table, List<ColumnInfo> columns, String rowsPath) throws SQLException {
        this.table = table;
        this.columns = List.copyOf(columns);
        this.rowsPath = rowsPath;
        boolean overriding = columns.stream().anyMatch(ColumnInfo::identityAlways);
        String names = columns.stream().map(col -> TableInfo.quote(col.name())).collect(Collectors.joining(", "));
        String marks = columns.stream().map(col -> "?").collect(Collectors.joining(", "));
        this.insert = c.prepareStatement("INSERT INTO " + table.sqlName() + " (" + names + ")"
                + (overriding ? " OVERRIDING SYSTEM VALUE" : "") + " VALUES (" + marks + ")");
    }

    /** Adds the row with index {@code rowIndex} in the document; rows come in document order. */
    void add(long rowIndex, Object[] values) throws SQLException {
        if (pending == 0) {
            batchStart = rowIndex;
        }
        for (int i = 0; i < values.length; i++) {
            ValueKind.bind(insert, i + 1, values[i], columns.get(i));
        }
        insert.addBatch();
        if (++pending == BATCH) {
            flush();
        }
    }

    /** Inserts what is pending. */
    void flush() throws SQLException {
        if (pending == 0) {
            return;
        }
        try {
            insert.executeBatch();
        } catch (BatchUpdateException e) {
            // HSQLDB stops at the first failing row and reports the counts of the rows before it
            int[] counts = e.getUpdateCounts();
            long failed = batchStart + (counts == null ? 0 : counts.length);
            throw rejected(failed, e);
        } catch (SQLException e) {
            throw rejected(batchStart, e);
        } finally {
            pending = 0;
        }
    }

    private BadDocumentException rejected(long rowIndex, SQLException e) {
        return new BadDocumentException(JsonPaths.index(rowsPath, rowIndex), NLS.bind(Messages.Import_rowRefused,
                new Object[] {rowIndex, table.name(), SqlErrors.translate(e).getMessage()}), e);
    }

    @Override
    public void close() throws SQLException {
        insert.close();
    }
}
