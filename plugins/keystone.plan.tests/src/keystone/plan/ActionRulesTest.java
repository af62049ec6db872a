package keystone.plan;

import static keystone.plan.TestPlans.action;
import static keystone.plan.TestPlans.day;
import static keystone.plan.TestPlans.full;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Objectives with fewer than two actions, and overdue actions at the due-date boundary.
 */
class ActionRulesTest {

    @Test
    void objectivesWithTwoActionsAreFineAndWithOneAreThin() {
        AccountPlan plan = full(7);
        assertEquals(List.of(), ActionRules.thinObjectives(plan));
        List<PlanAction> actions = new ArrayList<>(plan.actions());
        actions.remove(3);
        assertEquals(List.of(plan.objectives().get(1)), ActionRules.thinObjectives(plan.withActions(actions)));
        assertEquals(1, ActionRules.linkedActions(plan.withActions(actions), plan.objectives().get(1)));
    }

    @Test
    void cancelledActionsDoNotBackAnObjective() {
        AccountPlan plan = full(7);
        List<PlanAction> actions = new ArrayList<>(plan.actions());
        actions.set(2, actions.get(2).withStatus(ActionStatus.CANCELLED));
        assertEquals(List.of(plan.objectives().get(1)), ActionRules.thinObjectives(plan.withActions(actions)));
    }

    @Test
    void objectivesNotStoredYetWithoutATemporaryIdAreAlwaysThin() {
        Objective unsaved = TestPlans.objective(0, Metric.MARGIN, null, "10", day(12, 31));
        AccountPlan plan = full(7).withObjectives(List.of(full(7).objectives().get(0), unsaved));
        assertEquals(List.of(unsaved), ActionRules.thinObjectives(plan));
    }

    @Test
    void anOpenActionDueYesterdayIsOverdueDueTodayIsNot() {
        PlanAction yesterday = action("A", day(5, 9), ActionStatus.OPEN, null);
        PlanAction today = action("B", day(5, 10), ActionStatus.IN_PROGRESS, null);
        PlanAction done = action("C", day(1, 10), ActionStatus.DONE, null);
        PlanAction cancelled = action("D", day(1, 10), ActionStatus.CANCELLED, null);
        PlanAction inProgress = action("E", day(1, 10), ActionStatus.IN_PROGRESS, null);
        AccountPlan plan = full(7).withActions(List.of(yesterday, today, done, cancelled, inProgress));
        assertEquals(List.of(yesterday, inProgress), ActionRules.overdue(plan, day(5, 10)));
        assertEquals(List.of(yesterday, today, inProgress), ActionRules.overdue(plan, day(5, 11)));
    }
}
