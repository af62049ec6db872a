package keystone.dossier;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The headline figures of an account from imported sales, as of a day: revenue of the last 12 months
 * (today - 12 months, today] and of the 12 before (today - 24 months, today - 12 months], and our total revenue
 * from all customers over the last 12 months.
 *
 * @param lastTwelveMonths     the account's revenue over the last 12 months
 * @param previousTwelveMonths the account's revenue over the 12 months before those
 * @param allCustomersLastTwelveMonths the revenue from all customers over the last 12 months
 * @param lastOrderDate        the account's latest sale up to the day, or {@code null} when it never bought
 */
public record Headline(LocalDate asOf, BigDecimal lastTwelveMonths, BigDecimal previousTwelveMonths,
        BigDecimal allCustomersLastTwelveMonths, LocalDate lastOrderDate) {

    public Headline {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(lastTwelveMonths, "lastTwelveMonths");
        Objects.requireNonNull(previousTwelveMonths, "previousTwelveMonths");
        Objects.requireNonNull(allCustomersLastTwelveMonths, "allCustomersLastTwelveMonths");
    }

    /** The window of the last 12 months: (asOf - 12 months, asOf]. */
    public DateWindow lastTwelveMonthsWindow() {
        return DateWindow.monthsUpTo(asOf, 12);
    }

    /** The window of the 12 months before: (asOf - 24 months, asOf - 12 months]. */
    public DateWindow previousTwelveMonthsWindow() {
        return DateWindow.monthsUpTo(asOf.minusMonths(12), 12);
    }

    /** Last 12 months / previous 12 months (1.25 = up a quarter); empty when the previous 12 months had none. */
    public Optional<BigDecimal> trend() {
        return previousTwelveMonths.signum() == 0 ? Optional.empty()
                : Optional.of(lastTwelveMonths.divide(previousTwelveMonths, MathContext.DECIMAL64));
    }

    /** The account's share of our total revenue over the last 12 months, between 0 and 1; empty when that is 0. */
    public Optional<BigDecimal> shareOfTotal() {
        return allCustomersLastTwelveMonths.signum() == 0 ? Optional.empty()
                : Optional.of(lastTwelveMonths.divide(allCustomersLastTwelveMonths, MathContext.DECIMAL64));
    }

    public Optional<LocalDate> lastOrder() {
        return Optional.ofNullable(lastOrderDate);
    }
}
