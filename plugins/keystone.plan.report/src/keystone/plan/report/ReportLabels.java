package keystone.plan.report;

import keystone.plan.ActionStatus;
import keystone.plan.Objective;
import keystone.plan.PlanState;
import keystone.plan.RagStatus;
import keystone.plan.RiskLevel;
import keystone.plan.SalesStage;
import keystone.plan.Swot;

/**
 * Every user-visible text of a {@link PlanReport}, so a UI can pass translations from its message bundle. The
 * defaults are English: a UI overrides what it translates; {@link #ENGLISH} keeps them all. Patterns hold
 * placeholders {0}, {1}... filled with formatted strings as Eclipse's {@code NLS.bind} does (apostrophes are
 * literal).
 */
public interface ReportLabels {

    /** The English texts. */
    ReportLabels ENGLISH = new ReportLabels() {
    };

    /** The texts of the charts in the report. */
    default Labels charts() {
        return Labels.ENGLISH;
    }

    /** The cover's title; {0} the plan year. */
    default String coverTitle() {
        return "Account plan {0}";
    }

    default String owner() {
        return "Owner";
    }

    default String date() {
        return "Date";
    }

    default String planState() {
        return "Plan state";
    }

    default String state(PlanState state) {
        return switch (state) {
            case DRAFT -> "Draft";
            case ACTIVE -> "Active";
            case SNAPSHOT -> "Snapshot (read-only)";
        };
    }

    default String completeness() {
        return "Completeness";
    }

    default String revenueTarget() {
        return "Revenue target";
    }

    default String targetToDate() {
        return "Target to date";
    }

    default String actualToDate() {
        return "Actual to date";
    }

    default String forecast() {
        return "Year-end forecast";
    }

    default String forecastVariance() {
        return "Forecast vs target";
    }

    default String situation() {
        return "Situation";
    }

    default String accountType() {
        return "Account type";
    }

    default String revenueTrend() {
        return "Revenue trend";
    }

    default String abcXyzCell() {
        return "ABC-XYZ cell";
    }

    default String summary() {
        return "Summary";
    }

    default String coverage() {
        return "Coverage of decision makers";
    }

    default String openRisks() {
        return "Open risks";
    }

    /** Shown for an empty list or a blank text. */
    default String none() {
        return "None recorded.";
    }

    default String swot() {
        return "SWOT";
    }

    default String swotSide(Swot.Perspective perspective) {
        return switch (perspective) {
            case CUSTOMER -> "The customer";
            case OURS -> "Our position at the account";
        };
    }

    default String quadrant(Swot.Quadrant quadrant) {
        return switch (quadrant) {
            case STRENGTHS -> "Strengths";
            case WEAKNESSES -> "Weaknesses";
            case OPPORTUNITIES -> "Opportunities";
            case THREATS -> "Threats";
        };
    }

    default String objectives() {
        return "Objectives";
    }

    default String objective() {
        return "Objective";
    }

    /** The name of an objective: the metric's name, or the custom name. */
    default String objectiveName(Objective objective) {
        return switch (objective.metric()) {
            case REVENUE -> "Revenue";
            case MARGIN -> "Margin";
            case SHARE_OF_WALLET -> "Share of wallet";
            case PRODUCT_LINES -> "Product lines bought";
            case COMPLAINT_RESOLUTION_RATE -> "Complaint resolution rate";
            case DECISION_MAKER_COVERAGE -> "Decision-maker coverage";
            case CUSTOM -> objective.customName();
        };
    }

    default String baseline() {
        return "Baseline";
    }

    default String target() {
        return "Target";
    }

    default String current() {
        return "Current";
    }

    default String due() {
        return "Due";
    }

    default String status() {
        return "Status";
    }

    default String rag(RagStatus status) {
        return switch (status) {
            case GREEN -> "On track";
            case AMBER -> "Nearly on track";
            case RED -> "Off track";
        };
    }

    /** The status of an objective without a traffic light (not measurable, not started, no target). */
    default String notRated() {
        return "Not rated";
    }

    /** Note under the objectives; {0} the objectives with too few actions, comma-separated. */
    default String thinObjectives() {
        return "Objectives with fewer than two actions: {0}";
    }

    default String targetsVsActual() {
        return "Targets vs actual";
    }

    default String quarter() {
        return "Quarter";
    }

    default String revenueActual() {
        return "Revenue actual";
    }

    default String marginTarget() {
        return "Margin target";
    }

    default String marginActual() {
        return "Margin actual";
    }

    default String variance() {
        return "Variance";
    }

    default String varianceToDate() {
        return "Variance to date";
    }

    default String year() {
        return "Year";
    }

    default String actions() {
        return "Actions";
    }

    default String action() {
        return "Action";
    }

    default String actionStatus(ActionStatus status) {
        return switch (status) {
            case OPEN -> "Open";
            case IN_PROGRESS -> "In progress";
            case DONE -> "Done";
            case CANCELLED -> "Cancelled";
        };
    }

    /** Added to the due date of an overdue action. */
    default String overdue() {
        return "overdue";
    }

    default String risks() {
        return "Risks";
    }

    default String risk() {
        return "Risk";
    }

    default String probability() {
        return "Probability";
    }

    default String impact() {
        return "Impact";
    }

    default String mitigation() {
        return "Mitigation";
    }

    default String riskLevel(RiskLevel level) {
        return switch (level) {
            case LOW -> "Low";
            case MEDIUM -> "Medium";
            case HIGH -> "High";
        };
    }

    default String opportunities() {
        return "Opportunities";
    }

    default String opportunity() {
        return "Opportunity";
    }

    default String stage() {
        return "Stage";
    }

    default String salesStage(SalesStage stage) {
        return switch (stage) {
            case INFORMATION_GATHERING -> "Information gathering";
            case MAP_ROLES -> "Mapping roles";
            case INFLUENCE_REQUIREMENTS -> "Influencing requirements";
            case BID_AND_TENDER -> "Bid and tender";
            case NEGOTIATION_AND_SIGNATURE -> "Negotiation and signature";
            case PAYMENT_AND_AFTER_SALES -> "Payment and after-sales";
        };
    }

    default String value() {
        return "Value";
    }

    default String expectedClose() {
        return "Expected close";
    }

    default String weighted() {
        return "Weighted";
    }

    default String budget() {
        return "Budget";
    }

    default String item() {
        return "Item";
    }

    default String amount() {
        return "Amount";
    }

    default String total() {
        return "Total";
    }

    default String reviews() {
        return "Review log";
    }

    default String reviewedBy() {
        return "Reviewed by";
    }

    default String notes() {
        return "Notes";
    }

    /** The footer's page number; {0} the page, {1} the page count. */
    default String pageOf() {
        return "Page {0} of {1}";
    }
}
