package keystone.dossier;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The checks the dossier records share in their compact constructors; messages are for developers, the editor
 * validates user input before it builds a record.
 */
final class Checks {

    /** Money and percentages are kept to two decimals, as the database stores them. */
    static final int SCALE = 2;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Checks() {
    }

    static String text(String value) {
        return value == null ? "" : value;
    }

    static long id(long id, String what) {
        if (id < 0) {
            throw new IllegalArgumentException(what + " must not be negative: " + id);
        }
        return id;
    }

    static LocalDate date(LocalDate date, String what) {
        return Objects.requireNonNull(date, what);
    }

    /** A money value: {@code null} (unknown) or not negative, to cents. */
    static BigDecimal money(BigDecimal value, String what) {
        if (value == null) {
            return null;
        }
        if (value.signum() < 0) {
            throw new IllegalArgumentException(what + " must not be negative: " + value.toPlainString());
        }
        return value.setScale(SCALE, RoundingMode.HALF_UP);
    }

    /** A percentage: {@code null} (unknown) or between 0 and 100, to two decimals. */
    static BigDecimal percent(BigDecimal value, String what) {
        if (value == null) {
            return null;
        }
        if (value.signum() < 0 || value.compareTo(HUNDRED) > 0) {
            throw new IllegalArgumentException(what + " must lie between 0 and 100: " + value.toPlainString());
        }
        return value.setScale(SCALE, RoundingMode.HALF_UP);
    }
}
