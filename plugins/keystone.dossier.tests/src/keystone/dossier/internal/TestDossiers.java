package keystone.dossier.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import keystone.dossier.Competitor;
import keystone.dossier.Complaint;
import keystone.dossier.Delivery;
import keystone.dossier.Dossier;
import keystone.dossier.FollowUp;
import keystone.dossier.HistoryEvent;
import keystone.dossier.KeyContact;
import keystone.dossier.Meeting;
import keystone.dossier.Qualification;
import keystone.dossier.Qualification.Rating;
import keystone.dossier.Tender;
import keystone.dossier.TenderOutcome;
import keystone.model.account.Account;

/**
 * Dossiers for the tests: a full one with every kind of event, and a way to compare dossiers without their ids.
 */
final class TestDossiers {

    private TestDossiers() {
    }

    /** A dossier with every part filled; {@code text} goes into every long free-text field. */
    static Dossier full(Account account, String text) {
        long id = account.id();
        Qualification qualification = new Qualification(id, Rating.YES, "Needs 4 new press lines; " + text,
                Rating.PARTLY, "Rating A-, " + text, Rating.YES, "Met the CEO twice", LocalDate.of(2025, 1, 15),
                "Anna Berg");
        List<HistoryEvent> history = List.of(
                new Delivery(0, id, LocalDate.of(2023, 3, 1), "Press line 4", text, "Hydraulic press line",
                        new BigDecimal("125000.50")),
                new Tender(0, id, LocalDate.of(2023, 9, 1), "Service contract 2024", "", TenderOutcome.WON,
                        "Best response time", "", new BigDecimal("80000")),
                new Tender(0, id, LocalDate.of(2024, 11, 20), "Retrofit hall 2", text, TenderOutcome.LOST,
                        "Price 8 % above the winner; " + text, "Konkurrent GmbH", new BigDecimal("480000")),
                new Tender(0, id, LocalDate.of(2024, 12, 1), "Spare parts frame", "", TenderOutcome.WITHDRAWN,
                        "Terms not acceptable", "", null),
                new Complaint(0, id, LocalDate.of(2024, 2, 1), "Late delivery of spares", text,
                        LocalDate.of(2024, 2, 15), "Express shipment, credit note; " + text),
                new Complaint(0, id, LocalDate.of(2025, 4, 2), "Noise of line 4", "", null, ""),
                new Meeting(0, id, LocalDate.of(2025, 3, 10), "Annual review", "", "Anna Berg, CEO, CFO",
                        "Discussed the Zeppelin retrofit programme; " + text,
                        List.of(new FollowUp(0, "Send the retrofit offer; " + text, "Anna Berg", LocalDate.of(2025, 4, 1),
                                false), new FollowUp(0, "Book the plant visit", "Tom Lee", LocalDate.of(2025, 3, 20),
                                        true))),
                new Meeting(0, id, LocalDate.of(2025, 3, 10), "Dinner with the CFO", text, "CFO", "", List.of()));
        List<Competitor> competitors = List.of(
                new Competitor(0, id, "Konkurrent GmbH", "Presses and service", new BigDecimal("30"),
                        "Local service team", "Slow spare parts; " + text, "Plays golf with the CFO"),
                new Competitor(0, id, "Asia Press Ltd", "Cheap presses", new BigDecimal("25.5"), text, "", ""),
                new Competitor(0, id, "Unknown share Inc", "", null, "", "", ""));
        List<KeyContact> contacts = List.of(
                new KeyContact(0, id, "Olga Petrova", "Head of purchasing", true, LocalDate.of(2025, 2, 28)),
                new KeyContact(0, id, "Jan Novak", "CEO", false, null));
        return new Dossier(account, qualification, history, competitors, new BigDecimal("40"), contacts);
    }

    /** The dossier with every id set to 0, as it was before it was stored. */
    static Dossier withoutIds(Dossier dossier) {
        List<HistoryEvent> history = dossier.history().stream().map(e -> {
            HistoryEvent event = e.withId(0);
            return event instanceof Meeting m
                    ? m.withFollowUps(m.followUps().stream().map(f -> f.withId(0)).toList())
                    : event;
        }).toList();
        return dossier.withHistory(history)
                .withCompetitors(dossier.competitors().stream().map(c -> c.withId(0)).toList())
                .withKeyContacts(dossier.keyContacts().stream().map(k -> k.withId(0)).toList());
    }
}
