package keystone.plan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Year;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A plan's quarterly revenue and margin targets against actual sales as of a day, with a year-end forecast. Pure;
 * the definitions, with their boundaries:
 * <ul>
 * <li><b>Elapsed days</b> of the year: counted up to and including {@code today} and clamped to the year - 0 before
 * 1 January, 1 on 1 January, the {@link #daysInYear() days of the year} (365 or 366) on 31 December and after.</li>
 * <li><b>Forecast</b> (run rate): actual year to date / elapsed days &times; days in the year, to cents (half up).
 * Before the year starts it is 0 (phase {@link Phase#NOT_STARTED}); on 31 December and after the year it equals the
 * actual of the whole year.</li>
 * <li><b>Variance</b> of a quarter: actual - target; {@code null} when the quarter has no target. Actuals of quarters
 * not started are 0.</li>
 * <li><b>Cumulative</b> target and actual: running sums from Q1 to the quarter; a missing target counts as 0.</li>
 * <li><b>Target to date</b>: the targets of ended quarters, plus the running quarter's target pro rata by its
 * elapsed days (today included), to cents.</li>
 * </ul>
 *
 * @param phase       whether the year has started, is running or has ended as of {@code today}
 * @param elapsedDays see above
 * @param quarters    Q1 to Q4
 * @param revenue     the year's revenue figures
 * @param margin      the year's margin figures
 */
public record PlanVsActual(int year, LocalDate today, Phase phase, int elapsedDays, int daysInYear,
        List<QuarterRow> quarters, YearFigures revenue, YearFigures margin) {

    private static final int WORK_SCALE = 10;

    /**
     * One measure (revenue or margin) of one quarter.
     *
     * @param target   the quarter's target, or {@code null} when not set
     * @param variance actual - target, or {@code null} when there is no target
     */
    public record Measure(BigDecimal target, BigDecimal actual, BigDecimal variance, BigDecimal cumulativeTarget,
            BigDecimal cumulativeActual) {
    }

    /** One quarter: its phase as of the day, and its revenue and margin. */
    public record QuarterRow(Quarter quarter, Phase phase, Measure revenue, Measure margin) {
    }

    /**
     * One measure over the year.
     *
     * @param target       the sum of the quarterly targets (missing ones count as 0)
     * @param targetToDate the part of the target due by the day (see the class comment)
     * @param actualToDate the actual of the year up to the day
     * @param forecast     the run-rate forecast for the whole year
     */
    public record YearFigures(BigDecimal target, BigDecimal targetToDate, BigDecimal actualToDate,
            BigDecimal forecast) {

        /** Actual to date - target to date: negative when behind. */
        public BigDecimal varianceToDate() {
            return actualToDate.subtract(targetToDate);
        }

        /** Forecast - target: negative when the year is forecast to miss its target. */
        public BigDecimal forecastVariance() {
            return forecast.subtract(target);
        }
    }

    public PlanVsActual {
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(phase, "phase");
        quarters = List.copyOf(quarters);
        Objects.requireNonNull(revenue, "revenue");
        Objects.requireNonNull(margin, "margin");
    }

    /**
     * The comparison of {@code targets} with {@code actuals} (which should be as of {@code today}) in the actuals'
     * year.
     */
    public static PlanVsActual of(List<QuarterTarget> targets, PlanActuals actuals, LocalDate today) {
        Objects.requireNonNull(today, "today");
        int year = actuals.year();
        List<QuarterTarget> byQuarter = QuarterTarget.normalize(targets);
        List<QuarterRow> rows = new ArrayList<>(4);
        BigDecimal[] cumulative = {zero(), zero(), zero(), zero()}; // revenue target, actual, margin target, actual
        BigDecimal revenueToDate = BigDecimal.ZERO;
        BigDecimal marginToDate = BigDecimal.ZERO;
        for (Quarter q : Quarter.values()) {
            QuarterTarget t = byQuarter.get(q.ordinal());
            PlanActuals.QuarterActual a = actuals.quarter(q);
            Phase phase = phase(q.firstDay(year), q.lastDay(year), today);
            Measure revenue = measure(t.revenue(), a.revenue(), cumulative, 0);
            Measure margin = measure(t.margin(), a.margin(), cumulative, 2);
            rows.add(new QuarterRow(q, phase, revenue, margin));
            BigDecimal share = BigDecimal.valueOf(elapsed(q.firstDay(year), q.lastDay(year), today))
                    .divide(BigDecimal.valueOf(q.days(year)), WORK_SCALE, RoundingMode.HALF_UP);
            revenueToDate = revenueToDate.add(orZero(t.revenue()).multiply(share));
            marginToDate = marginToDate.add(orZero(t.margin()).multiply(share));
        }
        YearFigures revenue = new YearFigures(cumulative[0], money(revenueToDate), actuals.revenue(),
                forecast(actuals.revenue(), year, today));
        YearFigures margin = new YearFigures(cumulative[2], money(marginToDate), actuals.margin(),
                forecast(actuals.margin(), year, today));
        return new PlanVsActual(year, today, phase(year, today), elapsedDays(year, today), daysInYear(year), rows,
                revenue, margin);
    }

    private static Measure measure(BigDecimal target, BigDecimal actual, BigDecimal[] cumulative, int index) {
        cumulative[index] = cumulative[index].add(orZero(target));
        cumulative[index + 1] = cumulative[index + 1].add(actual);
        return new Measure(target, actual, target == null ? null : actual.subtract(target), cumulative[index],
                cumulative[index + 1]);
    }

    /** Whether {@code year} has started, is running or has ended on {@code today}. */
    public static Phase phase(int year, LocalDate today) {
        return phase(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), today);
    }

    /** The days of {@code year} up to and including {@code today}, clamped: 0 to {@link #daysInYear}. */
    public static int elapsedDays(int year, LocalDate today) {
        return elapsed(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), today);
    }

    /** 365, or 366 in a leap year. */
    public static int daysInYear(int year) {
        return Year.of(year).length();
    }

    /**
     * The run-rate forecast of a year whose actual up to and including {@code today} is {@code actualToDate}: 0
     * before the year, the actual itself from 31 December on, otherwise actual / elapsed days &times; days in the
     * year, to cents (half up).
     */
    public static BigDecimal forecast(BigDecimal actualToDate, int year, LocalDate today) {
        int elapsed = elapsedDays(year, today);
        if (elapsed == 0) {
            return zero();
        }
        return actualToDate.multiply(BigDecimal.valueOf(daysInYear(year)))
                .divide(BigDecimal.valueOf(elapsed), Checks.MONEY_SCALE, RoundingMode.HALF_UP);
    }

    /** The phase of the period [first, last] on {@code today}. */
    static Phase phase(LocalDate first, LocalDate last, LocalDate today) {
        if (today.isBefore(first)) {
            return Phase.NOT_STARTED;
        }
        return today.isAfter(last) ? Phase.ENDED : Phase.RUNNING;
    }

    /** The days of [first, last] up to and including {@code today}: 0 before, all of them after. */
    static int elapsed(LocalDate first, LocalDate last, LocalDate today) {
        if (today.isBefore(first)) {
            return 0;
        }
        LocalDate upTo = today.isAfter(last) ? last : today;
        return (int) ChronoUnit.DAYS.between(first, upTo) + 1;
    }

    private static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }

    private static BigDecimal zero() {
        return BigDecimal.ZERO.setScale(Checks.MONEY_SCALE);
    }

    private static BigDecimal money(BigDecimal value) {
        return value.setScale(Checks.MONEY_SCALE, RoundingMode.HALF_UP);
    }
}
