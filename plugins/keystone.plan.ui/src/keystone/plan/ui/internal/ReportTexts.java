package keystone.plan.ui.internal;

import org.eclipse.osgi.util.NLS;

import keystone.plan.ActionStatus;
import keystone.plan.Objective;
import keystone.plan.PlanState;
import keystone.plan.PortfolioCell;
import keystone.plan.Quarter;
import keystone.plan.RagStatus;
import keystone.plan.RiskLevel;
import keystone.plan.SalesStage;
import keystone.plan.Swot;
import keystone.plan.report.Labels;
import keystone.plan.report.PlanCharts;
import keystone.plan.report.ReportLabels;

/**
 * The texts of the plan's charts and PDF report in the user's language, from this bundle's messages.
 */
final class ReportTexts {

    private ReportTexts() {
    }

    /** The charts' texts. */
    static final Labels CHARTS = new Labels() {
        @Override
        public String measure(PlanCharts.Measure measure) {
            return measure == PlanCharts.Measure.REVENUE ? Messages.Metric_REVENUE : Messages.Metric_MARGIN;
        }

        @Override
        public String planVsActualTitle() {
            return Messages.Chart_planVsActualTitle;
        }

        @Override
        public String asOf() {
            return Messages.Chart_asOf;
        }

        @Override
        public String quarter(Quarter quarter) {
            return NLS.bind(Messages.Targets_quarterName, quarter.number());
        }

        @Override
        public String quarterAxis() {
            return Messages.Targets_quarter;
        }

        @Override
        public String amountAxis() {
            return Messages.Chart_amount;
        }

        @Override
        public String target() {
            return Messages.Field_target;
        }

        @Override
        public String actual() {
            return Messages.Chart_actual;
        }

        @Override
        public String cumulativeTarget() {
            return Messages.PlanVsActual_cumulativeTarget;
        }

        @Override
        public String cumulativeActual() {
            return Messages.PlanVsActual_cumulativeActual;
        }

        @Override
        public String forecast() {
            return Messages.Chart_forecast;
        }

        @Override
        public String portfolioTitle() {
            return Messages.Portfolio_title;
        }

        @Override
        public String strengthAxis() {
            return Messages.Portfolio_strength;
        }

        @Override
        public String attractivenessAxis() {
            return Messages.Portfolio_attractiveness;
        }

        @Override
        public String cell(PortfolioCell cell) {
            return PlanLabels.of(cell);
        }

        @Override
        public String thisYear() {
            return Messages.Portfolio_thisYear;
        }

        @Override
        public String lastYear() {
            return Messages.Portfolio_lastYear;
        }
    };

    /** The report's texts. */
    static final ReportLabels REPORT = new ReportLabels() {
        // @formatter:off
        @Override public Labels charts() { return CHARTS; }
        @Override public String coverTitle() { return Messages.Report_coverTitle; }
        @Override public String owner() { return Messages.Report_owner; }
        @Override public String date() { return Messages.Reviews_date; }
        @Override public String planState() { return Messages.Report_planState; }
        @Override public String state(PlanState state) { return PlanLabels.of(state); }
        @Override public String completeness() { return Messages.Situation_completeness; }
        @Override public String revenueTarget() { return Messages.PlanVsActual_revenueTarget; }
        @Override public String targetToDate() { return Messages.Report_targetToDate; }
        @Override public String actualToDate() { return Messages.Report_actualToDate; }
        @Override public String forecast() { return Messages.Dashboard_forecast; }
        @Override public String forecastVariance() { return Messages.Report_forecastVariance; }
        @Override public String situation() { return Messages.Situation_title; }
        @Override public String accountType() { return Messages.Situation_type; }
        @Override public String revenueTrend() { return Messages.Situation_trend; }
        @Override public String abcXyzCell() { return Messages.Situation_abcXyz; }
        @Override public String summary() { return Messages.Situation_summary; }
        @Override public String coverage() { return Messages.Situation_coverage; }
        @Override public String openRisks() { return Messages.Situation_risks; }
        @Override public String none() { return Messages.Report_none; }
        @Override public String swot() { return Messages.Swot_title; }
        @Override public String swotSide(Swot.Perspective perspective) { return PlanLabels.of(perspective); }
        @Override public String quadrant(Swot.Quadrant quadrant) { return PlanLabels.of(quadrant); }
        @Override public String objectives() { return Messages.Objectives_title; }
        @Override public String objective() { return Messages.Objectives_objective; }
        @Override public String objectiveName(Objective objective) { return PlanLabels.of(objective); }
        @Override public String baseline() { return Messages.Field_baseline; }
        @Override public String target() { return Messages.Field_target; }
        @Override public String current() { return Messages.Objectives_current; }
        @Override public String due() { return Messages.Field_due; }
        @Override public String status() { return Messages.Objectives_status; }
        @Override public String rag(RagStatus status) { return PlanLabels.of(status); }
        @Override public String notRated() { return Messages.Report_notRated; }
        @Override public String thinObjectives() { return Messages.Report_thinObjectives; }
        @Override public String targetsVsActual() { return Messages.PlanVsActual_title; }
        @Override public String quarter() { return Messages.Targets_quarter; }
        @Override public String revenueActual() { return Messages.PlanVsActual_revenueActual; }
        @Override public String marginTarget() { return Messages.PlanVsActual_marginTarget; }
        @Override public String marginActual() { return Messages.PlanVsActual_marginActual; }
        @Override public String variance() { return Messages.Report_variance; }
        @Override public String year() { return Messages.Report_year; }
        @Override public String actions() { return Messages.Actions_title; }
        @Override public String action() { return Messages.Field_text; }
        @Override public String actionStatus(ActionStatus status) { return PlanLabels.of(status); }
        @Override public String overdue() { return Messages.Actions_overdueMark; }
        @Override public String risks() { return Messages.Risks_title; }
        @Override public String risk() { return Messages.Path_risk; }
        @Override public String probability() { return Messages.Field_probability; }
        @Override public String impact() { return Messages.Risks_impact; }
        @Override public String mitigation() { return Messages.Field_mitigation; }
        @Override public String riskLevel(RiskLevel level) { return PlanLabels.of(level); }
        @Override public String opportunities() { return Messages.Opportunities_title; }
        @Override public String opportunity() { return Messages.Path_opportunity; }
        @Override public String stage() { return Messages.Opportunities_stage; }
        @Override public String salesStage(SalesStage stage) { return PlanLabels.of(stage); }
        @Override public String value() { return Messages.Field_value; }
        @Override public String expectedClose() { return Messages.Opportunities_close; }
        @Override public String weighted() { return Messages.Opportunities_weighted; }
        @Override public String budget() { return Messages.Budget_title; }
        @Override public String item() { return Messages.Field_item; }
        @Override public String amount() { return Messages.Field_amount; }
        @Override public String total() { return Messages.Targets_total; }
        @Override public String reviews() { return Messages.Reviews_title; }
        @Override public String reviewedBy() { return Messages.Report_reviewedBy; }
        @Override public String notes() { return Messages.Field_notes; }
        @Override public String pageOf() { return Messages.Report_pageOf; }
        // @formatter:on
    };
}
