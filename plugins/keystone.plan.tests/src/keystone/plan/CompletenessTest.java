package keystone.plan;

import static keystone.plan.TestPlans.action;
import static keystone.plan.TestPlans.day;
import static keystone.plan.TestPlans.full;
import static keystone.plan.TestPlans.targets;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import keystone.plan.Completeness.Section;

/**
 * The completeness score with every section there, each one missing in turn, and the edges of each section's rule.
 */
class CompletenessTest {

    private static final AccountPlan FULL = full(7);

    private static void assertOnlyMissing(Section section, AccountPlan plan) {
        Completeness c = Completeness.of(plan);
        assertEquals(List.of(section), c.missing());
        assertEquals(89, c.score(), "8 of 9 sections: 88.9 rounds to 89");
    }

    @Test
    void aFullPlanScoresHundred() {
        Completeness c = Completeness.of(FULL);
        assertEquals(100, c.score());
        assertTrue(c.complete());
    }

    @Test
    void anEmptyPlanScoresZeroWithEverySectionMissing() {
        Completeness c = Completeness.of(AccountPlan.empty(7, 2025, LocalDate.of(2025, 1, 1)));
        assertEquals(0, c.score());
        assertEquals(List.of(Section.values()), c.missing());
    }

    @Test
    void eachSectionMissingIsNamed() {
        assertOnlyMissing(Section.SUMMARY, FULL.withSummary("  \n"));
        assertOnlyMissing(Section.SWOT, FULL.withSwot(Swot.EMPTY));
        assertOnlyMissing(Section.TARGETS, FULL.withTargets(List.of()));
        assertOnlyMissing(Section.ACTIONS, FULL.withActions(FULL.actions().subList(0, 3)));
        assertOnlyMissing(Section.OPPORTUNITIES, FULL.withOpportunities(List.of()));
        assertOnlyMissing(Section.RISKS, FULL.withRisks(List.of()));
        assertOnlyMissing(Section.BUDGET, FULL.withBudget(List.of()));
        assertOnlyMissing(Section.REVIEWS, FULL.withReviews(List.of()));
        // without objectives, the remaining unlinked action still makes the actions section
        assertOnlyMissing(Section.OBJECTIVES, FULL.withObjectives(List.of()).withActions(FULL.actions().subList(4, 5)));
    }

    @Test
    void swotNeedsAnEntryOnBothSides() {
        Swot customerOnly = new Swot(FULL.swot().customer(), Swot.Side.EMPTY);
        Swot oursOnly = new Swot(Swot.Side.EMPTY, FULL.swot().ours());
        assertOnlyMissing(Section.SWOT, FULL.withSwot(customerOnly));
        assertOnlyMissing(Section.SWOT, FULL.withSwot(oursOnly));
        Swot oneEach = new Swot(new Swot.Side(null, null, null, List.of("Cycle")),
                new Swot.Side(null, List.of("Price"), null, null));
        assertEquals(100, Completeness.of(FULL.withSwot(oneEach)).score());
    }

    @Test
    void targetsNeedARevenueAboveZeroInEveryQuarter() {
        assertOnlyMissing(Section.TARGETS, FULL.withTargets(targets("1", "0", "1", "0", "1", "0", "0", "5")));
        assertOnlyMissing(Section.TARGETS, FULL.withTargets(targets("1", "0", "1", "0", "1", "0", null, "5")));
        assertEquals(100, Completeness.of(FULL.withTargets(targets("0.01", null, "1", null, "1", null, "1", null)))
                .score(), "margins are not required");
    }

    @Test
    void actionsNeedTwoNotCancelledActionsPerObjective() {
        List<PlanAction> actions = new ArrayList<>(FULL.actions());
        actions.set(0, actions.get(0).withStatus(ActionStatus.CANCELLED));
        assertOnlyMissing(Section.ACTIONS, FULL.withActions(actions));
        actions.add(action("Replacement", day(6, 1), ActionStatus.DONE, -1L));
        assertEquals(100, Completeness.of(FULL.withActions(actions)).score(), "done actions count");
    }

    @Test
    void theScoreRoundsHalfUp() {
        AccountPlan fourMissing = FULL.withSummary("").withRisks(List.of()).withBudget(List.of())
                .withReviews(List.of());
        assertEquals(56, Completeness.of(fourMissing).score(), "5 of 9 = 55.6");
        assertEquals(44, Completeness.of(fourMissing.withOpportunities(List.of())).score(), "4 of 9 = 44.4");
        assertEquals(11, Completeness.of(AccountPlan.empty(7, 2025, LocalDate.of(2025, 1, 1))
                .withSummary("Summary")).score());
    }
}
