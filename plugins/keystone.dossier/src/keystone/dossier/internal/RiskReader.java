package keystone.dossier.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import keystone.dossier.AtRisk;
import keystone.dossier.ChurnRules;
import keystone.dossier.DateWindow;
import keystone.dossier.HistoryEvent;
import keystone.dossier.KeyContact;
import keystone.dossier.RiskSignal;
import keystone.dossier.RiskThresholds;

/**
 * Gathers the inputs of the churn rules for one account or all of them in a few queries (sales aggregates, the
 * tenders and complaints that can count, the contacts who left) and applies {@link ChurnRules}.
 */
final class RiskReader {

    private RiskReader() {
    }

    /** The inputs of the rules, by account id; an account missing from a map has no such input. */
    private record Inputs(Map<Long, SalesFigures.AccountSales> sales, Map<Long, List<HistoryEvent>> events,
            Map<Long, List<KeyContact>> departed) {

        SalesFigures.AccountSales sales(long accountId) {
            return sales.getOrDefault(accountId, SalesFigures.AccountSales.NONE);
        }

        List<RiskSignal> signals(long accountId, LocalDate today, RiskThresholds thresholds) {
            return ChurnRules.evaluate(sales(accountId).facts(), events.getOrDefault(accountId, List.of()),
                    departed.getOrDefault(accountId, List.of()), today, thresholds);
        }
    }

    /** The active signals of one account. */
    static List<RiskSignal> signals(Connection c, long accountId, LocalDate today, RiskThresholds thresholds)
            throws SQLException {
        return load(c, today, thresholds, accountId).signals(accountId, today, thresholds);
    }

    /** Every account with an active signal, the most revenue at risk first, then by name and id. */
    static List<AtRisk> atRisk(Connection c, LocalDate today, RiskThresholds thresholds) throws SQLException {
        Inputs inputs = load(c, today, thresholds, null);
        List<AtRisk> result = new ArrayList<>();
        for (Map.Entry<Long, String> account : accountNames(c).entrySet()) {
            long id = account.getKey();
            List<RiskSignal> active = inputs.signals(id, today, thresholds);
            if (!active.isEmpty()) {
                result.add(new AtRisk(id, account.getValue(), inputs.sales(id).lastTwelveMonths(), active));
            }
        }
        result.sort(Comparator.comparing(AtRisk::revenueAtRisk).reversed()
                .thenComparing(a -> a.accountName().toLowerCase(Locale.ROOT)).thenComparingLong(AtRisk::accountId));
        return result;
    }

    /** The inputs of one account, or of all accounts when {@code onlyAccountId} is {@code null}. */
    private static Inputs load(Connection c, LocalDate today, RiskThresholds thresholds, Long onlyAccountId)
            throws SQLException {
        return new Inputs(SalesFigures.accountSales(c, today, thresholds.comparisonMonths(), onlyAccountId),
                candidateEvents(c, today, thresholds, onlyAccountId), departedContacts(c, onlyAccountId));
    }

    /**
     * Lost tenders in the period and complaints still open as of today: a superset of those that count, narrowed
     * by the rules themselves.
     */
    private static Map<Long, List<HistoryEvent>> candidateEvents(Connection c, LocalDate today,
            RiskThresholds thresholds, Long onlyAccountId) throws SQLException {
        Map<Long, List<HistoryEvent>> byAccount = new HashMap<>();
        DateWindow tenders = DateWindow.monthsUpTo(today, thresholds.lostTenderMonths());
        try (PreparedStatement ps = c.prepareStatement("SELECT " + HistoryRows.SELECT_EVENT + " FROM HISTORY_EVENT e "
                + "WHERE ((e.KIND = 'TENDER' AND e.OUTCOME = 'LOST' AND e.EVENT_DATE > ? AND e.EVENT_DATE <= ?) "
                + "OR (e.KIND = 'COMPLAINT' AND e.EVENT_DATE <= ? AND (e.RESOLVED_ON IS NULL OR e.RESOLVED_ON > ?)))"
                + (onlyAccountId == null ? "" : " AND e.ACCOUNT_ID = ?"))) {
            ps.setObject(1, tenders.after());
            ps.setObject(2, tenders.upTo());
            ps.setObject(3, today);
            ps.setObject(4, today);
            if (onlyAccountId != null) {
                ps.setLong(5, onlyAccountId);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    byAccount.computeIfAbsent(rs.getLong(2), k -> new ArrayList<>())
                            .add(HistoryRows.event(rs, List.of()));
                }
            }
        }
        return byAccount;
    }

    private static Map<Long, List<KeyContact>> departedContacts(Connection c, Long onlyAccountId) throws SQLException {
        Map<Long, List<KeyContact>> byAccount = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT ID, NAME, ROLE, HAS_LEFT, LEFT_ON, ACCOUNT_ID "
                + "FROM KEY_CONTACT WHERE HAS_LEFT" + (onlyAccountId == null ? "" : " AND ACCOUNT_ID = ?")
                + " ORDER BY ACCOUNT_ID, SORT_NO, ID")) {
            if (onlyAccountId != null) {
                ps.setLong(1, onlyAccountId);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long accountId = rs.getLong(6);
                    byAccount.computeIfAbsent(accountId, k -> new ArrayList<>())
                            .add(DossierStore.keyContact(rs, accountId));
                }
            }
        }
        return byAccount;
    }

    private static Map<Long, String> accountNames(Connection c) throws SQLException {
        Map<Long, String> names = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT ID, NAME FROM ACCOUNT ORDER BY ID");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                names.put(rs.getLong(1), rs.getString(2));
            }
        }
        return names;
    }
}
