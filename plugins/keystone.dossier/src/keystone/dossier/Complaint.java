package keystone.dossier;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * A complaint of the account: opened on {@link #date()}, resolved on {@link #resolvedOn()} (or still open).
 *
 * @param resolvedOn the day it was resolved, not before it was opened; {@code null} while it is open
 * @param resolution how it was resolved
 */
public record Complaint(long id, long accountId, LocalDate date, String title, String notes, LocalDate resolvedOn,
        String resolution) implements HistoryEvent {

    public Complaint {
        Checks.id(id, "id");
        Checks.id(accountId, "account id");
        Checks.date(date, "date");
        if (resolvedOn != null && resolvedOn.isBefore(date)) {
            throw new IllegalArgumentException("A complaint cannot be resolved (" + resolvedOn + ") before it was opened ("
                    + date + ").");
        }
        title = Checks.text(title);
        notes = Checks.text(notes);
        resolution = Checks.text(resolution);
    }

    public boolean resolved() {
        return resolvedOn != null;
    }

    /** Days from opening to resolution (0 when resolved the day it was opened); empty while open. */
    public Optional<Long> resolutionDays() {
        return resolvedOn == null ? Optional.empty() : Optional.of(ChronoUnit.DAYS.between(date, resolvedOn));
    }

    @Override
    public Kind kind() {
        return Kind.COMPLAINT;
    }

    @Override
    public Complaint withId(long newId) {
        return new Complaint(newId, accountId, date, title, notes, resolvedOn, resolution);
    }
}
