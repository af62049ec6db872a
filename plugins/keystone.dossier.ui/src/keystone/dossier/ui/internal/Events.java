package keystone.dossier.ui.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.eclipse.osgi.util.NLS;

import keystone.dossier.Complaint;
import keystone.dossier.Delivery;
import keystone.dossier.FollowUp;
import keystone.dossier.HistoryEvent;
import keystone.dossier.Meeting;
import keystone.dossier.Tender;
import keystone.dossier.TenderOutcome;

/**
 * What the History page needs of history events beyond the records: changing the fields every kind shares, new
 * events of each kind, labels, a one-line summary and text matching.
 */
final class Events {

    private Events() {
    }

    /** {@code e} with another date, title and notes, its kind's own fields kept. */
    static HistoryEvent withCommon(HistoryEvent e, LocalDate date, String title, String notes) {
        return switch (e) {
            case Delivery d -> new Delivery(d.id(), d.accountId(), date, title, notes, d.what(), d.value());
            case Tender t -> new Tender(t.id(), t.accountId(), date, title, notes, t.outcome(), t.reason(),
                    t.winningCompetitor(), t.value());
            case Complaint c -> new Complaint(c.id(), c.accountId(), date, title, notes, c.resolvedOn(), c.resolution());
            case Meeting m -> new Meeting(m.id(), m.accountId(), date, title, notes, m.participants(), m.minutes(),
                    m.followUps());
        };
    }

    /** A new event of {@code kind} dated {@code today}, with a title saying what it is. */
    static HistoryEvent create(HistoryEvent.Kind kind, long accountId, LocalDate today) {
        long id = HistoryEvent.NEW_ID;
        return switch (kind) {
            case DELIVERY -> new Delivery(id, accountId, today, Messages.History_newDelivery, "", "", null);
            case TENDER -> new Tender(id, accountId, today, Messages.History_newTender, "", TenderOutcome.OPEN, "", "",
                    null);
            case COMPLAINT -> new Complaint(id, accountId, today, Messages.History_newComplaint, "", null, "");
            case MEETING -> new Meeting(id, accountId, today, Messages.History_newMeeting, "", "", "", List.of());
        };
    }

    static String label(HistoryEvent.Kind kind) {
        return switch (kind) {
            case DELIVERY -> Messages.Kind_DELIVERY;
            case TENDER -> Messages.Kind_TENDER;
            case COMPLAINT -> Messages.Kind_COMPLAINT;
            case MEETING -> Messages.Kind_MEETING;
        };
    }

    static String label(TenderOutcome outcome) {
        return switch (outcome) {
            case WON -> Messages.Outcome_WON;
            case LOST -> Messages.Outcome_LOST;
            case WITHDRAWN -> Messages.Outcome_WITHDRAWN;
            case OPEN -> Messages.Outcome_OPEN;
        };
    }

    /** The table's Details column: what matters most about the event, on one line. */
    static String summary(HistoryEvent e) {
        String text = switch (e) {
            case Delivery d -> join(d.what(), money(d.value()));
            case Tender t -> join(label(t.outcome()),
                    t.winningCompetitor().isBlank() ? "" : NLS.bind(Messages.Tender_wonBy, t.winningCompetitor()),
                    money(t.value()), t.reason());
            case Complaint c -> c.resolved()
                    ? NLS.bind(Messages.Complaint_resolvedAfter, c.resolvedOn(), c.resolutionDays().orElseThrow())
                    : Messages.Complaint_open;
            case Meeting m -> join(m.participants(), NLS.bind(Messages.Meeting_summary, m.followUps().size(),
                    m.followUps().stream().filter(f -> !f.done()).count()));
        };
        return oneLine(text);
    }

    /** Whether any text of the event (title, notes, its kind's texts, follow-ups) contains {@code lowerCaseText}. */
    static boolean contains(HistoryEvent e, String lowerCaseText) {
        if (has(e.title(), lowerCaseText) || has(e.notes(), lowerCaseText)) {
            return true;
        }
        return switch (e) {
            case Delivery d -> has(d.what(), lowerCaseText);
            case Tender t -> has(t.reason(), lowerCaseText) || has(t.winningCompetitor(), lowerCaseText);
            case Complaint c -> has(c.resolution(), lowerCaseText);
            case Meeting m -> has(m.participants(), lowerCaseText) || has(m.minutes(), lowerCaseText)
                    || m.followUps().stream().anyMatch(f -> has(f.action(), lowerCaseText) || has(f.owner(), lowerCaseText));
        };
    }

    static FollowUp newFollowUp(Meeting meeting) {
        return new FollowUp(FollowUp.NEW_ID, Messages.FollowUp_new, "", meeting.date().plusDays(14), false);
    }

    private static boolean has(String text, String lowerCaseText) {
        return text.toLowerCase(Locale.ROOT).contains(lowerCaseText);
    }

    private static String money(BigDecimal value) {
        return value == null ? "" : java.text.NumberFormat.getNumberInstance().format(value);
    }

    private static String join(String... parts) {
        StringBuilder out = new StringBuilder();
        for (String p : parts) {
            if (!p.isBlank()) {
                out.append(out.isEmpty() ? "" : " \u00b7 ").append(p);
            }
        }
        return out.toString();
    }

    private static String oneLine(String text) {
        String flat = text.replace('\n', ' ').replace('\r', ' ');
        return flat.length() > 300 ? flat.substring(0, 300) + "\u2026" : flat;
    }
}
