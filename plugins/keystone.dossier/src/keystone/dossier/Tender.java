package keystone.dossier;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A tender we took part in, how it ended and why; a lost tender names the competitor that won it.
 *
 * @param reason            why it ended so (for a lost tender: why we lost)
 * @param winningCompetitor who won it, when not we
 * @param value             the value of the tender to cents, or {@code null} when unknown
 */
public record Tender(long id, long accountId, LocalDate date, String title, String notes, TenderOutcome outcome,
        String reason, String winningCompetitor, BigDecimal value) implements HistoryEvent {

    public Tender {
        Checks.id(id, "id");
        Checks.id(accountId, "account id");
        Checks.date(date, "date");
        Objects.requireNonNull(outcome, "outcome");
        title = Checks.text(title);
        notes = Checks.text(notes);
        reason = Checks.text(reason);
        winningCompetitor = Checks.text(winningCompetitor);
        value = Checks.money(value, "tender value");
    }

    @Override
    public Kind kind() {
        return Kind.TENDER;
    }

    @Override
    public Tender withId(long newId) {
        return new Tender(newId, accountId, date, title, notes, outcome, reason, winningCompetitor, value);
    }
}
