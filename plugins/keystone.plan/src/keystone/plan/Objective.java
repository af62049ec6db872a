package keystone.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * A measurable objective of a plan: a metric moved from a baseline to a target by a due date.
 *
 * @param id         database id; {@link #NEW_ID} or a negative temporary id (which actions may link to) for one not
 *                   stored yet
 * @param metric     what is measured
 * @param customName the objective's name for {@link Metric#CUSTOM}; ignored otherwise
 * @param baseline   the value at the start, or {@code null} when unknown; a baseline above the target makes it a
 *                   "reduce" objective
 * @param target     the value to reach; required by {@link PlanValidation}, {@code null} while not entered
 * @param due        the day the target is to be reached, inside the plan year
 */
public record Objective(long id, Metric metric, String customName, BigDecimal baseline, BigDecimal target,
        LocalDate due) {

    public static final long NEW_ID = 0L;

    public Objective {
        Objects.requireNonNull(metric, "metric");
        customName = Checks.text(customName);
        baseline = Checks.value(baseline);
        target = Checks.value(target);
        Checks.date(due, "due");
    }

    /** The custom name, or for catalogue metrics the metric's name in words ("share of wallet"). */
    public String label() {
        return label(metric, customName);
    }

    /** The label of an objective on {@code metric} named {@code customName} (see {@link #label()}). */
    public static String label(Metric metric, String customName) {
        return metric == Metric.CUSTOM ? Checks.text(customName)
                : metric.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** The target lies below the baseline: the metric is to go down (e.g. cost to serve). */
    public boolean reduces() {
        return baseline != null && target != null && target.compareTo(baseline) < 0;
    }

    public Objective withId(long newId) {
        return new Objective(newId, metric, customName, baseline, target, due);
    }

    public Objective withBaseline(BigDecimal newBaseline) {
        return new Objective(id, metric, customName, newBaseline, target, due);
    }

    public Objective withTarget(BigDecimal newTarget) {
        return new Objective(id, metric, customName, baseline, newTarget, due);
    }

    public Objective withDue(LocalDate newDue) {
        return new Objective(id, metric, customName, baseline, target, newDue);
    }
}
