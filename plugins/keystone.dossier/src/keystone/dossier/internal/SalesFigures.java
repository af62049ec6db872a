package keystone.dossier.internal;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import keystone.store.Jdbc;
import keystone.dossier.ChurnRules;
import keystone.dossier.DateWindow;
import keystone.dossier.Headline;
import keystone.dossier.SalesFacts;

/**
 * Figures of accounts from imported sales (SALES_LINE through the account's CUSTOMER_ID), computed by SQL
 * aggregates over the windows the dossier's records define. Sales dated after "today" are left out.
 */
final class SalesFigures {

    private SalesFigures() {
    }

    /** The headline figures of the account {@code accountId} as of {@code today}. */
    static Headline headline(Connection c, long accountId, LocalDate today) throws SQLException {
        DateWindow last = DateWindow.monthsUpTo(today, 12);
        DateWindow previous = DateWindow.monthsUpTo(today.minusMonths(12), 12);
        BigDecimal lastSum = BigDecimal.ZERO;
        BigDecimal previousSum = BigDecimal.ZERO;
        LocalDate lastOrder = null;
        try (PreparedStatement ps = c.prepareStatement("SELECT SUM(CASE WHEN s.SALE_DATE > ? AND s.SALE_DATE <= ? "
                + "THEN s.AMOUNT END), SUM(CASE WHEN s.SALE_DATE > ? AND s.SALE_DATE <= ? THEN s.AMOUNT END), "
                + "MAX(s.SALE_DATE) FROM ACCOUNT a JOIN SALES_LINE s ON s.CUSTOMER_ID = a.CUSTOMER_ID "
                + "WHERE a.ID = ? AND s.SALE_DATE <= ?")) {
            bind(ps, 1, last);
            bind(ps, 3, previous);
            ps.setLong(5, accountId);
            ps.setObject(6, today);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    lastSum = Jdbc.sum(rs, 1);
                    previousSum = Jdbc.sum(rs, 2);
                    lastOrder = Jdbc.date(rs, 3);
                }
            }
        }
        BigDecimal total;
        try (PreparedStatement ps = c.prepareStatement("SELECT SUM(AMOUNT) FROM SALES_LINE WHERE SALE_DATE > ? "
                + "AND SALE_DATE <= ?")) {
            bind(ps, 1, last);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                total = Jdbc.sum(rs, 1);
            }
        }
        return new Headline(today, lastSum, previousSum, total, lastOrder);
    }

    /** What the churn rules need and the revenue at risk, per account. */
    record AccountSales(SalesFacts facts, BigDecimal lastTwelveMonths) {
        static final AccountSales NONE = new AccountSales(SalesFacts.none(), BigDecimal.ZERO);
    }

    /**
     * The sales of every account linked to a customer with sales up to {@code today} (or of the one account
     * {@code onlyAccountId} when it is not {@code null}); accounts without sales are missing from the map.
     */
    static Map<Long, AccountSales> accountSales(Connection c, LocalDate today, int comparisonMonths,
            Long onlyAccountId) throws SQLException {
        DateWindow recent = ChurnRules.recentWindow(today, comparisonMonths);
        DateWindow yearBefore = ChurnRules.yearBeforeWindow(today, comparisonMonths);
        DateWindow last = DateWindow.monthsUpTo(today, 12);
        Map<Long, AccountSales> result = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT a.ID, MAX(s.SALE_DATE), "
                + "SUM(CASE WHEN s.SALE_DATE > ? AND s.SALE_DATE <= ? THEN s.AMOUNT END), "
                + "SUM(CASE WHEN s.SALE_DATE > ? AND s.SALE_DATE <= ? THEN s.AMOUNT END), "
                + "SUM(CASE WHEN s.SALE_DATE > ? AND s.SALE_DATE <= ? THEN s.AMOUNT END) "
                + "FROM ACCOUNT a JOIN SALES_LINE s ON s.CUSTOMER_ID = a.CUSTOMER_ID "
                + "WHERE s.SALE_DATE <= ?" + (onlyAccountId == null ? "" : " AND a.ID = ?") + " GROUP BY a.ID")) {
            bind(ps, 1, recent);
            bind(ps, 3, yearBefore);
            bind(ps, 5, last);
            ps.setObject(7, today);
            if (onlyAccountId != null) {
                ps.setLong(8, onlyAccountId);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    SalesFacts facts = new SalesFacts(Jdbc.date(rs, 2), Jdbc.sum(rs, 3), Jdbc.sum(rs, 4));
                    result.put(rs.getLong(1), new AccountSales(facts, Jdbc.sum(rs, 5)));
                }
            }
        }
        return result;
    }

    /** Binds a window's bounds to "date > ? AND date <= ?" at {@code index} and {@code index + 1}. */
    private static void bind(PreparedStatement ps, int index, DateWindow window) throws SQLException {
        ps.setObject(index, window.after());
        ps.setObject(index + 1, window.upTo());
    }
}
