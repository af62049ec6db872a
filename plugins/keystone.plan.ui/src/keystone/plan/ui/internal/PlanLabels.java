package keystone.plan.ui.internal;

import keystone.plan.ActionStatus;
import keystone.plan.Completeness;
import keystone.plan.Metric;
import keystone.plan.Objective;
import keystone.plan.PlanState;
import keystone.plan.PortfolioCell;
import keystone.plan.RagStatus;
import keystone.plan.RiskLevel;
import keystone.plan.SalesStage;
import keystone.plan.Swot;

/**
 * Localised names of the plan's model values: metrics, states, stages, levels, traffic lights, portfolio cells,
 * sections and SWOT quadrants.
 */
final class PlanLabels {

    private PlanLabels() {
    }

    static String of(Metric metric) {
        return switch (metric) {
            case REVENUE -> Messages.Metric_REVENUE;
            case MARGIN -> Messages.Metric_MARGIN;
            case SHARE_OF_WALLET -> Messages.Metric_SHARE_OF_WALLET;
            case PRODUCT_LINES -> Messages.Metric_PRODUCT_LINES;
            case COMPLAINT_RESOLUTION_RATE -> Messages.Metric_COMPLAINT_RESOLUTION_RATE;
            case DECISION_MAKER_COVERAGE -> Messages.Metric_DECISION_MAKER_COVERAGE;
            case CUSTOM -> Messages.Metric_CUSTOM;
        };
    }

    /** The objective's name: its own for a custom metric, the metric's otherwise. */
    static String of(Objective objective) {
        return objective.metric() == Metric.CUSTOM ? objective.customName() : of(objective.metric());
    }

    static String of(ActionStatus status) {
        return switch (status) {
            case OPEN -> Messages.ActionStatus_OPEN;
            case IN_PROGRESS -> Messages.ActionStatus_IN_PROGRESS;
            case DONE -> Messages.ActionStatus_DONE;
            case CANCELLED -> Messages.ActionStatus_CANCELLED;
        };
    }

    static String of(SalesStage stage) {
        return switch (stage) {
            case INFORMATION_GATHERING -> Messages.Stage_INFORMATION_GATHERING;
            case MAP_ROLES -> Messages.Stage_MAP_ROLES;
            case INFLUENCE_REQUIREMENTS -> Messages.Stage_INFLUENCE_REQUIREMENTS;
            case BID_AND_TENDER -> Messages.Stage_BID_AND_TENDER;
            case NEGOTIATION_AND_SIGNATURE -> Messages.Stage_NEGOTIATION_AND_SIGNATURE;
            case PAYMENT_AND_AFTER_SALES -> Messages.Stage_PAYMENT_AND_AFTER_SALES;
        };
    }

    static String of(RiskLevel level) {
        return switch (level) {
            case LOW -> Messages.Level_LOW;
            case MEDIUM -> Messages.Level_MEDIUM;
            case HIGH -> Messages.Level_HIGH;
        };
    }

    static String of(RagStatus status) {
        if (status == null) {
            return Format.NONE;
        }
        return switch (status) {
            case RED -> Messages.Rag_RED;
            case AMBER -> Messages.Rag_AMBER;
            case GREEN -> Messages.Rag_GREEN;
        };
    }

    static String of(PlanState state) {
        if (state == null) {
            return Messages.State_none;
        }
        return switch (state) {
            case DRAFT -> Messages.State_DRAFT;
            case ACTIVE -> Messages.State_ACTIVE;
            case SNAPSHOT -> Messages.State_SNAPSHOT;
        };
    }

    static String of(PortfolioCell cell) {
        if (cell == null) {
            return Format.NONE;
        }
        return switch (cell) {
            case STRATEGIC -> Messages.Cell_STRATEGIC;
            case STAR -> Messages.Cell_STAR;
            case STATUS -> Messages.Cell_STATUS;
            case STREAMLINE -> Messages.Cell_STREAMLINE;
        };
    }

    static String of(Completeness.Section section) {
        return switch (section) {
            case SUMMARY -> Messages.Section_SUMMARY;
            case SWOT -> Messages.Section_SWOT;
            case OBJECTIVES -> Messages.Section_OBJECTIVES;
            case TARGETS -> Messages.Section_TARGETS;
            case ACTIONS -> Messages.Section_ACTIONS;
            case OPPORTUNITIES -> Messages.Section_OPPORTUNITIES;
            case RISKS -> Messages.Section_RISKS;
            case BUDGET -> Messages.Section_BUDGET;
            case REVIEWS -> Messages.Section_REVIEWS;
        };
    }

    static String of(Swot.Perspective perspective) {
        return switch (perspective) {
            case CUSTOMER -> Messages.Swot_CUSTOMER;
            case OURS -> Messages.Swot_OURS;
        };
    }

    static String of(Swot.Quadrant quadrant) {
        return switch (quadrant) {
            case STRENGTHS -> Messages.Swot_STRENGTHS;
            case WEAKNESSES -> Messages.Swot_WEAKNESSES;
            case OPPORTUNITIES -> Messages.Swot_OPPORTUNITIES;
            case THREATS -> Messages.Swot_THREATS;
        };
    }
}
