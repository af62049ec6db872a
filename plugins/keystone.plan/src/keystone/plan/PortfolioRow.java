package keystone.plan;

import java.util.Objects;

/**
 * One key account in the portfolio of a year: its plan (if any) with how it is doing, and where the account sits in
 * the portfolio this year and last year.
 *
 * @param planId         the plan of the year, or {@code null} when the account has none
 * @param state          the plan's state, or {@code null} without a plan
 * @param revenue        revenue targets against actual sales up to the day, with the forecast (targets 0 without a
 *                       plan)
 * @param completeness   the plan's completeness score 0 to 100, or {@code null} without a plan
 * @param stale          the plan is {@link Staleness stale}; {@code false} without a plan
 * @param overdueActions open actions of the plan due before the day
 * @param cell           the portfolio cell of this year's plan, or {@code null} when not scored
 * @param lastYearCell   the portfolio cell of last year's plan, or {@code null} when not scored or no plan
 */
public record PortfolioRow(long accountId, String accountName, Long planId, PlanState state,
        PlanVsActual.YearFigures revenue, Integer completeness, boolean stale, int overdueActions, PortfolioCell cell,
        PortfolioCell lastYearCell) {

    public PortfolioRow {
        accountName = accountName == null ? "" : accountName;
        Objects.requireNonNull(revenue, "revenue");
    }

    public boolean hasPlan() {
        return planId != null;
    }

    /** The account sits in a different cell than last year; {@code false} unless both years are scored. */
    public boolean moved() {
        return cell != null && lastYearCell != null && cell != lastYearCell;
    }
}
