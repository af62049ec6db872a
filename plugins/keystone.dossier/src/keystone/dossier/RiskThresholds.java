package keystone.dossier;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The thresholds of the churn rules (see {@link ChurnRules}); a user preference.
 *
 * @param monthsWithoutPurchase months without a purchase that make a signal (3)
 * @param comparisonMonths      length of the period whose revenue is compared with the same period a year
 *                              before (3; 6 is the other usual choice)
 * @param dropPercent           the revenue drop in percent that has to be exceeded (20)
 * @param lostTenderMonths      how far back a lost tender counts (12)
 * @param complaintOpenDays     the days a complaint may stay open (30)
 */
public record RiskThresholds(int monthsWithoutPurchase, int comparisonMonths, BigDecimal dropPercent,
        int lostTenderMonths, int complaintOpenDays) {

    public static final RiskThresholds DEFAULTS = new RiskThresholds(3, 3, BigDecimal.valueOf(20), 12, 30);

    public RiskThresholds {
        Objects.requireNonNull(dropPercent, "dropPercent");
        if (monthsWithoutPurchase < 1) {
            throw new IllegalArgumentException("Months without purchase must be at least 1: " + monthsWithoutPurchase);
        }
        if (comparisonMonths < 1 || comparisonMonths > 12) {
            throw new IllegalArgumentException("The comparison period must be 1 to 12 months: " + comparisonMonths);
        }
        if (dropPercent.signum() < 0 || dropPercent.compareTo(BigDecimal.valueOf(100)) >= 0) {
            throw new IllegalArgumentException("The revenue drop must be at least 0 and below 100 percent: "
                    + dropPercent.toPlainString());
        }
        if (lostTenderMonths < 1) {
            throw new IllegalArgumentException("The lost-tender period must be at least 1 month: " + lostTenderMonths);
        }
        if (complaintOpenDays < 0) {
            throw new IllegalArgumentException("Complaint days must not be negative: " + complaintOpenDays);
        }
    }

    public RiskThresholds withMonthsWithoutPurchase(int value) {
        return new RiskThresholds(value, comparisonMonths, dropPercent, lostTenderMonths, complaintOpenDays);
    }

    public RiskThresholds withComparisonMonths(int value) {
        return new RiskThresholds(monthsWithoutPurchase, value, dropPercent, lostTenderMonths, complaintOpenDays);
    }

    public RiskThresholds withDropPercent(BigDecimal value) {
        return new RiskThresholds(monthsWithoutPurchase, comparisonMonths, value, lostTenderMonths, complaintOpenDays);
    }

    public RiskThresholds withLostTenderMonths(int value) {
        return new RiskThresholds(monthsWithoutPurchase, comparisonMonths, dropPercent, value, complaintOpenDays);
    }

    public RiskThresholds withComplaintOpenDays(int value) {
        return new RiskThresholds(monthsWithoutPurchase, comparisonMonths, dropPercent, lostTenderMonths, value);
    }
}
