package keystone.plan.ui.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

import org.eclipse.osgi.util.NLS;

import keystone.plan.ActionStatus;
import keystone.plan.Opportunity;
import keystone.plan.PlanStatus;
import keystone.plan.RagStatus;

/**
 * Two years' plans side by side, measure by measure: targets, actuals, forecast, objectives met, actions done,
 * pipeline, budget, completeness and portfolio cell. Pure, so that the dialog only shows it.
 */
final class YearComparison {

    /** One measure in both years, already in words. */
    record Row(String measure, String first, String second) {
    }

    private YearComparison() {
    }

    /** The rows comparing {@code first} with {@code second}; either may be null (no plan that year). */
    static List<Row> rows(PlanStatus first, PlanStatus second) {
        return List.of(
                row(Messages.DossierPage_state, first, second, s -> PlanLabels.of(s.plan().state())),
                row(Messages.PlanVsActual_revenueTarget, first, second, s -> Format.money(s.vsActual().revenue().target())),
                row(Messages.PlanVsActual_revenueActual, first, second,
                        s -> Format.money(s.vsActual().revenue().actualToDate())),
                row(Messages.Dashboard_forecast, first, second, s -> Format.money(s.vsActual().revenue().forecast())),
                row(Messages.PlanVsActual_marginTarget, first, second, s -> Format.money(s.vsActual().margin().target())),
                row(Messages.PlanVsActual_marginActual, first, second,
                        s -> Format.money(s.vsActual().margin().actualToDate())),
                row(Messages.Compare_objectivesMet, first, second, YearComparison::objectivesMet),
                row(Messages.Compare_actionsDone, first, second, YearComparison::actionsDone),
                row(Messages.Compare_pipeline, first, second, s -> Format.money(s.plan().opportunities().stream()
                        .map(Opportunity::weightedValue).reduce(BigDecimal.ZERO, BigDecimal::add))),
                row(Messages.Budget_title, first, second, s -> Format.money(RisksBudgetPage.total(s.plan()))),
                row(Messages.Situation_completeness, first, second, s -> Format.percent(s.completeness().score())),
                row(Messages.Dashboard_cell, first, second, s -> PlanLabels.of(s.plan().scores().cell().orElse(null))));
    }

    private static Row row(String measure, PlanStatus first, PlanStatus second, Function<PlanStatus, String> value) {
        return new Row(measure, first == null ? Format.NONE : value.apply(first),
                second == null ? Format.NONE : value.apply(second));
    }

    /** "2 of 3": objectives on track (green) of all. */
    static String objectivesMet(PlanStatus status) {
        long green = status.objectives().stream().filter(p -> p.status() == RagStatus.GREEN).count();
        return NLS.bind(Messages.Compare_ofCount, green, status.objectives().size());
    }

    private static String actionsDone(PlanStatus status) {
        long done = status.plan().actions().stream().filter(a -> a.status() == ActionStatus.DONE).count();
        return NLS.bind(Messages.Compare_ofCount, done, status.plan().actions().size());
    }
}
