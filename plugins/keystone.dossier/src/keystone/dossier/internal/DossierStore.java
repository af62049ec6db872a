package keystone.dossier.internal;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.osgi.util.NLS;

import keystone.store.Jdbc;
import keystone.dossier.Competitor;
import keystone.dossier.Dossier;
import keystone.dossier.FollowUp;
import keystone.dossier.HistoryEvent;
import keystone.dossier.KeyContact;
import keystone.dossier.Meeting;
import keystone.dossier.Qualification;
import keystone.dossier.Qualification.Rating;
import keystone.model.KeystoneException;
import keystone.model.account.Account;
import keystone.store.BatchInserts;
import keystone.store.Database;

/**
 * Reads and replaces the dossier rows of one account (tables of sql/V001__dossier.sql). It checks nothing but the
 * account's existence: validation is the service's, and the database's column limits and constraints stay the
 * last line.
 */
final class DossierStore {

    private static final List<String> DOSSIER_COLUMNS = List.of("ACCOUNT_ID", "OUR_SHARE_OF_WALLET", "NEED",
            "NEED_EVIDENCE", "SOLVENCY", "SOLVENCY_EVIDENCE", "DECISION_POWER", "DECISION_POWER_EVIDENCE", "ASSESSED_ON",
            "ASSESSED_BY");
    private static final List<String> COMPETITOR_COLUMNS = List.of("ACCOUNT_ID", "SORT_NO", "NAME", "OFFERING",
            "SHARE_OF_WALLET", "STRENGTHS", "WEAKNESSES", "RELATIONSHIPS");
    private static final List<String> KEY_CONTACT_COLUMNS = List.of("ACCOUNT_ID", "SORT_NO", "NAME", "ROLE", "HAS_LEFT",
            "LEFT_ON");

    /** Child tables first, although the cascades would take FOLLOW_UP along. */
    private static final List<String> TABLES = List.of("FOLLOW_UP", "HISTORY_EVENT", "COMPETITOR", "KEY_CONTACT",
            "ACCOUNT_DOSSIER");

    private final Database database;

    DossierStore(Database database) {
        this.database = database;
    }

    /** The stored dossier of {@code account}, or its empty dossier when nothing is stored. */
    Dossier load(Account account) {
        return database.read(c -> read(c, account));
    }

