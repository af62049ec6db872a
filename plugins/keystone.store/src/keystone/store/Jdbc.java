package keystone.store;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;

/**
 * Small JDBC helpers for nullable values, so that the stores of every data-owning bundle read as a list of
 * columns.
 */
public final class Jdbc {

    private Jdbc() {
    }

    public static void setDecimal(PreparedStatement ps, int index, BigDecimal value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.DECIMAL);
        } else {
            ps.setBigDecimal(index, value);
        }
    }

    public static void setDate(PreparedStatement ps, int index, LocalDate value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.DATE);
        } else {
            ps.setObject(index, value);
        }
    }

    /** A text column that may be NULL (e.g. for rows of other kinds). */
    public static void setText(PreparedStatement ps, int index, String value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.VARCHAR);
        } else {
            ps.setString(index, value);
        }
    }

    public static void setLong(PreparedStatement ps, int index, Long value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.BIGINT);
        } else {
            ps.setLong(index, value);
        }
    }

    public static LocalDate date(ResultSet rs, int index) throws SQLException {
        return rs.getObject(index, LocalDate.class);
    }

    public static Long longOrNull(ResultSet rs, int index) throws SQLException {
        long value = rs.getLong(index);
        return rs.wasNull() ? null : value;
    }

    /**
     * Locks the row of account {@code accountId} until the transaction ends, so that writers of the account's data
     * (dossier, decision map, plans) take turns, and tells whether the account exists.
     */
    public static boolean lockAccount(Connection c, long accountId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE ACCOUNT SET NAME = NAME WHERE ID = ?")) {
            ps.setLong(1, accountId);
            return ps.executeUpdate() == 1;
        }
    }

    /** A LIKE pattern finding {@code text} anywhere, with the wildcards in it escaped by {@code \}. */
    public static String containsPattern(String text) {
        StringBuilder pattern = new StringBuilder("%");
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '%' || ch == '_' || ch == '\\') {
                pattern.append('\\');
            }
            pattern.append(ch);
        }
        return pattern.append('%').toString();
    }
}
