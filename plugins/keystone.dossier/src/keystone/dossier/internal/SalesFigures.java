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
        Window lastDays = new Window(last);
        Window previousDays = new Window(previous);
        int todayDay = (int) today.toEpochDay();
        Decimals.Sum lastSum = new Decimals.Sum();
        Decimals.Sum previousSum = new Decimals.Sum();
        int[] lastOrder = {Integer.MIN_VALUE};
        SalesLines.forAccounts(c, accountId, null, today, (account, block) -> {
            for (int i = 0; i < block.size(); i++) {
                int day = block.day(i);
                if (day <= todayDay) {
                    lastOrder[0] = Math.max(lastOrder[0], day);
                    lastDays.add(day, block.amountUnscaled(i), lastSum);
                    previousDays.add(day, block.amountUnscaled(i), previousSum);
                }
            }
        });
        Decimals.Sum total = new Decimals.Sum();
        SalesLines.forPeriod(c, last.after().plusDays(1), last.upTo(), block -> {
            for (int i = 0; i < block.size(); i++) {
                lastDays.add(block.day(i), block.amountUnscaled(i), total);
            }
        });
        return new Headline(today, lastSum.value(), previousSum.value(), total.value(),
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
        Window recent = new Window(ChurnRules.recentWindow(today, comparisonMonths));
        Window yearBefore = new Window(ChurnRules.yearBeforeWindow(today, comparisonMonths));
        Window last = new Window(DateWindow.monthsUpTo(today, 12));
        int todayDay = (int) today.toEpochDay();
        record Sums(int[] lastOrder, Decimals.Sum recent, Decimals.Sum yearBefore, Decimals.Sum last) {
        }
        Map<Long, Sums> sums = new HashMap<>();
        SalesLines.forAccounts(c, onlyAccountId, null, today, (account, block) -> {
            Sums s = null;
            for (int i = 0; i < block.size(); i++) {
                int day = block.day(i);
                if (day > todayDay) {
                    continue;
                }
                if (s == null) {
                    s = sums.computeIfAbsent(account, k -> new Sums(new int[] {Integer.MIN_VALUE},
                            new Decimals.Sum(), new Decimals.Sum(), new Decimals.Sum()));
                }
                s.lastOrder()[0] = Math.max(s.lastOrder()[0], day);
                recent.add(day, block.amountUnscaled(i), s.recent());
                yearBefore.add(day, block.amountUnscaled(i), s.yearBefore());
                last.add(day, block.amountUnscaled(i), s.last());
            }
        });
        Map<Long, AccountSales> result = new HashMap<>();
        sums.forEach((account, s) -> result.put(account, new AccountSales(new SalesFacts(
                LocalDate.ofEpochDay(s.lastOrder()[0]), s.recent().value(), s.yearBefore().value()),
                s.last().value())));
        return result;
    }

    /** A {@link DateWindow} (after, upTo] as epoch days. */
    private record Window(long after, long upTo) {
        Window(DateWindow window) {
            this(window.after().toEpochDay(), window.upTo().toEpochDay());
        }

        void add(int day, long amount, Decimals.Sum sum) {
            if (day > after && day <= upTo) {
                sum.add(amount);
            }
        }
    }
}
