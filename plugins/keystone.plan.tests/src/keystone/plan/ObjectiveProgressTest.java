package keystone.plan;

import static keystone.plan.TestPlans.amount;
import static keystone.plan.TestPlans.day;
import static keystone.plan.TestPlans.objective;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/**
 * Objective traffic lights exactly at the green (100 %) and amber (90 %) boundaries, for flows, levels, "reduce"
 * and "hold" objectives, and the cases without a status.
 */
class ObjectiveProgressTest {

    private static final int YEAR = TestPlans.YEAR;
    /** Day 100 of 2025. */
    private static final LocalDate APRIL_10 = day(4, 10);
    /** Day 50 of 2025: half of the time to 10 April. */
    private static final LocalDate FEBRUARY_19 = day(2, 19);

    private static RagStatus status(Objective o, String current, LocalDate today) {
        return ObjectiveProgress.of(o, amount(current), YEAR, today).status();
    }

    // --- flows: projected = current / share of time

    @Test
    void revenueProjectedExactlyToTheTargetIsGreen() {
        Objective revenue = objective(1, Metric.REVENUE, null, "365000", day(12, 31));
        ObjectiveProgress p = ObjectiveProgress.of(revenue, amount("100000"), YEAR, APRIL_10);
        assertEquals(RagStatus.GREEN, p.status());
        assertEquals(0, amount("365000").compareTo(p.projected()));
        assertEquals(Phase.RUNNING, p.phase());
    }

    @Test
    void revenueProjectedToExactlyNinetyPercentIsAmberAndACentLessIsRed() {
        Objective revenue = objective(1, Metric.REVENUE, "300000", "365000", day(12, 31));
        assertEquals(RagStatus.AMBER, status(revenue, "90000", APRIL_10));
        assertEquals(RagStatus.AMBER, status(revenue, "99999.99", APRIL_10));
        assertEquals(RagStatus.RED, status(revenue, "89999.99", APRIL_10));
    }

    @Test
    void flowsIgnoreTheBaselineBecauseTheyStartFromZeroEachYear() {
        Objective margin = objective(1, Metric.MARGIN, "500000", "365000", day(12, 31));
        assertEquals(RagStatus.GREEN, status(margin, "100000", APRIL_10), "not a reduce objective");
    }

    @Test
    void anEarlierDueDateShortensThePeriod() {
        Objective revenue = objective(1, Metric.REVENUE, null, "1000", APRIL_10);
        assertEquals(RagStatus.GREEN, status(revenue, "500", FEBRUARY_19));
        assertEquals(RagStatus.RED, status(revenue, "449.99", FEBRUARY_19));
    }

    // --- levels with a baseline: the change so far, extrapolated

    @Test
    void levelHalfWayInTimeAndHalfWayToTheTargetIsGreen() {
        Objective share = objective(1, Metric.SHARE_OF_WALLET, "30", "40", APRIL_10);
        ObjectiveProgress p = ObjectiveProgress.of(share, amount("35"), YEAR, FEBRUARY_19);
        assertEquals(RagStatus.GREEN, p.status());
        assertEquals(0, amount("40").compareTo(p.projected()));
        assertEquals(RagStatus.AMBER, status(share, "34.5", FEBRUARY_19), "projected 39: 90 % of the way");
        assertEquals(RagStatus.RED, status(share, "34.49", FEBRUARY_19));
    }

    @Test
    void reduceObjectivesCountGoingDownAsProgress() {
        Objective share = objective(1, Metric.SHARE_OF_WALLET, "50", "40", APRIL_10);
        assertEquals(RagStatus.GREEN, status(share, "45", FEBRUARY_19), "projected 40");
        assertEquals(RagStatus.GREEN, status(share, "39", FEBRUARY_19));
        assertEquals(RagStatus.AMBER, status(share, "45.5", FEBRUARY_19), "projected 41: 90 % of the way");
        assertEquals(RagStatus.RED, status(share, "45.51", FEBRUARY_19));
        assertEquals(RagStatus.RED, status(share, "55", FEBRUARY_19), "going up is no progress");
        assertEquals(true, share.reduces());
    }

    @Test
    void holdObjectivesAreJudgedByTheCurrentValue() {
        Objective hold = objective(1, Metric.COMPLAINT_RESOLUTION_RATE, "40", "40", day(12, 31));
        assertEquals(RagStatus.GREEN, status(hold, "40", APRIL_10));
        assertEquals(RagStatus.AMBER, status(hold, "36", APRIL_10));
        assertEquals(RagStatus.RED, status(hold, "35.99", APRIL_10));
    }

    @Test
    void levelsWithoutBaselineAreJudgedByTheCurrentValue() {
        Objective coverage = objective(1, Metric.DECISION_MAKER_COVERAGE, null, "40", day(12, 31));
        assertEquals(RagStatus.GREEN, status(coverage, "40", APRIL_10));
        assertEquals(RagStatus.AMBER, status(coverage, "36", APRIL_10));
        assertEquals(RagStatus.RED, status(coverage, "35.9999", APRIL_10));
    }

    @Test
    void fromTheDueDateOnTheProjectionIsTheCurrentValue() {
        Objective share = objective(1, Metric.SHARE_OF_WALLET, "30", "40", APRIL_10);
        ObjectiveProgress onDue = ObjectiveProgress.of(share, amount("39"), YEAR, APRIL_10);
        assertEquals(Phase.RUNNING, onDue.phase());
        assertEquals(0, amount("39").compareTo(onDue.projected()));
        assertEquals(RagStatus.AMBER, onDue.status());
        ObjectiveProgress after = ObjectiveProgress.of(share, amount("39"), YEAR, day(4, 11));
        assertEquals(Phase.ENDED, after.phase());
        assertEquals(0, amount("39").compareTo(after.projected()));
        assertEquals(APRIL_10, ObjectiveProgress.asOf(share, YEAR, day(6, 1)));
        assertEquals(FEBRUARY_19, ObjectiveProgress.asOf(share, YEAR, FEBRUARY_19));
    }

    @Test
    void aTargetOfZeroIsAlwaysReached() {
        assertEquals(RagStatus.GREEN, status(objective(1, Metric.REVENUE, null, "0", day(12, 31)), "0", APRIL_10));
    }

    // --- no status

    @Test
    void beforeTheYearThereIsNoStatus() {
        ObjectiveProgress p = ObjectiveProgress.of(objective(1, Metric.REVENUE, null, "1000", day(12, 31)),
                amount("0"), YEAR, LocalDate.of(YEAR - 1, 12, 31));
        assertEquals(Phase.NOT_STARTED, p.phase());
        assertNull(p.status());
        assertNull(p.projected());
    }

    @Test
    void customMetricsUnknownValuesAndMissingTargetsHaveNoStatus() {
        assertNull(status(objective(1, Metric.CUSTOM, "100", "80", day(12, 31)), "90", APRIL_10));
        assertNull(ObjectiveProgress.of(objective(1, Metric.SHARE_OF_WALLET, "30", "40", day(12, 31)), null, YEAR,
                APRIL_10).status());
        assertNull(status(objective(1, Metric.REVENUE, null, null, day(12, 31)), "90", APRIL_10));
    }
}
