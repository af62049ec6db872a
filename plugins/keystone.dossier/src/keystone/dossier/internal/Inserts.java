package keystone.dossier.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collections;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * Inserts the rows of one table in batches: rows that have an id keep it, new rows (id 0) get one from the
 * table's identity column. Kept ids go in first so that the identity has moved past them before it hands out new
 * ones.
 */
final class Inserts {

    private static final int BATCH = 5_000;

    /** Binds one row's columns, all but ID, from parameter 1 on; {@code sortNo} is its place in the list. */
    @FunctionalInterface
    interface Binder<T> {
        void bind(PreparedStatement ps, T row, int sortNo) throws SQLException;
    }

    private Inserts() {
    }

    /**
     * Inserts {@code rows} into {@code table} and returns their ids in the order of {@code rows}.
     *
     * @param columns the columns the binder sets, in order, without ID
     */
    static <T> long[] insert(Connection c, String table, List<String> columns, List<T> rows, ToLongFunction<T> idOf,
            Binder<T> binder) throws SQLException {
        long[] ids = new long[rows.size()];
        String names = String.join(", ", columns);
        String marks = String.join(", ", Collections.nCopies(columns.size(), "?"));
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + table + " (" + names + ", ID) VALUES (" + marks
                + ", ?)")) {
            int pending = 0;
            for (int i = 0; i < rows.size(); i++) {
                long id = idOf.applyAsLong(rows.get(i));
                if (id != 0) {
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

    private static void execute(PreparedStatement ps, int[] waiting, int count, long[] ids) throws SQLException {
        ps.executeBatch();
        try (ResultSet keys = ps.getGeneratedKeys()) {
            for (int k = 0; k < count; k++) {
                if (!keys.next()) {
                    throw new SQLException("The database returned fewer generated ids than rows inserted.");
                }
                ids[waiting[k]] = keys.getLong(1);
            }
        }
    }
}
