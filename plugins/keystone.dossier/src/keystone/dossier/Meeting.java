package keystone.dossier;

import java.time.LocalDate;
import java.util.List;

/**
 * A visit or meeting with the account: who took part, the minutes, and the follow-up actions agreed.
 */
public record Meeting(long id, long accountId, LocalDate date, String title, String notes, String participants,
        String minutes, List<FollowUp> followUps) implements HistoryEvent {

    public Meeting {
        Checks.id(id, "id");
        Checks.id(accountId, "account id");
        Checks.date(date, "date");
        title = Checks.text(title);
        notes = Checks.text(notes);
        participants = Checks.text(participants);
        minutes = Checks.text(minutes);
        followUps = followUps == null ? List.of() : List.copyOf(followUps);
    }

    @Override
    public Kind kind() {
        return Kind.MEETING;
    }

    @Override
    public Meeting withId(long newId) {
        return new Meeting(newId, accountId, date, title, notes, participants, minutes, followUps);
    }

    public Meeting withFollowUps(List<FollowUp> newFollowUps) {
        return new Meeting(id, accountId, date, title, notes, participants, minutes, newFollowUps);
    }
}
