package keystone.plan;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An action of a plan: what, who does it, by when, how far it got, and the objective it serves.
 *
 * @param id          database id; {@link #NEW_ID} for one not stored yet
 * @param text        what is to be done
 * @param owner       who does it; {@link PlanValidation} requires a name
 * @param due         the day it is due, inside the plan year
 * @param objectiveId the id of the plan's objective it serves (a temporary negative id for a new objective), or
 *                    {@code null} when it serves none
 */
public record PlanAction(long id, String text, String owner, LocalDate due, ActionStatus status, Long objectiveId) {

    public static final long NEW_ID = 0L;

    public PlanAction {
        text = Checks.text(text);
        owner = Checks.text(owner);
        Checks.date(due, "due");
        Objects.requireNonNull(status, "status");
    }

    /** Still to be done: open or in progress. */
    public boolean open() {
        return status.open();
    }

    /** Due before {@code today} and still open; an action due today is not overdue yet. */
    public boolean overdue(LocalDate today) {
        return open() && due.isBefore(today);
    }

    /** Serves the objective {@code objectiveId}. */
    public boolean serves(long objectiveId) {
        return this.objectiveId != null && this.objectiveId == objectiveId;
    }

    public PlanAction withId(long newId) {
        return new PlanAction(newId, text, owner, due, status, objectiveId);
    }

    public PlanAction withStatus(ActionStatus newStatus) {
        return new PlanAction(id, text, owner, due, newStatus, objectiveId);
    }

    public PlanAction withDue(LocalDate newDue) {
        return new PlanAction(id, text, owner, newDue, status, objectiveId);
    }

    public PlanAction withObjectiveId(Long newObjectiveId) {
        return new PlanAction(id, text, owner, due, status, newObjectiveId);
    }
}