    static Dossier read(Connection c, Account account) throws SQLException {
        long id = account.id();
        Qualification qualification = null;
        BigDecimal ourShare = null;
        try (PreparedStatement ps = c.prepareStatement("SELECT OUR_SHARE_OF_WALLET, NEED, NEED_EVIDENCE, SOLVENCY, "
                + "SOLVENCY_EVIDENCE, DECISION_POWER, DECISION_POWER_EVIDENCE, ASSESSED_ON, ASSESSED_BY "
                + "FROM ACCOUNT_DOSSIER WHERE ACCOUNT_ID = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    ourShare = rs.getBigDecimal(1);
                    qualification = new Qualification(id, Rating.valueOf(rs.getString(2)), rs.getString(3),
                            Rating.valueOf(rs.getString(4)), rs.getString(5), Rating.valueOf(rs.getString(6)),
                            rs.getString(7), Jdbc.date(rs, 8), rs.getString(9));
                }
            }
        }
        return new Dossier(account, qualification, history(c, id), competitors(c, id), ourShare, keyContacts(c, id));
    }

    private static List<HistoryEvent> history(Connection c, long accountId) throws SQLException {
        Map<Long, List<FollowUp>> followUps = HistoryRows.followUps(c, accountId);
        List<HistoryEvent> events = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + HistoryRows.SELECT_EVENT + " FROM HISTORY_EVENT e "
                + "WHERE e.ACCOUNT_ID = ? ORDER BY e.EVENT_DATE, e.SORT_NO, e.ID")) {
            ps.setLong(1, accountId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    events.add(HistoryRows.event(rs, followUps.getOrDefault(rs.getLong(1), List.of())));
                }
            }
        }
        return events;
    }

    private static List<Competitor> competitors(Connection c, long accountId) throws SQLException {
        List<Competitor> competitors = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT ID, NAME, OFFERING, SHARE_OF_WALLET, STRENGTHS, "
                + "WEAKNESSES, RELATIONSHIPS FROM COMPETITOR WHERE ACCOUNT_ID = ? ORDER BY SORT_NO, ID")) {
            ps.setLong(1, accountId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    competitors.add(new Competitor(rs.getLong(1), accountId, rs.getString(2), rs.getString(3),
                            rs.getBigDecimal(4), rs.getString(5), rs.getString(6), rs.getString(7)));
                }
            }
        }
        return competitors;
    }

    private static List<KeyContact> keyContacts(Connection c, long accountId) throws SQLException {
        List<KeyContact> contacts = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT ID, NAME, ROLE, HAS_LEFT, LEFT_ON FROM KEY_CONTACT "
                + "WHERE ACCOUNT_ID = ? ORDER BY SORT_NO, ID")) {
            ps.setLong(1, accountId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    contacts.add(keyContact(rs, accountId));
                }
            }
        }
        return contacts;
    }

    /** The key contact of a row selecting ID, NAME, ROLE, HAS_LEFT, LEFT_ON. */
    static KeyContact keyContact(ResultSet rs, long accountId) throws SQLException {
        return new KeyContact(rs.getLong(1), accountId, rs.getString(2), rs.getString(3), rs.getBoolean(4),
                Jdbc.date(rs, 5));
    }

    /**
     * Replaces every dossier row of the dossier's account in one transaction; returns the dossier with the ids its
     * new parts got. When any row fails, nothing is changed.
     *
     * @throws KeystoneException when the account does not exist
     */
    Dossier save(Dossier dossier) {
        return database.inTransaction(c -> {
            requireAccount(c, dossier.account());
            delete(c, dossier.accountId());
            insertDossierRow(c, dossier);
            List<HistoryEvent> events = insertHistory(c, dossier.history());
            long[] competitorIds = BatchInserts.insert(c, "COMPETITOR", COMPETITOR_COLUMNS, dossier.competitors(),
                    Competitor::id, DossierStore::bindCompetitor);
            long[] contactIds = BatchInserts.insert(c, "KEY_CONTACT", KEY_CONTACT_COLUMNS, dossier.keyContacts(),
                    KeyContact::id, DossierStore::bindKeyContact);
            List<Competitor> competitors = new ArrayList<>();
            for (int i = 0; i < competitorIds.length; i++) {
                competitors.add(dossier.competitors().get(i).withId(competitorIds[i]));
            }
            List<KeyContact> contacts = new ArrayList<>();
            for (int i = 0; i < contactIds.length; i++) {
                contacts.add(dossier.keyContacts().get(i).withId(contactIds[i]));
            }
            return dossier.withHistory(events).withCompetitors(competitors).withKeyContacts(contacts);
        });
    }

    /**
     * Checks that the account exists and locks its row until the transaction ends, so that two saves of the same
     * dossier (an editor and a job) take turns instead of interleaving their deletes and inserts.
     */
    private static void requireAccount(Connection c, Account account) throws SQLException {
        if (!Jdbc.lockAccount(c, account.id())) {
            throw new KeystoneException(NLS.bind(Messages.Store_accountDeleted, account.name()));
        }
    }

    private static void delete(Connection c, long accountId) throws SQLException {
        for (String table : TABLES) {
            String sql = table.equals("FOLLOW_UP")
                    ? "DELETE FROM FOLLOW_UP WHERE EVENT_ID IN (SELECT ID FROM HISTORY_EVENT WHERE ACCOUNT_ID = ?)"
                    : "DELETE FROM " + table + " WHERE ACCOUNT_ID = ?";
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setLong(1, accountId);
                ps.executeUpdate();
            }
        }
    }

    private static void insertDossierRow(Connection c, Dossier dossier) throws SQLException {
        Qualification q = dossier.qualification();
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO ACCOUNT_DOSSIER (" + String.join(", ", DOSSIER_COLUMNS)
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setLong(1, dossier.accountId());
            Jdbc.setDecimal(ps, 2, dossier.ourShareOfWallet());
            ps.setString(3, q.need().name());
            ps.setString(4, q.needEvidence());
            ps.setString(5, q.solvency().name());
            ps.setString(6, q.solvencyEvidence());
            ps.setString(7, q.decisionPower().name());
            ps.setString(8, q.decisionPowerEvidence());
            Jdbc.setDate(ps, 9, q.assessedOn());
            ps.setString(10, q.assessedBy());
            ps.executeUpdate();
        }
    }

    /** Inserts the events and the follow-ups of the meetings among them; returns the events with their ids. */
    private static List<HistoryEvent> insertHistory(Connection c, List<HistoryEvent> history) throws SQLException {
        long[] eventIds = BatchInserts.insert(c, "HISTORY_EVENT", HistoryRows.EVENT_COLUMNS, history, HistoryEvent::id,
                HistoryRows::bindEvent);
        record Pending(long eventId, FollowUp followUp) {
        }
        List<Pending> pending = new ArrayList<>();
        for (int i = 0; i < eventIds.length; i++) {
            if (history.get(i) instanceof Meeting m) {
                for (FollowUp f : m.followUps()) {
                    pending.add(new Pending(eventIds[i], f));
                }
            }
        }
        // One list for all meetings: SORT_NO then orders the follow-ups within each meeting too.
        long[] followUpIds = BatchInserts.insert(c, "FOLLOW_UP", HistoryRows.FOLLOW_UP_COLUMNS, pending,
                p -> p.followUp().id(), (ps, p, sortNo) -> HistoryRows.bindFollowUp(ps, p.eventId(), p.followUp(), sortNo));
        List<HistoryEvent> stored = new ArrayList<>(history.size());
        int next = 0;
        for (int i = 0; i < eventIds.length; i++) {
            HistoryEvent event = history.get(i).withId(eventIds[i]);
            if (event instanceof Meeting m) {
                List<FollowUp> followUps = new ArrayList<>();
                for (FollowUp f : m.followUps()) {
                    followUps.add(f.withId(followUpIds[next++]));
                }
                event = m.withFollowUps(followUps);
            }
            stored.add(event);
        }
        return stored;
    }

    private static void bindCompetitor(PreparedStatement ps, Competitor c, int sortNo) throws SQLException {
        ps.setLong(1, c.accountId());
        ps.setInt(2, sortNo);
        ps.setString(3, c.name());
        ps.setString(4, c.offering());
        Jdbc.setDecimal(ps, 5, c.shareOfWallet());
        ps.setString(6, c.strengths());
        ps.setString(7, c.weaknesses());
        ps.setString(8, c.relationships());
    }

    private static void bindKeyContact(PreparedStatement ps, KeyContact k, int sortNo) throws SQLException {
        ps.setLong(1, k.accountId());
        ps.setInt(2, sortNo);
        ps.setString(3, k.name());
        ps.setString(4, k.role());
        ps.setBoolean(5, k.left());
        Jdbc.setDate(ps, 6, k.leftOn());
    }
}
