package keystone.dossier;

import java.time.LocalDate;

/**
 * An action agreed in a meeting: what, who does it, by when, and whether it is done.
 *
 * @param id    database id; {@link #NEW_ID} for one not stored yet
 * @param due   the day it is due, required
 */
public record FollowUp(long id, String action, String owner, LocalDate due, boolean done) {

    public static final long NEW_ID = 0L;

    public FollowUp {
        Checks.id(id, "id");
        action = Checks.text(action);
        owner = Checks.text(owner);
        Checks.date(due, "due");
    }

    /** Due before {@code today} and not done; an action due today is not overdue yet. */
    public boolean overdue(LocalDate today) {
        return !done && due.isBefore(today);
    }

    public FollowUp withId(long newId) {
        return new FollowUp(newId, action, owner, due, done);
    }
}
