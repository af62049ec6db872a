package keystone.model.actions;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One open action of an {@link OpenActionSource}: what is to be done, by whom and when, for which account, and
 * where it comes from.
 *
 * @param origin  where the action was agreed, as the user recognises it (e.g. "2026 plan: revenue"), in the
 *                user's language
 * @param overdue it was due before the day the list was made
 */
public record OpenActionRow(long accountId, String accountName, String origin, String action, String owner,
        LocalDate due, boolean overdue) {

    public OpenActionRow {
        accountName = accountName == null ? "" : accountName;
        origin = origin == null ? "" : origin;
        action = action == null ? "" : action;
        owner = owner == null ? "" : owner;
        Objects.requireNonNull(due, "due");
    }
}
