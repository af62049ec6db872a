package keystone.dossier;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * What the churn rules need to know of an account's sales as of a day: its last purchase and its revenue over
 * the compared period and the same period a year before (windows of {@link ChurnRules}).
 *
 * @param lastPurchase      the day of the latest sale up to the day evaluated, or {@code null} when it never bought
 * @param recentRevenue     revenue over {@link ChurnRules#recentWindow}
 * @param yearBeforeRevenue revenue over {@link ChurnRules#yearBeforeWindow}
 */
public record SalesFacts(LocalDate lastPurchase, BigDecimal recentRevenue, BigDecimal yearBeforeRevenue) {

    public SalesFacts {
        Objects.requireNonNull(recentRevenue, "recentRevenue");
        Objects.requireNonNull(yearBeforeRevenue, "yearBeforeRevenue");
    }

    /** An account without any sales. */
    public static SalesFacts none() {
        return new SalesFacts(null, BigDecimal.ZERO, BigDecimal.ZERO);
    }

    /**
     * The facts of a revenue series by day (a day with a sale of 0 still counts as a purchase) as of {@code today},
     * comparing periods of {@code comparisonMonths} months; sales after {@code today} are left out.
     */
    public static SalesFacts of(Map<LocalDate, BigDecimal> revenueByDay, LocalDate today, int comparisonMonths) {
        DateWindow recent = ChurnRules.recentWindow(today, comparisonMonths);
        DateWindow yearBefore = ChurnRules.yearBeforeWindow(today, comparisonMonths);
        LocalDate last = null;
        BigDecimal recentSum = BigDecimal.ZERO;
        BigDecimal yearBeforeSum = BigDecimal.ZERO;
        for (Map.Entry<LocalDate, BigDecimal> e : revenueByDay.entrySet()) {
            LocalDate day = e.getKey();
            if (day.isAfter(today)) {
                continue;
            }
            if (last == null || day.isAfter(last)) {
                last = day;
            }
            if (recent.contains(day)) {
                recentSum = recentSum.add(e.getValue());
            } else if (yearBefore.contains(day)) {
                yearBeforeSum = yearBeforeSum.add(e.getValue());
            }
        }
        return new SalesFacts(last, recentSum, yearBeforeSum);
    }
}
