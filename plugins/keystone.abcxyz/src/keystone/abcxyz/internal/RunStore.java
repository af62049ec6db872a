package keystone.abcxyz.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import keystone.abcxyz.AbcClass;
import keystone.abcxyz.Classification;
import keystone.abcxyz.CustomerResult;
import keystone.abcxyz.Measure;
import keystone.abcxyz.RunInfo;
import keystone.abcxyz.Settings;
import keystone.abcxyz.XyzClass;
import keystone.store.Database;

/**
 * Stores classifications as runs in the tables ABC_RUN and ABC_RESULT (migration sql/V001__analysis_runs.sql)
 * and reads them back.
 */
final class RunStore {

    private static final int BATCH = 5_000;

    private static final String RUN_COLUMNS = "ID, COMPUTED_AT, FROM_MONTH, TO_MONTH, MEASURE, A_CUT, B_CUT, X_CUT, "
            + "Y_CUT, RECENT_MONTHS, TOTAL_VALUE, CUSTOMERS";

    private final Database database;

    RunStore(Database database) {
        this.database = database;
    }

    RunInfo save(Classification classification) {
        Settings s = classification.settings();
        long id = database.inTransaction(c -> {
            long runId;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO ABC_RUN (COMPUTED_AT, FROM_MONTH, TO_MONTH, "
                    + "MEASURE, A_CUT, B_CUT, X_CUT, Y_CUT, RECENT_MONTHS, TOTAL_VALUE, CUSTOMERS) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                ps.setObject(1, OffsetDateTime.ofInstant(classification.computedAt(), ZoneOffset.UTC));
                ps.setObject(2, s.from().atDay(1));
                ps.setObject(3, s.to().atDay(1));
                ps.setString(4, s.measure().name());
                ps.setDouble(5, s.aCut());
                ps.setDouble(6, s.bCut());
                ps.setDouble(7, s.xCut());
                ps.setDouble(8, s.yCut());
                ps.setInt(9, s.recentMonths());
                ps.setDouble(10, classification.totalValue());
                ps.setInt(11, classification.results().size());
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    runId = keys.getLong(1);
                }
            }
            insertResults(c, runId, classification.results());
            return runId;
        });
        return new RunInfo(id, classification.computedAt(), s, classification.results().size());
    }

    private static void insertResults(Connection c, long runId, List<CustomerResult> results) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO ABC_RESULT (RUN_ID, RANK_NO, CUSTOMER_ID, "
                + "TOTAL_VALUE, SHARE_BEFORE, CUMULATIVE_SHARE, ABC_CLASS, CV, XYZ_CLASS, IS_NEW, IS_LAPSED, "
                + "IS_KEY_ACCOUNT) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int pending = 0;
            for (CustomerResult r : results) {
                ps.setLong(1, runId);
                ps.setInt(2, r.rank());
                ps.setString(3, r.customerId());
                ps.setDouble(4, r.value());
                ps.setDouble(5, r.shareBefore());
                ps.setDouble(6, r.cumulativeShare());
                ps.setString(7, r.abc().name());
                if (Double.isFinite(r.cv())) {
                    ps.setDouble(8, r.cv());
                } else {
                    ps.setNull(8, Types.DOUBLE); // undefined: the customer's mean was not positive
                }
                ps.setString(9, r.xyz().name());
                ps.setBoolean(10, r.newCustomer());
                ps.setBoolean(11, r.lapsed());
                ps.setBoolean(12, r.keyAccount());
                ps.addBatch();
                if (++pending == BATCH) {
                    ps.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                ps.executeBatch(); // HSQLDB refuses an empty batch
            }
        }
    }

    List<RunInfo> runs() {
        return database.read(c -> {
            List<RunInfo> runs = new ArrayList<>();
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT " + RUN_COLUMNS
                    + " FROM ABC_RUN ORDER BY COMPUTED_AT DESC, ID DESC")) {
                while (rs.next()) {
                    runs.add(runInfo(rs));
                }
            }
            return runs;
        });
    }

    Optional<Classification> load(long runId) {
        return database.read(c -> {
            RunInfo run;
            double total;
            try (PreparedStatement ps = c.prepareStatement("SELECT " + RUN_COLUMNS + " FROM ABC_RUN WHERE ID = ?")) {
                ps.setLong(1, runId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    run = runInfo(rs);
                    total = rs.getDouble(11);
                }
            }
            List<CustomerResult> results = new ArrayList<>(run.customers());
            try (PreparedStatement ps = c.prepareStatement("SELECT r.CUSTOMER_ID, cu.NAME, r.RANK_NO, r.TOTAL_VALUE, "
                    + "r.SHARE_BEFORE, r.CUMULATIVE_SHARE, r.ABC_CLASS, r.CV, r.XYZ_CLASS, r.IS_NEW, r.IS_LAPSED, "
                    + "r.IS_KEY_ACCOUNT FROM ABC_RESULT r LEFT JOIN CUSTOMER cu ON cu.ID = r.CUSTOMER_ID "
                    + "WHERE r.RUN_ID = ? ORDER BY r.RANK_NO")) {
                ps.setLong(1, runId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        double cv = rs.getDouble(8);
                        if (rs.wasNull()) {
                            cv = Double.NaN;
                        }
                        results.add(new CustomerResult(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getDouble(4),
                                rs.getDouble(5), rs.getDouble(6), AbcClass.valueOf(rs.getString(7).strip()), cv,
                                XyzClass.valueOf(rs.getString(9).strip()), rs.getBoolean(10), rs.getBoolean(11),
                                rs.getBoolean(12)));
                    }
                }
            }
            return Optional.of(new Classification(run.settings(), run.computedAt(), total, results));
        });
    }

    boolean delete(long runId) {
        return database.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM ABC_RUN WHERE ID = ?")) {
                ps.setLong(1, runId);
                return ps.executeUpdate() > 0; // ON DELETE CASCADE takes the results along
            }
        });
    }

    private static RunInfo runInfo(ResultSet rs) throws SQLException {
        Settings settings = new Settings(YearMonth.from(rs.getObject(3, LocalDate.class)),
                YearMonth.from(rs.getObject(4, LocalDate.class)), Measure.valueOf(rs.getString(5)), rs.getDouble(6),
                rs.getDouble(7), rs.getDouble(8), rs.getDouble(9), rs.getInt(10));
        return new RunInfo(rs.getLong(1), rs.getObject(2, OffsetDateTime.class).toInstant(), settings, rs.getInt(12));
    }
}
