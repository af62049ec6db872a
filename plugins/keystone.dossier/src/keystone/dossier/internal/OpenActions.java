package keystone.dossier.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import keystone.store.Jdbc;
import keystone.dossier.FollowUp;
import keystone.dossier.OpenAction;

/**
 * Reads the follow-up actions not done yet across all accounts, for "My open actions".
 */
final class OpenActions {

    /** Overdue first; then by due date, account and the order within the meeting. */
    static final Comparator<OpenAction> ORDER = Comparator.comparing(OpenAction::overdue).reversed()
            .thenComparing(a -> a.followUp().due())
            .thenComparing(a -> a.accountName().toLowerCase(Locale.ROOT))
            .thenComparingLong(OpenAction::accountId)
            .thenComparingLong(OpenAction::meetingId);

    private OpenActions() {
    }

    static List<OpenAction> read(Connection c, LocalDate today) throws SQLException {
        List<OpenAction> actions = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT a.ID, a.NAME, e.ID, e.TITLE, e.EVENT_DATE, f.ID, "
                + "f.ACTION, f.OWNER, f.DUE FROM FOLLOW_UP f JOIN HISTORY_EVENT e ON e.ID = f.EVENT_ID "
                + "JOIN ACCOUNT a ON a.ID = e.ACCOUNT_ID WHERE NOT f.DONE ORDER BY f.DUE, e.ID, f.SORT_NO");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                FollowUp followUp = new FollowUp(rs.getLong(6), rs.getString(7), rs.getString(8), Jdbc.date(rs, 9), false);
                actions.add(new OpenAction(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4),
                        Jdbc.date(rs, 5), followUp, followUp.overdue(today)));
            }
        }
        actions.sort(ORDER); // stable: keeps the order within a meeting
        return actions;
    }
}
