package keystone.dossier.internal;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import keystone.dossier.ChurnRules;
import keystone.dossier.DateWindow;
import keystone.dossier.Headline;
import keystone.dossier.SalesFacts;
import keystone.store.sales.Decimals;
import keystone.store.sales.SalesBlock;
import keystone.store.sales.SalesLines;

/**
 * Figures of accounts from imported sales (the lines of the account's CUSTOMER_ID, see {@link SalesLines}), summed
 * over the windows the dossier's records define. Sales dated after "today" are left out.
 */
final class SalesFigures {

    private SalesFigures() {
    }

    /** The headline figures of the account {@code accountId} as of {@code today}. */
    static Headline headline(Connection c, long accountId, LocalDate today) throws SQLException {
        DateWindow last = DateWindow.monthsUpTo(today, 12);
        DateWindow previous = DateWindow.monthsUpTo(today.minusMonths(12), 12);
        int todayDay = (int) today.toEpochDay();
        Decimals.Sum lastSum = new Decimals.Sum();
        Decimals.Sum previousSum = new Decimals.Sum();
        int[] lastOrder = {Integer.MIN_VALUE};
        SalesLines.forAccounts(c, accountId, null, today, (account, block) -> {
            lastOrder[0] = Math.max(lastOrder[0], block.latestDay(todayDay));
            add(block, last, lastSum);
            add(block, previous, previousSum);
        });
        BigDecimal total = SalesLines.amountBetween(c, last.after().plusDays(1), last.upTo());
        return new Headline(today, lastSum.value(), previousSum.value(), total,
                lastOrder[0] == Integer.MIN_VALUE ? null : LocalDate.ofEpochDay(lastOrder[0]));
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
        int todayDay = (int) today.toEpochDay();
        record Sums(int[] lastOrder, Decimals.Sum recent, Decimals.Sum yearBefore, Decimals.Sum last) {
        }
        Map<Long, Sums> sums = new HashMap<>();
        SalesLines.forAccounts(c, onlyAccountId, null, today, (account, block) -> {
            int latest = block.latestDay(todayDay);
            if (latest == Integer.MIN_VALUE) {
                return; // only sales after today
            }
            Sums s = sums.computeIfAbsent(account, k -> new Sums(new int[] {Integer.MIN_VALUE}, new Decimals.Sum(),
                    new Decimals.Sum(), new Decimals.Sum()));
            s.lastOrder()[0] = Math.max(s.lastOrder()[0], latest);
            add(block, recent, s.recent());
            add(block, yearBefore, s.yearBefore());
            add(block, last, s.last());
        });
        Map<Long, AccountSales> result = new HashMap<>();
        sums.forEach((account, s) -> result.put(account, new AccountSales(new SalesFacts(
                LocalDate.ofEpochDay(s.lastOrder()[0]), s.recent().value(), s.yearBefore().value()),
                s.last().value())));
        return result;
    }

    /** Adds the block's amounts dated in the window (after, upTo]. */
    private static void add(SalesBlock block, DateWindow window, Decimals.Sum sum) {
        block.addAmounts((int) window.after().toEpochDay() + 1, (int) window.upTo().toEpochDay(), sum);
    }
}
