package keystone.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Everything Keystone computes about a plan as of a day: targets against actual sales with the forecast, each
 * objective's progress and traffic light, completeness, staleness, objectives without enough actions and overdue
 * actions.
 *
 * @param objectives the progress of each objective, in plan order
 */
public record PlanStatus(AccountPlan plan, LocalDate today, PlanVsActual vsActual,
        List<ObjectiveProgress> objectives, Completeness completeness, Staleness staleness,
        List<Objective> thinObjectives, List<PlanAction> overdueActions) {

    public PlanStatus {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(today, "today");
        objectives = List.copyOf(objectives);
        thinObjectives = List.copyOf(thinObjectives);
        overdueActions = List.copyOf(overdueActions);
    }

    /**
     * The status of {@code plan} from its actuals and the current values of its objectives.
     *
     * @param currentValues one per objective, in plan order; {@code null} where the value is not known
     */
    public static PlanStatus of(AccountPlan plan, PlanActuals actuals, List<BigDecimal> currentValues,
            LocalDate today) {
        if (currentValues.size() != plan.objectives().size()) {
            throw new IllegalArgumentException("One current value per objective: " + plan.objectives().size()
                    + " objectives, " + currentValues.size() + " values.");
        }
        List<ObjectiveProgress> progress = new ArrayList<>();
        for (int i = 0; i < currentValues.size(); i++) {
            progress.add(ObjectiveProgress.of(plan.objectives().get(i), currentValues.get(i), plan.year(), today));
        }
        return new PlanStatus(plan, today, PlanVsActual.of(plan.targets(), actuals, today), progress,
                Completeness.of(plan), Staleness.of(plan, today), ActionRules.thinObjectives(plan),
                ActionRules.overdue(plan, today));
    }
}
