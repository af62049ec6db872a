package keystone.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collections;
import java.util.List;
import java.util.function.ToLongFunction;

import keystone.store.internal.Messages;

/**
 * Batch inserts for the bundles that own tables. {@link #insert} fills a table with an identity column: rows with a
 * stored id (positive) keep it, the others (new, id 0 or a negative temporary id) get one from the identity. Kept ids
 * go in first so that the identity has moved past them before it hands out new ones.
 */
public final class BatchInserts {

    private static final int BATCH = 5_000;

    /** Binds one row's columns, all but ID, from parameter 1 on; {@code sortNo} is its place in the list. */
    @FunctionalInterface
    public interface Binder<T> {
        void bind(PreparedStatement ps, T row, int sortNo) throws SQLException;
    }

    private BatchInserts() {
    }

    /**
     * Inserts {@code rows} into {@code table} and returns their ids in the order of {@code rows}.
     *
     * @param columns the columns the binder sets, in order, without ID
     */
    public static <T> long[] insert(Connection c, String table, List<String> columns, List<T> rows, ToLongFunction<T> idOf,
            Binder<T> binder) throws SQLException {
        long[] ids = new long[rows.size()];
        String names = String.join(", ", columns);
        String marks = String.join(", ", Collections.nCopies(columns.size(), "?"));
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + table + " (" + names + ", ID) VALUES (" + marks
                + ", ?)")) {
            int pending = 0;
            for (int i = 0; i < rows.size(); i++) {
                long id = idOf.applyAsLong(rows.get(i));
                if (id > 0) {
                    binder.bind(ps, rows.get(i), i);
                    ps.setLong(columns.size() + 1, id);
                    ps.addBatch();
                    ids[i] = id;
                    if (++pending == BATCH) {
                        ps.executeBatch();
                        pending = 0;
                    }
                }
            }
            if (pending > 0) {
                ps.executeBatch(); // HSQLDB refuses an empty batch
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + table + " (" + names + ") VALUES (" + marks
                + ")", Statement.RETURN_GENERATED_KEYS)) {
            int[] waiting = new int[Math.min(BATCH, rows.size())];
            int pending = 0;
            for (int i = 0; i < rows.size(); i++) {
                if (ids[i] == 0) {
                    binder.bind(ps, rows.get(i), i);
                    ps.addBatch();
                    waiting[pending++] = i;
                    if (pending == BATCH) {
                        execute(ps, waiting, pending, ids);
                        pending = 0;
                    }
                }
            }
            if (pending > 0) {
                execute(ps, waiting, pending, ids);
            }
        }
        return ids;
    }

    /** Inserts rows of a table without identity (the lines), in batches. */
    public static <T> void insertPlain(Connection c, String table, List<String> columns, List<T> rows, Binder<T> binder)
            throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        String marks = String.join(", ", Collections.nCopies(columns.size(), "?"));
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + table + " (" + String.join(", ", columns)
                + ") VALUES (" + marks + ")")) {
            int pending = 0;
            for (int i = 0; i < rows.size(); i++) {
                binder.bind(ps, rows.get(i), i);
                ps.addBatch();
                if (++pending == BATCH) {
                    ps.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                ps.executeBatch();
            }
        }
    }

    private static void execute(PreparedStatement ps, int[] waiting, int count, long[] ids) throws SQLException {
        ps.executeBatch();
        try (ResultSet keys = ps.getGeneratedKeys()) {
            for (int k = 0; k < count; k++) {
                if (!keys.next()) {
                    throw new SQLException(Messages.Insert_fewerGeneratedIds);
                }
                ids[waiting[k]] = keys.getLong(1);
            }
        }
    }
}
