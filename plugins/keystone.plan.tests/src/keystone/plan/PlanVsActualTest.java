package keystone.plan;

import static keystone.plan.TestPlans.amount;
import static keystone.plan.TestPlans.targets;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Quarterly plan against actual and the run-rate forecast at the boundaries of quarters and years, leap years
 * included.
 */
class PlanVsActualTest {

    private static void assertAmount(String expected, BigDecimal actual) {
        assertAmount(expected, actual, "");
    }

    private static void assertAmount(String expected, BigDecimal actual, String why) {
        assertEquals(0, amount(expected).compareTo(actual), why + ": expected " + expected + ", was " + actual);
    }

    /** Actuals with the given revenue per quarter (margin a tenth of it). */
    private static PlanActuals actuals(int year, LocalDate asOf, String... revenue) {
        Map<Quarter, BigDecimal> r = new EnumMap<>(Quarter.class);
        Map<Quarter, BigDecimal> m = new EnumMap<>(Quarter.class);
        for (int i = 0; i < revenue.length; i++) {
            r.put(Quarter.values()[i], amount(revenue[i]));
            m.put(Quarter.values()[i], amount(revenue[i]).movePointLeft(1));
        }
        return PlanActuals.of(year, asOf, r, m);
    }

    // --- elapsed days and forecast

    @Test
    void elapsedDaysCountTodayAndAreClampedToTheYear() {
        assertEquals(0, PlanVsActual.elapsedDays(2025, LocalDate.of(2024, 12, 31)));
        assertEquals(1, PlanVsActual.elapsedDays(2025, LocalDate.of(2025, 1, 1)));
        assertEquals(365, PlanVsActual.elapsedDays(2025, LocalDate.of(2025, 12, 31)));
        assertEquals(365, PlanVsActual.elapsedDays(2025, LocalDate.of(2026, 6, 1)));
        assertEquals(366, PlanVsActual.elapsedDays(2024, LocalDate.of(2024, 12, 31)));
        assertEquals(60, PlanVsActual.elapsedDays(2024, LocalDate.of(2024, 2, 29)));
    }

    @Test
    void forecastOnTheFirstDayExtrapolatesOneDayToTheWholeYear() {
        assertAmount("36500.00", PlanVsActual.forecast(amount("100"), 2025, LocalDate.of(2025, 1, 1)));
        assertAmount("36600.00", PlanVsActual.forecast(amount("100"), 2024, LocalDate.of(2024, 1, 1)));
    }

    @Test
    void forecastOnTheLastDayIsTheActual() {
        assertAmount("123456.78", PlanVsActual.forecast(amount("123456.78"), 2025, LocalDate.of(2025, 12, 31)));
        assertAmount("123456.78", PlanVsActual.forecast(amount("123456.78"), 2024, LocalDate.of(2024, 12, 31)));
    }

    @Test
    void forecastInALeapYearCounts366Days() {
        // 29 February is day 60 of 366
        assertAmount("6100.00", PlanVsActual.forecast(amount("1000"), 2024, LocalDate.of(2024, 2, 29)));
        // 1 March is day 60 of 365 in a common year
        assertAmount("6083.33", PlanVsActual.forecast(amount("1000"), 2025, LocalDate.of(2025, 3, 1)));
    }

    @Test
    void forecastBeforeTheYearIsZeroAndNotStarted() {
        LocalDate before = LocalDate.of(2024, 12, 31);
        assertAmount("0", PlanVsActual.forecast(amount("500"), 2025, before));
        assertEquals(Phase.NOT_STARTED, PlanVsActual.phase(2025, before));
        PlanVsActual vs = PlanVsActual.of(targets("100", "10"), PlanActuals.none(2025, before), before);
        assertEquals(Phase.NOT_STARTED, vs.phase());
        assertEquals(0, vs.elapsedDays());
        assertAmount("0", vs.revenue().forecast());
        assertAmount("0", vs.revenue().targetToDate());
    }

    @Test
    void forecastAfterTheYearIsTheActualAndEnded() {
        LocalDate after = LocalDate.of(2026, 1, 1);
        assertAmount("777", PlanVsActual.forecast(amount("777"), 2025, after));
        assertEquals(Phase.ENDED, PlanVsActual.phase(2025, after));
        assertEquals(Phase.RUNNING, PlanVsActual.phase(2025, LocalDate.of(2025, 12, 31)));
        assertEquals(Phase.RUNNING, PlanVsActual.phase(2025, LocalDate.of(2025, 1, 1)));
    }

