package keystone.dossier;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A follow-up action not done yet, with the meeting and account it comes from, for the "My open actions" view.
 *
 * @param meetingId the meeting that agreed the action
 * @param overdue   the action was due before the day the list was made
 */
public record OpenAction(long accountId, String accountName, long meetingId, String meetingTitle,
        LocalDate meetingDate, FollowUp followUp, boolean overdue) {

    public OpenAction {
        Objects.requireNonNull(followUp, "followUp");
        accountName = accountName == null ? "" : accountName;
        meetingTitle = meetingTitle == null ? "" : meetingTitle;
    }
}
