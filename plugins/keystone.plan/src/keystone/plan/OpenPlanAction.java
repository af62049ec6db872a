package keystone.plan;

import java.util.Objects;

/**
 * An action of a plan still to be done, with the account and plan it belongs to, for the "My open actions" view.
 *
 * @param objective the label of the objective it serves, or empty
 * @param overdue   it was due before the day the list was made
 */
public record OpenPlanAction(long accountId, String accountName, long planId, int year, String objective,
        PlanAction action, boolean overdue) {

    public OpenPlanAction {
        accountName = accountName == null ? "" : accountName;
        objective = objective == null ? "" : objective;
        Objects.requireNonNull(action, "action");
    }
}