    @Test
    void forecastRoundsHalfUpToCents() {
        // 1 / 3 * 365 = 121.666... on 3 January
        assertAmount("121.67", PlanVsActual.forecast(amount("1"), 2025, LocalDate.of(2025, 1, 3)));
    }

    // --- quarters

    @Test
    void quartersCarryTargetActualVarianceAndRunningSums() {
        LocalDate today = LocalDate.of(2025, 7, 15);
        PlanVsActual vs = PlanVsActual.of(targets("1000", "300", "2000", "600", null, null, "4000", "1200"),
                actuals(2025, today, "1100", "1800", "500"), today);
        List<PlanVsActual.QuarterRow> q = vs.quarters();
        assertEquals(List.of(Phase.ENDED, Phase.ENDED, Phase.RUNNING, Phase.NOT_STARTED),
                q.stream().map(PlanVsActual.QuarterRow::phase).toList());
        assertAmount("100", q.get(0).revenue().variance());
        assertAmount("-200", q.get(1).revenue().variance());
        assertNull(q.get(2).revenue().target());
        assertNull(q.get(2).revenue().variance(), "no target, no variance");
        assertAmount("-4000", q.get(3).revenue().variance(), "a quarter not started has actual 0");
        assertAmount("1000", q.get(0).revenue().cumulativeTarget());
        assertAmount("3000", q.get(1).revenue().cumulativeTarget());
        assertAmount("3000", q.get(2).revenue().cumulativeTarget(), "a missing target counts as 0");
        assertAmount("7000", q.get(3).revenue().cumulativeTarget());
        assertAmount("2900", q.get(1).revenue().cumulativeActual());
        assertAmount("3400", q.get(3).revenue().cumulativeActual());
        assertAmount("-420", q.get(1).margin().variance(), "actual 180 against 600");
        assertAmount("7000", vs.revenue().target());
        assertAmount("3400", vs.revenue().actualToDate());
        assertAmount("2100", vs.margin().target());
    }

    @Test
    void targetToDateTakesTheRunningQuarterProRata() {
        // 14 February 2025 is day 45 of Q1's 90 days: half of Q1's target
        LocalDate today = LocalDate.of(2025, 2, 14);
        PlanVsActual vs = PlanVsActual.of(targets("9000", "900", "9100", "910"), actuals(2025, today, "4000"), today);
        assertAmount("4500", vs.revenue().targetToDate());
        assertAmount("450", vs.margin().targetToDate());
        assertAmount("-500", vs.revenue().varianceToDate());
        // on the last day of Q1 the whole quarter, on the first of Q2 one of its 91 days as well
        LocalDate endOfQ1 = LocalDate.of(2025, 3, 31);
        assertAmount("9000", PlanVsActual.of(targets("9000", "0", "9100", "0"), actuals(2025, endOfQ1), endOfQ1)
                .revenue().targetToDate());
        LocalDate startOfQ2 = LocalDate.of(2025, 4, 1);
        assertAmount("9100", PlanVsActual.of(targets("9000", "0", "9100", "0"), actuals(2025, startOfQ2),
                startOfQ2).revenue().targetToDate());
    }

    @Test
    void forecastOfTheYearFiguresUsesTheRunRate() {
        LocalDate today = LocalDate.of(2025, 7, 2); // day 183 of 365
        PlanVsActual vs = PlanVsActual.of(targets("1000", "100", "1000", "100", "1000", "100", "1000", "100"),
                actuals(2025, today, "915", "915"), today);
        assertEquals(183, vs.elapsedDays());
        assertEquals(365, vs.daysInYear());
        assertAmount("3650.00", vs.revenue().forecast());
        assertAmount("-350.00", vs.revenue().forecastVariance());
        assertAmount("365.00", vs.margin().forecast());
    }

    @Test
    void quarterOfADayAndQuarterLengths() {
        assertEquals(Quarter.Q1, Quarter.of(LocalDate.of(2025, 3, 31)));
        assertEquals(Quarter.Q2, Quarter.of(LocalDate.of(2025, 4, 1)));
        assertEquals(Quarter.Q4, Quarter.of(LocalDate.of(2025, 12, 31)));
        assertEquals(90, Quarter.Q1.days(2025));
        assertEquals(91, Quarter.Q1.days(2024));
        assertEquals(92, Quarter.Q3.days(2025));
    }
}
