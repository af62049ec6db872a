package keystone.plan;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Objects;

/**
 * How far an objective has got as of a day, and its traffic light. Pure; the rules, with their boundaries:
 * <ul>
 * <li>The objective's <b>period</b> runs from 1 January of the plan year to its due date (clamped into the year).
 * <b>Elapsed</b> days count up to and including the day, clamped to the period; the <b>share</b> of time is elapsed
 * / period days. Before the period starts there is no status ({@link Phase#NOT_STARTED}).</li>
 * <li>The <b>current value</b> comes from outside (sales, dossier, decision map) as of the earlier of the day and the
 * due date. Without a current value (a {@link Metric#CUSTOM custom} metric, no data) or without a target there is
 * no projection and no status.</li>
 * <li><b>Projected</b> value at the due date: for flows ({@link Metric#flow() revenue, margin}, which start from 0
 * each year) current / share; for levels with a baseline, baseline + (current - baseline) / share (the change so
 * far, extrapolated); for levels without a baseline the current value itself. From the due date on, projected =
 * current.</li>
 * <li><b>Progress</b> toward the target: for flows and baseline-less levels projected / target; for levels with a
 * baseline (projected - baseline) / (target - baseline) - which also serves "reduce" objectives (baseline above
 * target): going down counts as progress. A "hold" level (target = baseline) is judged by current / target.</li>
 * <li><b>Status</b>: {@link RagStatus#GREEN} at progress &ge; 1 (the projection reaches the target),
 * {@link RagStatus#AMBER} at progress &ge; 0.9 (at least 90 % of the way), {@link RagStatus#RED} below. A target of
 * 0 (nothing to reach) is green. The comparisons are exact: cross-multiplied, without rounding.</li>
 * </ul>
 *
 * @param current   the current value, or {@code null} when not known
 * @param projected the projected value at the due date, to four decimals, or {@code null}
 * @param phase     the objective's period on the day
 * @param status    the traffic light, or {@code null} when there is none (see above)
 */
public record ObjectiveProgress(Objective objective, BigDecimal current, BigDecimal projected, Phase phase,
        RagStatus status) {

    private static final BigDecimal AMBER_SHARE = new BigDecimal("0.9");

    public ObjectiveProgress {
        Objects.requireNonNull(objective, "objective");
        Objects.requireNonNull(phase, "phase");
    }

    /** The day up to which the current value of {@code objective} counts: the earlier of today and its due date. */
    public static LocalDate asOf(Objective objective, int year, LocalDate today) {
        LocalDate end = end(objective, year);
        return today.isAfter(end) ? end : today;
    }

    /** The progress of {@code objective} of a plan for {@code year} with the value {@code current} on {@code today}. */
    public static ObjectiveProgress of(Objective objective, BigDecimal current, int year, LocalDate today) {
        Objects.requireNonNull(objective, "objective");
        Objects.requireNonNull(today, "today");
        LocalDate start = LocalDate.of(year, 1, 1);
        LocalDate end = end(objective, year);
        Phase phase = PlanVsActual.phase(start, end, today);
        BigDecimal target = objective.target();
        if (phase == Phase.NOT_STARTED || current == null || target == null || !objective.metric().measurable()) {
            return new ObjectiveProgress(objective, current, null, phase, null);
        }
        BigDecimal elapsed = BigDecimal.valueOf(PlanVsActual.elapsed(start, end, today));
        BigDecimal total = BigDecimal.valueOf(PlanVsActual.elapsed(start, end, end));
        BigDecimal baseline = objective.baseline();
        BigDecimal projected;
        BigDecimal numerator;
        BigDecimal denominator;
        if (objective.metric().flow()) {
            projected = current.multiply(total).divide(elapsed, MathContext.DECIMAL128);
            numerator = current.multiply(total);
            denominator = target.multiply(elapsed);
        } else if (baseline == null) {
            projected = current;
            numerator = current;
            denominator = target;
        } else {
            BigDecimal change = current.subtract(baseline);
            projected = baseline.add(change.multiply(total).divide(elapsed, MathContext.DECIMAL128));
            if (target.compareTo(baseline) == 0) {
                numerator = current;
                denominator = target;
            } else {
                numerator = change.multiply(total);
                denominator = target.subtract(baseline).multiply(elapsed);
            }
        }
        RagStatus status = atLeast(numerator, denominator, BigDecimal.ONE) ? RagStatus.GREEN
                : atLeast(numerator, denominator, AMBER_SHARE) ? RagStatus.AMBER : RagStatus.RED;
        return new ObjectiveProgress(objective, current, projected.setScale(Checks.VALUE_SCALE, RoundingMode.HALF_UP),
                phase, status);
    }

    /** numerator / denominator &ge; share, exactly; a zero denominator (nothing to reach) always passes. */
    private static boolean atLeast(BigDecimal numerator, BigDecimal denominator, BigDecimal share) {
        int sign = denominator.signum();
        if (sign == 0) {
            return true;
        }
        int cmp = numerator.compareTo(share.multiply(denominator));
        return sign > 0 ? cmp >= 0 : cmp <= 0;
    }

    /** The due date clamped into the plan year. */
    private static LocalDate end(Objective objective, int year) {
        LocalDate start = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        LocalDate due = objective.due();
        return due.isBefore(start) ? start : due.isAfter(last) ? last : due;
    }
}
