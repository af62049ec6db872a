package keystone.dossier.internal;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import keystone.store.Jdbc;
import keystone.dossier.Complaint;
import keystone.dossier.Delivery;
import keystone.dossier.FollowUp;
import keystone.dossier.HistoryEvent;
import keystone.dossier.Meeting;
import keystone.dossier.Tender;
import keystone.dossier.TenderOutcome;

/**
 * Maps history events to rows of HISTORY_EVENT (one table for every kind; the columns of other kinds stay NULL)
 * and follow-ups to rows of FOLLOW_UP, and back.
 */
final class HistoryRows {

    static final List<String> EVENT_COLUMNS = List.of("ACCOUNT_ID", "KIND", "EVENT_DATE", "SORT_NO", "TITLE", "NOTES",
            "WHAT", "AMOUNT", "OUTCOME", "REASON", "WINNING_COMPETITOR", "RESOLVED_ON", "RESOLUTION", "PARTICIPANTS",
            "MINUTES");

    /** The columns {@link #event} reads, in its order; prefix them with the table's alias where needed. */
    static final String SELECT_EVENT = "e.ID, e.ACCOUNT_ID, e.KIND, e.EVENT_DATE, e.TITLE, e.NOTES, e.WHAT, e.AMOUNT, "
            + "e.OUTCOME, e.REASON, e.WINNING_COMPETITOR, e.RESOLVED_ON, e.RESOLUTION, e.PARTICIPANTS, e.MINUTES";

    static final List<String> FOLLOW_UP_COLUMNS = List.of("EVENT_ID", "SORT_NO", "ACTION", "OWNER", "DUE", "DONE");

    private HistoryRows() {
    }

    static void bindEvent(PreparedStatement ps, HistoryEvent event, int sortNo) throws SQLException {
        ps.setLong(1, event.accountId());
        ps.setString(2, event.kind().name());
        ps.setObject(3, event.date());
        ps.setInt(4, sortNo);
        ps.setString(5, event.title());
        ps.setString(6, event.notes());
        String what = null;
        BigDecimal amount = null;
        String outcome = null;
        String reason = null;
        String winner = null;
        LocalDate resolvedOn = null;
        String resolution = null;
        String participants = null;
        String minutes = null;
        switch (event) {
            case Delivery d -> {
                what = d.what();
                amount = d.value();
            }
            case Tender t -> {
                outcome = t.outcome().name();
                reason = t.reason();
                winner = t.winningCompetitor();
                amount = t.value();
            }
            case Complaint c -> {
                resolvedOn = c.resolvedOn();
                resolution = c.resolution();
            }
            case Meeting m -> {
                participants = m.participants();
                minutes = m.minutes();
            }
        }
        Jdbc.setText(ps, 7, what);
        Jdbc.setDecimal(ps, 8, amount);
        Jdbc.setText(ps, 9, outcome);
        Jdbc.setText(ps, 10, reason);
        Jdbc.setText(ps, 11, winner);
        Jdbc.setDate(ps, 12, resolvedOn);
        Jdbc.setText(ps, 13, resolution);
        Jdbc.setText(ps, 14, participants);
        Jdbc.setText(ps, 15, minutes);
    }

    /** The event of the current row of a query selecting {@link #SELECT_EVENT}; a meeting gets {@code followUps}. */
    static HistoryEvent event(ResultSet rs, List<FollowUp> followUps) throws SQLException {
        long id = rs.getLong(1);
        long accountId = rs.getLong(2);
        HistoryEvent.Kind kind = HistoryEvent.Kind.valueOf(rs.getString(3));
        LocalDate date = Jdbc.date(rs, 4);
        String title = rs.getString(5);
        String notes = rs.getString(6);
        return switch (kind) {
            case DELIVERY -> new Delivery(id, accountId, date, title, notes, rs.getString(7), rs.getBigDecimal(8));
            case TENDER -> new Tender(id, accountId, date, title, notes, TenderOutcome.valueOf(rs.getString(9)),
                    rs.getString(10), rs.getString(11), rs.getBigDecimal(8));
            case COMPLAINT -> new Complaint(id, accountId, date, title, notes, Jdbc.date(rs, 12), rs.getString(13));
            case MEETING -> new Meeting(id, accountId, date, title, notes, rs.getString(14), rs.getString(15),
                    followUps);
        };
    }

    static void bindFollowUp(PreparedStatement ps, long eventId, FollowUp f, int sortNo) throws SQLException {
        ps.setLong(1, eventId);
        ps.setInt(2, sortNo);
        ps.setString(3, f.action());
        ps.setString(4, f.owner());
        ps.setObject(5, f.due());
        ps.setBoolean(6, f.done());
    }

    /** The follow-ups of an account's meetings by event id, each list in the user's order. */
    static Map<Long, List<FollowUp>> followUps(Connection c, long accountId) throws SQLException {
        Map<Long, List<FollowUp>> byEvent = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT f.EVENT_ID, f.ID, f.ACTION, f.OWNER, f.DUE, f.DONE "
                + "FROM FOLLOW_UP f JOIN HISTORY_EVENT e ON e.ID = f.EVENT_ID WHERE e.ACCOUNT_ID = ? "
                + "ORDER BY f.EVENT_ID, f.SORT_NO, f.ID")) {
            ps.setLong(1, accountId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    byEvent.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new FollowUp(rs.getLong(2),
                            rs.getString(3), rs.getString(4), Jdbc.date(rs, 5), rs.getBoolean(6)));
                }
            }
        }
        return byEvent;
    }
}
