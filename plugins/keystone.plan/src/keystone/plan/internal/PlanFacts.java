package keystone.plan.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import keystone.decisionmap.Coverage;
import keystone.decisionmap.CoverageReport;
import keystone.decisionmap.DecisionMapService;
import keystone.dossier.DossierService;
import keystone.dossier.HistoryStats;
import keystone.plan.AccountPlan;
import keystone.plan.Objective;
import keystone.plan.ObjectiveProgress;
import keystone.plan.PlanActuals;
import keystone.plan.Quarter;
import keystone.store.Database;
import keystone.store.sales.Decimals;
import keystone.store.sales.SalesLines;

/**
 * Where the measured values of plans come from: actual revenue and margin from imported sales (the sales lines through
 * the account's CUSTOMER_ID), product lines from the sales' product column, share of wallet and complaint
 * resolution from the dossier, decision-maker coverage from the decision map. Sales dated after "today" are left
 * out. The arithmetic on the values is in the pure classes of {@code keystone.plan}.
 */
final class PlanFacts {

    /** Coverage's stale days do not enter the decision-maker share; any value serves. */
    private static final int COVERAGE_STALE_DAYS = 90;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final Database database;
    private final DossierService dossiers;
    private final DecisionMapService decisionMaps;

    PlanFacts(Database database, DossierService dossiers, DecisionMapService decisionMaps) {
        this.database = database;
        this.dossiers = dossiers;
        this.decisionMaps = decisionMaps;
    }

    /**
     * Revenue and margin per quarter of {@code year} up to and including {@code today}, of every account linked to
     * a customer with such sales (or of the one account {@code onlyAccountId} when it is not {@code null}); accounts
     * without such sales are missing from the map.
     */
    static Map<Long, PlanActuals> actuals(Connection c, Long onlyAccountId, int year, LocalDate today)
            throws SQLException {
        Map<Long, PlanActuals> result = new HashMap<>();
        LocalDate first = LocalDate.of(year, 1, 1);
        if (today.isBefore(first)) {
            return result;
        }
        record Sums(Map<Quarter, Decimals.Sum> revenue, Map<Quarter, Decimals.Sum> margin) {
        }
        Map<Long, Sums> sums = new HashMap<>();
        LocalDate last = upTo(year, today);
        int firstDay = (int) first.toEpochDay();
        int lastDay = (int) last.toEpochDay();
        SalesLines.forAccounts(c, onlyAccountId, first, last, (account, block) -> {
            for (int i = 0; i < block.size(); i++) {
                if (block.within(i, firstDay, lastDay)) {
                    Sums s = sums.computeIfAbsent(account, k -> new Sums(new EnumMap<>(Quarter.class),
                            new EnumMap<>(Quarter.class)));
                    Quarter q = Quarter.of(block.date(i));
                    s.revenue().computeIfAbsent(q, k -> new Decimals.Sum()).add(block.amountUnscaled(i));
                    Decimals.Sum margin = s.margin().computeIfAbsent(q, k -> new Decimals.Sum());
                    if (block.marginUnscaled(i) != Decimals.NONE) {
                        margin.add(block.marginUnscaled(i));
                    }
                }
            }
        });
        sums.forEach((id, s) -> result.put(id, PlanActuals.of(year, today, values(s.revenue()), values(s.margin()))));
        return result;
    }

    private static Map<Quarter, BigDecimal> values(Map<Quarter, Decimals.Sum> sums) {
        Map<Quarter, BigDecimal> values = new EnumMap<>(Quarter.class);
        sums.forEach((q, sum) -> values.put(q, sum.value()));
        return values;
    }

    /** The last day of {@code year} that counts on {@code today}. */
    private static LocalDate upTo(int year, LocalDate today) {
        LocalDate last = LocalDate.of(year, 12, 31);
        return today.isAfter(last) ? last : today;
    }

    /**
     * The current value of each objective of {@code plan} as of the earlier of {@code today} and its due date (see
     * {@link keystone.plan.Metric}), in plan order; {@code null} where Keystone cannot tell (a custom metric, a year
     * not started, no complaints or decision makers recorded, sales without products).
     */
    List<BigDecimal> currentValues(AccountPlan plan, LocalDate today) {
        List<BigDecimal> values = new ArrayList<>();
        AccountFacts facts = new AccountFacts(plan, today);
        for (Objective o : plan.objectives()) {
            values.add(today.isBefore(plan.firstDay()) ? null
                    : facts.value(o, ObjectiveProgress.asOf(o, plan.year(), today)));
        }
        return values;
    }

    /** The facts of one plan's account, each read once when first needed. */
    private final class AccountFacts {

