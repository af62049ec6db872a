package keystone.plan.internal;

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

    static void setLong(PreparedStatement ps, int index, Long value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.BIGINT);
        } else {
            ps.setLong(index, value);
        }
    }

    static LocalDate date(ResultSet rs, int index) throws SQLException {
        return rs.getObject(index, LocalDate.class);
    }

    static Long longOrNull(ResultSet rs, int index) throws SQLException {
        long value = rs.getLong(index);
        return rs.wasNull() ? null : value;
    }

    /** The zero-or-more sum of an aggregate that is NULL over no rows. */
    static BigDecimal sum(ResultSet rs, int index) throws SQLException {
        BigDecimal value = rs.getBigDecimal(index);
        return value == null ? BigDecimal.ZERO : value;
    }
}
