package keystone.plan.ui.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jfree.chart.JFreeChart;

import keystone.plan.AccountPlan;
import keystone.plan.PlanStatus;
import keystone.plan.PlanVsActual;
import keystone.plan.PortfolioRow;
import keystone.plan.PortfolioScores;
import keystone.plan.report.PlanCharts;
import keystone.plan.report.PlanReport;
import keystone.plan.report.ReportInput;
import keystone.plan.report.Situation;

/**
 * The one place this bundle calls {@code keystone.plan.report}: the plan's charts and the PDF report, with this
 * bundle's translations of their texts ({@link ReportTexts}).
 */
final class PlanReports {

    private PlanReports() {
    }

    /** The quarterly revenue targets against actual sales. */
    static JFreeChart planVsActualChart(PlanVsActual vsActual) {
        return PlanCharts.planVsActual(vsActual, Locale.getDefault(), ReportTexts.CHARTS);
    }

    /** The key-account portfolio, accounts at their scores (this year's and, for those that moved, last year's). */
    static JFreeChart portfolioChart(List<PortfolioRow> rows, Map<Long, PortfolioScores> scores,
            Map<Long, PortfolioScores> lastYearScores) {
        return PlanCharts.portfolioMatrix(rows, scores, lastYearScores, ReportTexts.CHARTS);
    }

    /** Writes the PDF report of {@code plan} with its status and situation to {@code pdf}; call from a job. */
    static void writePdf(AccountPlan plan, PlanStatus status, SituationFacts facts, Path pdf) throws IOException {
        Situation situation = new Situation(facts.accountType(), facts.revenueTrend(),
                facts.abcXyzCell() == null ? "" : facts.abcXyz(), facts.coverageFindings(), facts.openRisks());
        PlanReport.write(ReportInput.of(plan, status, facts.account().name(), facts.account().owner(), situation,
                ReportTexts.REPORT, Locale.getDefault()), pdf);
    }
}
