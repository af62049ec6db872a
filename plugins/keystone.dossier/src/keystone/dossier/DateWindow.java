package keystone.dossier;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A period of days that starts after {@code after} and ends with {@code upTo}, inclusive: (after, upTo]. Windows
 * of whole months back from a day are built this way so that consecutive windows neither overlap nor leave a gap.
 */
public record DateWindow(LocalDate after, LocalDate upTo) {

    public DateWindow {
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(upTo, "upTo");
        if (upTo.isBefore(after)) {
            throw new IllegalArgumentException("A window cannot end (" + upTo + ") before it starts (" + after + ").");
        }
    }

    /** The {@code months} months up to and including {@code upTo}: (upTo - months, upTo]. */
    public static DateWindow monthsUpTo(LocalDate upTo, int months) {
        if (months < 0) {
            throw new IllegalArgumentException("A window cannot be " + months + " months long.");
        }
        return new DateWindow(upTo.minusMonths(months), upTo);
    }

    /** The first day inside the window. */
    public LocalDate firstDay() {
        return after.plusDays(1);
    }

    public boolean contains(LocalDate day) {
        return day.isAfter(after) && !day.isAfter(upTo);
    }
}
