package keystone.dossier.ui.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Parses what the user types into the dossier pages' fields. Empty optionals mean "not valid"; the page shows why
 * in its message area and keeps the last valid value.
 */
final class Inputs {

    private Inputs() {
    }

    /** An ISO date (2026-03-31). */
    static Optional<LocalDate> date(String text) {
        try {
            return Optional.of(LocalDate.parse(text.strip()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /**
     * A money amount not below zero, with point or comma as the decimal separator and spaces as thousands
     * separators; blank is "unknown" ({@code Optional.of(null)} is impossible, so blank gives {@code UNKNOWN}).
     */
    static Optional<BigDecimal> money(String text) {
        String t = text.strip().replace(" ", "").replace("\u00a0", "").replace(',', '.');
        if (t.isEmpty()) {
            return Optional.of(UNKNOWN);
        }
        try {
            BigDecimal value = new BigDecimal(t);
            return value.signum() < 0 ? Optional.empty() : Optional.of(value);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Stands for a blank amount; see {@link #orNull}. */
    static final BigDecimal UNKNOWN = new BigDecimal("-1");

    static BigDecimal orNull(BigDecimal value) {
        return value == UNKNOWN ? null : value;
    }

    static String show(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }

    static String show(LocalDate date) {
        return date == null ? "" : date.toString();
    }
}
