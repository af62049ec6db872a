package keystone.salesimport.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import keystone.salesimport.ImportBatch;
import keystone.store.sales.SalesLines;

/**
 * The SQL of the table IMPORT_BATCH and the period checks on the stored sales lines, on a connection the caller
 * manages.
 */
final class BatchStore {

    private static final String COLUMNS = "ID, FILE_NAME, SHA256, PERIOD_FROM, PERIOD_TO, LINE_COUNT, FIRST_LINE_ID, "
            + "LAST_LINE_ID, REPLACED_LINES, IMPORTED_AT";

    private BatchStore() {
    }

    static Optional<ImportBatch> bySha256(Connection c, String sha256) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM IMPORT_BATCH WHERE SHA256 = ?")) {
            ps.setString(1, sha256);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(batch(rs)) : Optional.empty();
            }
        }
    }

    static List<ImportBatch> all(Connection c) throws SQLException {
        List<ImportBatch> result = new ArrayList<>();
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT " + COLUMNS + " FROM IMPORT_BATCH ORDER BY ID DESC")) {
            while (rs.next()) {
                result.add(batch(rs));
            }
        }
        return result;
    }

    private static ImportBatch batch(ResultSet rs) throws SQLException {
        return new ImportBatch(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getObject(4, LocalDate.class),
                rs.getObject(5, LocalDate.class), rs.getLong(6), rs.getLong(7), rs.getLong(8), rs.getLong(9),
                rs.getObject(10, OffsetDateTime.class).toInstant());
    }

    /** Sales lines of all customers dated in {@code [from, to]}. */
    static long linesInPeriod(Connection c, LocalDate from, LocalDate to) throws SQLException {
        return SalesLines.countBetween(c, from, to);
    }

    /** Deletes the sales lines of all customers dated in {@code [from, to]}; returns how many. */
    static long deletePeriod(Connection c, LocalDate from, LocalDate to) throws SQLException {
        return SalesLines.deleteBetween(c, from, to);
    }

    /** Records a batch; returns its id. */
    static long insert(Connection c, String fileName, String sha256, LocalDate from, LocalDate to, long lines,
            long firstLineId, long lastLineId, long replacedLines, Instant at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO IMPORT_BATCH (FILE_NAME, SHA256, PERIOD_FROM, "
                + "PERIOD_TO, LINE_COUNT, FIRST_LINE_ID, LAST_LINE_ID, REPLACED_LINES, IMPORTED_AT) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", new String[] {"ID"})) {
            ps.setString(1, fileName.length() > 1000 ? fileName.substring(0, 1000) : fileName);
            ps.setString(2, sha256);
            ps.setObject(3, from);
            ps.setObject(4, to);
            ps.setLong(5, lines);
            ps.setLong(6, firstLineId);
            ps.setLong(7, lastLineId);
            ps.setLong(8, replacedLines);
            ps.setObject(9, at.atOffset(ZoneOffset.UTC));
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }
}
