package keystone.plan.report;

import keystone.plan.PortfolioCell;
import keystone.plan.Quarter;

/**
 * Every user-visible text of {@link PlanCharts}, so a UI can pass translations from its message bundle. The
 * defaults are English: a UI overrides what it translates ({@code new Labels() { ... }}); {@link #ENGLISH} keeps
 * them all. Patterns hold placeholders {0}, {1}... filled with formatted strings as Eclipse's {@code NLS.bind}
 * does (apostrophes are literal).
 */
public interface Labels {

    /** The English texts. */
    Labels ENGLISH = new Labels() {
    };

    /** The name of a measure: "Revenue", "Margin". */
    default String measure(PlanCharts.Measure measure) {
        return switch (measure) {
            case REVENUE -> "Revenue";
            case MARGIN -> "Margin";
        };
    }

    /** Title of the plan-vs-actual chart; {0} the measure, {1} the plan year. */
    default String planVsActualTitle() {
        return "{0}: target vs actual {1}";
    }

    /** Subtitle of the plan-vs-actual chart; {0} the day the actuals are counted to. */
    default String asOf() {
        return "Actual sales up to {0}";
    }

    default String quarter(Quarter quarter) {
        return "Q" + quarter.number();
    }

    default String quarterAxis() {
        return "Quarter";
    }

    default String amountAxis() {
        return "Amount";
    }

    default String target() {
        return "Target";
    }

    default String actual() {
        return "Actual";
    }

    default String cumulativeTarget() {
        return "Cumulative target";
    }

    default String cumulativeActual() {
        return "Cumulative actual";
    }

    /** Label of the year-end forecast marker; {0} the forecast amount. */
    default String forecast() {
        return "Year-end forecast {0}";
    }

    default String portfolioTitle() {
        return "Key-account portfolio";
    }

    /** The x axis of the portfolio. */
    default String strengthAxis() {
        return "Our relative strength";
    }

    /** The y axis of the portfolio. */
    default String attractivenessAxis() {
        return "Account attractiveness";
    }

    default String cell(PortfolioCell cell) {
        return switch (cell) {
            case STRATEGIC -> "Strategic";
            case STAR -> "Star";
            case STATUS -> "Status";
            case STREAMLINE -> "Streamline";
        };
    }

    /** Legend entry of the accounts' positions this year. */
    default String thisYear() {
        return "This year";
    }

    /** Legend entry of the positions of accounts that moved, last year. */
    default String lastYear() {
        return "Last year";
    }
}
