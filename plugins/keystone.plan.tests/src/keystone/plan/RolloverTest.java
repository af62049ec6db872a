package keystone.plan;

import static keystone.plan.TestPlans.action;
import static keystone.plan.TestPlans.amount;
import static keystone.plan.TestPlans.day;
import static keystone.plan.TestPlans.full;
import static keystone.plan.TestPlans.objective;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Next year's plan from this year's: what is copied, what is carried over, what starts empty.
 */
class RolloverTest {

    private static final LocalDate CREATED = LocalDate.of(2025, 12, 15);

    /** A stored-looking plan: objectives 11 and 12, actions in every status. */
    private static AccountPlan stored() {
        List<Objective> objectives = List.of(objective(11, Metric.REVENUE, "900000", "1000000", day(12, 31)),
                objective(12, Metric.SHARE_OF_WALLET, "30", "40", LocalDate.of(TestPlans.YEAR, 2, 28)));
        List<PlanAction> actions = List.of(
                action("done", day(2, 1), ActionStatus.DONE, 11L).withId(101),
                action("cancelled", day(3, 1), ActionStatus.CANCELLED, 11L).withId(102),
                action("open, overdue", day(4, 1), ActionStatus.OPEN, 12L).withId(103),
                action("in progress", day(12, 20), ActionStatus.IN_PROGRESS, 11L).withId(104),
                action("open, unlinked", day(6, 1), ActionStatus.OPEN, null).withId(105));
        return full(7).withId(3).withObjectives(objectives).withActions(actions);
    }

    @Test
    void theNewPlanIsADraftOfTheNextYearWithEveryPartNew() {
        AccountPlan next = Rollover.of(stored(), Map.of(), CREATED);
        assertEquals(AccountPlan.NEW_ID, next.id());
        assertEquals(7, next.accountId());
        assertEquals(TestPlans.YEAR + 1, next.year());
        assertEquals(PlanState.DRAFT, next.state());
        assertEquals(CREATED, next.createdOn());
        assertTrue(next.risks().stream().allMatch(r -> r.id() == Risk.NEW_ID));
        assertTrue(next.budget().stream().allMatch(b -> b.id() == BudgetLine.NEW_ID));
        assertTrue(next.actions().stream().allMatch(a -> a.id() == PlanAction.NEW_ID));
        assertEquals(List.of(), PlanValidation.validate(next), "valid as it is");
    }

    @Test
    void summarySwotRisksAndBudgetAreCopied() {
        AccountPlan from = stored();
        AccountPlan next = Rollover.of(from, Map.of(), CREATED);
        assertEquals(from.summary(), next.summary());
        assertEquals(from.swot(), next.swot());
        assertEquals(from.risks().get(0).text(), next.risks().get(0).text());
        assertEquals(from.budget().get(0).amount(), next.budget().get(0).amount());
    }

    @Test
    void targetsOpportunitiesReviewsAndScoresStartEmpty() {
        AccountPlan next = Rollover.of(stored(), Map.of(), CREATED);
        assertTrue(next.targets().stream().allMatch(QuarterTarget::isEmpty));
        assertEquals(List.of(), next.opportunities());
        assertEquals(List.of(), next.reviews());
        assertEquals(PortfolioScores.NONE, next.scores());
    }

    @Test
    void objectivesMoveOneYearWithLastYearsTargetOrTheCurrentValueAsBaseline() {
        AccountPlan next = Rollover.of(stored(), Map.of(12L, new BigDecimal("37.5")), CREATED);
        Objective revenue = next.objectives().get(0);
        Objective share = next.objectives().get(1);
        assertEquals(-1, revenue.id());
        assertEquals(-2, share.id());
        assertEquals(LocalDate.of(2026, 12, 31), revenue.due());
        assertEquals(LocalDate.of(2026, 2, 28), share.due());
        assertEquals(0, amount("1000000").compareTo(revenue.baseline()), "last year's target");
        assertEquals(0, amount("1000000").compareTo(revenue.target()));
        assertEquals(0, amount("37.5").compareTo(share.baseline()), "the current value");
    }

    @Test
    void the29thOfFebruaryBecomesThe28th() {
        AccountPlan leap = AccountPlan.empty(7, 2024, CREATED)
                .withObjectives(List.of(new Objective(5, Metric.MARGIN, "", null, amount("1"),
                        LocalDate.of(2024, 2, 29))));
        assertEquals(LocalDate.of(2025, 2, 28), Rollover.of(leap, Map.of(), CREATED).objectives().get(0).due());
    }

    @Test
    void openActionsAreCarriedOverDoneAndCancelledAreNot() {
        AccountPlan next = Rollover.of(stored(), Map.of(), CREATED);
        assertEquals(List.of("open, overdue", "in progress", "open, unlinked"),
                next.actions().stream().map(PlanAction::text).toList());
        assertEquals(List.of(ActionStatus.OPEN, ActionStatus.IN_PROGRESS, ActionStatus.OPEN),
                next.actions().stream().map(PlanAction::status).toList());
    }

    @Test
    void carriedActionsFollowTheirObjectivesAndAreDueInTheNewYear() {
        AccountPlan next = Rollover.of(stored(), Map.of(), CREATED);
        PlanAction overdue = next.actions().get(0);
        assertEquals(-2L, overdue.objectiveId());
        assertEquals(LocalDate.of(2026, 1, 1), overdue.due(), "clamped into the new year");
        assertEquals(-1L, next.actions().get(1).objectiveId());
        assertNull(next.actions().get(2).objectiveId());
    }

    @Test
    void clampKeepsDaysInsideTheYear() {
        assertEquals(LocalDate.of(2026, 1, 1), Rollover.clamp(LocalDate.of(2025, 12, 31), 2026));
        assertEquals(LocalDate.of(2026, 5, 5), Rollover.clamp(LocalDate.of(2026, 5, 5), 2026));
        assertEquals(LocalDate.of(2026, 12, 31), Rollover.clamp(LocalDate.of(2027, 1, 1), 2026));
    }
}