        private final AccountPlan plan;
        private final LocalDate today;
        private TreeMap<LocalDate, BigDecimal[]> daily;
        private Map<String, LocalDate> products;
        private boolean anyProduct;

        AccountFacts(AccountPlan plan, LocalDate today) {
            this.plan = plan;
            this.today = today;
        }

        BigDecimal value(Objective o, LocalDate asOf) {
            long accountId = plan.accountId();
            return switch (o.metric()) {
                case REVENUE -> sum(asOf, 0);
                case MARGIN -> sum(asOf, 1);
                case PRODUCT_LINES -> productLines(asOf);
                case SHARE_OF_WALLET -> dossiers.load(accountId).ourShareOfWallet();
                case COMPLAINT_RESOLUTION_RATE -> resolutionRate(dossiers.stats(accountId, asOf));
                case DECISION_MAKER_COVERAGE -> coverage(Coverage.of(decisionMaps.load(accountId), asOf,
                        COVERAGE_STALE_DAYS));
                case CUSTOM -> null;
            };
        }

        private BigDecimal sum(LocalDate asOf, int index) {
            if (daily == null) {
                daily = database.read(c -> daily(c, plan.accountId(), plan.firstDay(), upTo(plan.year(), today)));
            }
            BigDecimal sum = BigDecimal.ZERO;
            for (BigDecimal[] day : daily.headMap(asOf, true).values()) {
                sum = sum.add(day[index]);
            }
            return sum;
        }

        private BigDecimal productLines(LocalDate asOf) {
            if (products == null) {
                products = new HashMap<>();
                anyProduct = database.read(c -> products(c, plan.accountId(), plan.firstDay(),
                        upTo(plan.year(), today), products));
            }
            return anyProduct ? BigDecimal.valueOf(products.values().stream().filter(d -> !d.isAfter(asOf)).count())
                    : null;
        }
    }

    /** Revenue and margin per day of the account in [first, last]. */
    private static TreeMap<LocalDate, BigDecimal[]> daily(Connection c, long accountId, LocalDate first,
            LocalDate last) throws SQLException {
        int firstDay = (int) first.toEpochDay();
        int lastDay = (int) last.toEpochDay();
        TreeMap<Integer, Decimals.Sum[]> sums = new TreeMap<>();
        SalesLines.forAccounts(c, accountId, first, last, (account, block) -> {
            for (int i = 0; i < block.size(); i++) {
                if (block.within(i, firstDay, lastDay)) {
                    Decimals.Sum[] day = sums.computeIfAbsent(block.day(i),
                            k -> new Decimals.Sum[] {new Decimals.Sum(), new Decimals.Sum()});
                    day[0].add(block.amountUnscaled(i));
                    if (block.marginUnscaled(i) != Decimals.NONE) {
                        day[1].add(block.marginUnscaled(i));
                    }
                }
            }
        });
        TreeMap<LocalDate, BigDecimal[]> result = new TreeMap<>();
        sums.forEach((day, s) -> result.put(LocalDate.ofEpochDay(day), new BigDecimal[] {s[0].value(), s[1].value()}));
        return result;
    }

    /**
     * Fills {@code firstSale} with the first day in [first, last] on which the account bought each named product;
     * returns whether any of the account's sales lines (of any day) names a product at all - if none does, the sales
     * export had no product column and product lines cannot be counted.
     */
    private static boolean products(Connection c, long accountId, LocalDate first, LocalDate last,
            Map<String, LocalDate> firstSale) throws SQLException {
        int firstDay = (int) first.toEpochDay();
        int lastDay = (int) last.toEpochDay();
        boolean[] anyProduct = {false};
        SalesLines.forAccounts(c, accountId, null, null, (account, block) -> {
            for (int i = 0; i < block.size(); i++) {
                String product = block.product(i);
                if (!product.isEmpty()) {
                    anyProduct[0] = true;
                    if (block.within(i, firstDay, lastDay)) {
                        firstSale.merge(product, block.date(i), (a, b) -> a.isBefore(b) ? a : b);
                    }
                }
            }
        });
        return anyProduct[0];
    }

    /** Resolved complaints in percent of all complaints, to four decimals; {@code null} without complaints. */
    static BigDecimal resolutionRate(HistoryStats stats) {
        int all = stats.complaintsResolved() + stats.complaintsOpen();
        return all == 0 ? null : percent(stats.complaintsResolved(), all);
    }

    /** Covered decision makers in percent, to four decimals; {@code null} when the map has none. */
    static BigDecimal coverage(CoverageReport report) {
        return report.decisionMakers() == 0 ? null : percent(report.coveredDecisionMakers(), report.decisionMakers());
    }

    private static BigDecimal percent(int part, int whole) {
        return BigDecimal.valueOf(part).multiply(HUNDRED).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
    }
}
