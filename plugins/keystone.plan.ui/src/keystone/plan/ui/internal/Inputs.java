package keystone.plan.ui.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.eclipse.osgi.util.NLS;

/**
 * Parses what the user types into the plan editor's fields. A text that is not valid throws {@link Invalid} with a
 * message for the form; the field keeps showing it and the plan keeps its last valid value. Range rules (not
 * negative, inside the plan year) are left to {@link keystone.plan.PlanValidation}, which reports them against the
 * value in the plan.
 */
final class Inputs {

    /** The text typed is not a value of the field's kind; the message says what was expected. */
    static final class Invalid extends Exception {
        private static final long serialVersionUID = 1L;

        Invalid(String message) {
            super(message, null, false, false);
        }
    }

    /** Reads a field's text into a new version of the value it edits. */
    @FunctionalInterface
    interface Parser<T> {
        T parse(T value, String text) throws Invalid;
    }

    private Inputs() {
    }

    /**
     * A number with point or comma as the decimal separator and blanks as thousands separators; blank is
     * {@code null} (not set).
     */
    static BigDecimal number(String text) throws Invalid {
        String t = text.strip().replace(" ", "").replace("\u00a0", "").replace("\u202f", "").replace(',', '.');
        if (t.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(t);
        } catch (NumberFormatException e) {
            throw new Invalid(NLS.bind(Messages.Input_notNumber, text.strip()));
        }
    }

    /** A whole number from 0 to 100 (a probability). */
    static int percent(String text) throws Invalid {
        try {
            int value = Integer.parseInt(text.strip().replace("%", "").strip());
            if (value >= 0 && value <= 100) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new Invalid(NLS.bind(Messages.Input_notPercent, text.strip()));
    }

    /** An ISO date (2026-03-31). */
    static LocalDate date(String text) throws Invalid {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new Invalid(NLS.bind(Messages.Input_notDate, text.strip()));
        }
    }

    /** A value as the user types it: plain digits, no grouping, no trailing zeros; blank for {@code null}. */
    static String show(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }
}
