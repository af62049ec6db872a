package keystone.dossier.internal;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;

/**
 * Small JDBC helpers for nullable values, so that the stores read as a list of columns.
 */
final class Sql {

    private Sql() {
    }

    static void setDecimal(PreparedStatement ps, int index, BigDecimal value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.DECIMAL);
        } else {
            ps.setBigDecimal(index, value);
        }
    }

    static void setDate(PreparedStatement ps, int index, LocalDate value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.DATE);
        } else {
            ps.setObject(index, value);
        }
    }

    /** A text column that is NULL for rows of other kinds. */
    static void setText(PreparedStatement ps, int index, String value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.VARCHAR);
        } else {
            ps.setString(index, value);
        }
    }

    static LocalDate date(ResultSet rs, int index) throws SQLException {
        return rs.getObject(index, LocalDate.class);
    }

    /** The zero-or-more sum of an aggregate that is NULL over no rows. */
    static BigDecimal sum(ResultSet rs, int index) throws SQLException {
        BigDecimal value = rs.getBigDecimal(index);
        return value == null ? BigDecimal.ZERO : value;
    }

    /** A LIKE pattern finding {@code text} anywhere, with the wildcards in it escaped by {@code \}. */
    static String containsPattern(String text) {
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
