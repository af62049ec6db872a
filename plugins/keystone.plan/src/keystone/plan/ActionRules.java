package keystone.plan;

import java.time.LocalDate;
import java.util.List;

/**
 * The findings on a plan's actions: objectives not backed by enough actions (the domain brief asks for at least two
 * per objective) and actions that are overdue.
 */
public final class ActionRules {

    /** The least number of actions, not cancelled, that an objective needs. */
    public static final int MIN_ACTIONS_PER_OBJECTIVE = 2;

    private ActionRules() {
    }

    /**
     * The objectives served by fewer than {@value #MIN_ACTIONS_PER_OBJECTIVE} actions that are not cancelled (done
     * ones count), in plan order. An objective not stored yet (id 0) cannot be linked to and is always listed.
     */
    public static List<Objective> thinObjectives(AccountPlan plan) {
        return plan.objectives().stream().filter(o -> linkedActions(plan, o) < MIN_ACTIONS_PER_OBJECTIVE).toList();
    }

    /** The actions, not cancelled, that serve {@code objective}. */
    public static int linkedActions(AccountPlan plan, Objective objective) {
        return (int) plan.actionsOf(objective).stream().filter(a -> a.status() != ActionStatus.CANCELLED).count();
    }

    /** The actions still open and due before {@code today}, in plan order; one due today is not overdue. */
    public static List<PlanAction> overdue(AccountPlan plan, LocalDate today) {
        return plan.actions().stream().filter(a -> a.overdue(today)).toList();
    }
}
