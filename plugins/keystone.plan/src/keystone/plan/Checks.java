package keystone.plan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The structural checks the plan records share in their compact constructors. Messages are for developers: what a
 * user can get wrong (negative targets, dates outside the year, blank owners) is left to {@link PlanValidation}, so
 * that the editor can show every problem next to its field instead of failing on the first.
 */
final class Checks {

    /** Money is kept to cents, as the database stores it. */
    static final int MONEY_SCALE = 2;

    /** Objective values (money, percentages, counts) are kept to four decimals, as the database stores them. */
    static final int VALUE_SCALE = 4;

    private Checks() {
    }

    static String text(String value) {
        return value == null ? "" : value;
    }

    /** A copy of {@code values} with {@code null} entries as empty texts; {@code null} is the empty list. */
    static List<String> texts(List<String> values) {
        return values == null ? List.of() : values.stream().map(Checks::text).toList();
    }

    static <T> List<T> list(List<T> values, String what) {
        if (values == null) {
            return List.of();
        }
        for (T value : values) {
            Objects.requireNonNull(value, () -> what + " must not contain null");
        }
        return List.copyOf(values);
    }

    static long notNegative(long id, String what) {
        if (id < 0) {
            throw new IllegalArgumentException(what + " must not be negative: " + id);
        }
        return id;
    }

    static LocalDate date(LocalDate date, String what) {
        return Objects.requireNonNull(date, what);
    }

    /** {@code null} (not set) or the value to cents. */
    static BigDecimal money(BigDecimal value) {
        return value == null ? null : value.setScale(MONEY_SCALE, RoundingMode.HALF_UP);
    }

    /** {@code null} (not set) or the value to four decimals. */
    static BigDecimal value(BigDecimal value) {
        return value == null ? null : value.setScale(VALUE_SCALE, RoundingMode.HALF_UP);
    }
}
