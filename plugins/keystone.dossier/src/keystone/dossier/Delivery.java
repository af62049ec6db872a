package keystone.dossier;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A delivery to the account: what we delivered and what it was worth.
 *
 * @param value the value of the delivery to cents, or {@code null} when unknown
 */
public record Delivery(long id, long accountId, LocalDate date, String title, String notes, String what,
        BigDecimal value) implements HistoryEvent {

    public Delivery {
        Checks.id(id, "id");
        Checks.id(accountId, "account id");
        Checks.date(date, "date");
        title = Checks.text(title);
        notes = Checks.text(notes);
        what = Checks.text(what);
        value = Checks.money(value, "delivery value");
    }

    @Override
    public Kind kind() {
        return Kind.DELIVERY;
    }

    @Override
    public Delivery withId(long newId) {
        return new Delivery(newId, accountId, date, title, notes, what, value);
    }
}
