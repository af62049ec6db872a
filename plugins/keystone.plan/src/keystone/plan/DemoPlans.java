package keystone.plan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import keystone.model.account.Account;
import keystone.model.sales.SalesLine;

/**
 * Generates the annual plans of the demo key accounts: for each, last year's plan (to be rolled over, which freezes
 * it as a snapshot) and this year's. Pure and deterministic: the same seed, accounts, sales and day give the same
 * plans.
 *
 * <p>This year's plan has a summary, both SWOTs, two to four objectives (revenue always) each served by two or three
 * actions - done when their due date has passed, one overdue per plan (unless the year started today) - quarterly
 * targets set against last year's sales (about half the accounts ahead of them, half behind), opportunities in
 * every stage of our sales process, risks, a budget, reviews (one account has gone unreviewed for more than 90
 * days) and portfolio scores that put the accounts in all four cells, some of them moved since last year.</p>
 */
public final class DemoPlans {

    /** The plans of one account: last year's (active, to be rolled over) and this year's (active). */
    public record Years(AccountPlan lastYear, AccountPlan thisYear) {
    }

    private static final int[] PROBABILITY = {10, 20, 35, 50, 75, 95};
    private static final List<Metric> EXTRA_METRICS = List.of(Metric.MARGIN, Metric.SHARE_OF_WALLET,
            Metric.PRODUCT_LINES, Metric.COMPLAINT_RESOLUTION_RATE, Metric.DECISION_MAKER_COVERAGE, Metric.CUSTOM);

    private DemoPlans() {
    }

    /**
     * The plans of {@code accounts} (stored, with ids), in their order, as of {@code today}; {@code lines} are the
     * demo's sales, of which those after {@code today} are ignored.
     */
    public static List<Years> generate(long seed, List<Account> accounts, List<SalesLine> lines, LocalDate today) {
        SplittableRandom root = new SplittableRandom(seed);
        int offset = root.nextInt(4);
        int stale = accounts.isEmpty() ? -1 : root.nextInt(accounts.size());
        int year = today.getYear();
        List<Years> result = new ArrayList<>();
        for (int i = 0; i < accounts.size(); i++) {
            Account account = accounts.get(i);
            Sales sales = Sales.of(lines, account.customerId(), today);
            PortfolioCell cell = PortfolioCell.values()[(i + offset) % 4];
            PortfolioCell lastCell = i % 3 == 0 ? PortfolioCell.values()[(i + offset + 1) % 4] : cell;
            SplittableRandom random = root.split();
            boolean behind = (i + offset) % 2 == 1;
            AccountPlan last = new Builder(random.split(), account, sales, year - 1, today, behind)
                    .build(scores(random, lastCell), false);
            AccountPlan current = new Builder(random.split(), account, sales, year, today, !behind)
                    .build(scores(random, cell), i == stale);
            result.add(new Years(last, current));
        }
        return result;
    }

    private static PortfolioScores scores(SplittableRandom random, PortfolioCell cell) {
        boolean attractive = cell == PortfolioCell.STRATEGIC || cell == PortfolioCell.STAR;
        boolean strong = cell == PortfolioCell.STRATEGIC || cell == PortfolioCell.STATUS;
        return new PortfolioScores(score(random, attractive), score(random, strong));
    }

    private static BigDecimal score(SplittableRandom random, boolean high) {
        double value = high ? random.nextDouble(5.5, 9.5) : random.nextDouble(1.5, 4.5);
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP);
    }

    /** Revenue and margin per year and quarter and products per year of one customer, up to the day. */
    private record Sales(Map<Integer, BigDecimal[]> revenue, Map<Integer, BigDecimal[]> margin,
            Map<Integer, Set<String>> products) {

        static Sales of(List<SalesLine> lines, String customerId, LocalDate today) {
            Sales s = new Sales(new HashMap<>(), new HashMap<>(), new HashMap<>());
            for (SalesLine line : lines) {
                if (!line.customerId().equals(customerId) || line.date().isAfter(today)) {
                    continue;
                }
                int y = line.date().getYear();
                int q = Quarter.of(line.date()).ordinal();
                s.revenue.computeIfAbsent(y, k -> zeros())[q] = s.revenue.get(y)[q].add(line.amount());
                BigDecimal m = line.margin() == null ? BigDecimal.ZERO : line.margin();
                s.margin.computeIfAbsent(y, k -> zeros())[q] = s.margin.get(y)[q].add(m);
                if (!line.product().isBlank()) {
                    s.products.computeIfAbsent(y, k -> new HashSet<>()).add(line.product());
                }
            }
            return s;
        }

        private static BigDecimal[] zeros() {
            BigDecimal[] z = new BigDecimal[4];
            Arrays.fill(z, BigDecimal.ZERO);
            return z;
        }

        BigDecimal quarter(int year, int q) {
            BigDecimal[] values = revenue.get(year);
            return values == null ? BigDecimal.ZERO : values[q];
        }

        BigDecimal year(Map<Integer, BigDecimal[]> measure, int year) {
            BigDecimal[] values = measure.get(year);
            return values == null ? BigDecimal.ZERO : Arrays.stream(values).reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        /** The margin share of revenue in {@code year}; 30 % without sales. */
        double marginRate(int year) {
            BigDecimal r = year(revenue, year);
            return r.signum() == 0 ? 0.3 : year(margin, year).doubleValue() / r.doubleValue();
        }
    }

    /** Builds one plan of one account. */
    private static final class Builder {

        private final SplittableRandom random;
        private final Account account;
        private final Sales sales;
        private final int year;
        private final LocalDate today;
        private final boolean ambitious;
        private final List<String> team;

        Builder(SplittableRandom random, Account account, Sales sales, int year, LocalDate today, boolean ambitious) {
            this.random = random;
            this.account = account;
            this.sales = sales;
            this.year = year;
            this.today = today;
            this.ambitious = ambitious;
            List<String> names = Arrays.stream(account.team().split(",")).map(String::strip)
                    .filter(s -> !s.isEmpty()).toList();
            this.team = names.isEmpty() ? List.of(account.owner().isBlank() ? "Anna Keller" : account.owner()) : names;
        }

        AccountPlan build(PortfolioScores scores, boolean stale) {
            List<QuarterTarget> targets = targets();
            BigDecimal revenueTarget = targets.stream().map(QuarterTarget::revenue).reduce(BigDecimal.ZERO,
                    BigDecimal::add);
            BigDecimal marginTarget = targets.stream().map(QuarterTarget::margin).reduce(BigDecimal.ZERO,
                    BigDecimal::add);
            List<Objective> objectives = objectives(revenueTarget, marginTarget);
            LocalDate created = LocalDate.of(year - 1, 12, 1).plusDays(random.nextInt(20));
            return new AccountPlan(AccountPlan.NEW_ID, account.id(), year, PlanState.ACTIVE, created, summary(),
                    swot(), objectives, targets, actions(objectives), opportunities(revenueTarget), risks(),
                    budget(revenueTarget), reviews(stale), scores);
        }

        private String summary() {
            BigDecimal last = sales.year(sales.revenue(), year - 1).setScale(0, RoundingMode.HALF_UP);
            String environment = account.environment().isBlank() ? "" : " " + account.environment().split("\\. ")[0]
                    + ".";
            return account.name() + " (" + account.industry() + ", " + account.country() + ")." + environment
                    + " Revenue with us in " + (year - 1) + ": " + account.currency() + " " + last.toPlainString()
                    + ". Focus in " + year + ": " + (ambitious ? "grow share of wallet in new product areas"
                            : "defend the core business and improve the cost to serve") + ".";
        }

        private Swot swot() {
            return new Swot(
                    new Swot.Side(some(DemoPlanTexts.CUSTOMER_STRENGTHS), some(DemoPlanTexts.CUSTOMER_WEAKNESSES),
                            some(DemoPlanTexts.CUSTOMER_OPPORTUNITIES), some(DemoPlanTexts.CUSTOMER_THREATS)),
                    new Swot.Side(some(DemoPlanTexts.OUR_STRENGTHS), some(DemoPlanTexts.OUR_WEAKNESSES),
                            some(DemoPlanTexts.OUR_OPPORTUNITIES), some(DemoPlanTexts.OUR_THREATS)));
        }

        private List<String> some(List<String> values) {
            return DemoPlanTexts.some(random, values, 1 + random.nextInt(2));
        }

        /** Last year's quarters times a factor: below 1 for accounts meant to be ahead, above for those behind. */
        private List<QuarterTarget> targets() {
            BigDecimal average = sales.year(sales.revenue(), year - 1).divide(BigDecimal.valueOf(4), 2,
                    RoundingMode.HALF_UP);
            double rate = sales.marginRate(year - 1);
            List<QuarterTarget> targets = new ArrayList<>();
            for (Quarter q : Quarter.values()) {
                BigDecimal base = sales.quarter(year - 1, q.ordinal());
                if (base.signum() == 0) {
                    base = average.signum() == 0 ? BigDecimal.valueOf(50_000) : average;
                }
                double factor = ambitious ? random.nextDouble(1.12, 1.25) : random.nextDouble(0.88, 0.97);
                BigDecimal revenue = thousands(base.doubleValue() * factor);
                targets.add(new QuarterTarget(q, revenue, thousands(revenue.doubleValue() * rate)));
            }
            return targets;
        }

        private List<Objective> objectives(BigDecimal revenueTarget, BigDecimal marginTarget) {
            List<Objective> objectives = new ArrayList<>();
            LocalDate end = LocalDate.of(year, 12, 31);
            objectives.add(new Objective(-1, Metric.REVENUE, "", sales.year(sales.revenue(), year - 1), revenueTarget,
                    end));
            for (Metric metric : DemoPlanTexts.some(random, EXTRA_METRICS, 1 + random.nextInt(3))) {
                long id = -(objectives.size() + 1L);
                int base = 20 + random.nextInt(25);
                objectives.add(switch (metric) {
                    case MARGIN -> new Objective(id, metric, "", sales.year(sales.margin(), year - 1), marginTarget,
                            end);
                    case SHARE_OF_WALLET -> new Objective(id, metric, "", BigDecimal.valueOf(base),
                            BigDecimal.valueOf(base + 5 + random.nextInt(8)), end);
                    case PRODUCT_LINES -> {
                        int lines = sales.products().getOrDefault(year - 1, Set.of()).size();
                        yield new Objective(id, metric, "", BigDecimal.valueOf(lines),
                                BigDecimal.valueOf(lines + 1 + random.nextInt(2)), end);
                    }
                    case COMPLAINT_RESOLUTION_RATE -> new Objective(id, metric, "", BigDecimal.valueOf(50 + base / 2),
                            BigDecimal.valueOf(90), LocalDate.of(year, 9, 30));
                    case DECISION_MAKER_COVERAGE -> new Objective(id, metric, "", BigDecimal.valueOf(base + 10),
                            BigDecimal.valueOf(75), LocalDate.of(year, 6, 30));
                    default -> new Objective(id, Metric.CUSTOM, "Cost to serve per order (EUR)",
                            BigDecimal.valueOf(1400 + random.nextInt(400)), BigDecimal.valueOf(1150),
                            LocalDate.of(year, 11, 30));
                });
            }
            return objectives;
        }

        /**
         * Two or three actions per objective spread over the year: done when due before today, in progress when
         * due within 30 days, open otherwise. In this year's plan the first action is made overdue (unless the year
         * starts today); in an earlier year's plan the last one is still in progress. Plus one general action, done
         * when due before today.
         */
        private List<PlanAction> actions(List<Objective> objectives) {
            List<PlanAction> actions = new ArrayList<>();
            LocalDate first = LocalDate.of(year, 1, 1);
            int days = first.lengthOfYear();
            for (Objective o : objectives) {
                List<String> texts = DemoPlanTexts.some(random, DemoPlanTexts.ACTIONS.get(o.metric()),
                        2 + random.nextInt(2));
                for (String text : texts) {
                    // each objective's first action falls before today (in this year's plan): some are done
                    int range = text.equals(texts.get(0)) && today.getYear() == year ? today.getDayOfYear() : days;
                    LocalDate due = first.plusDays(random.nextInt(range));
                    ActionStatus status = due.isBefore(today) ? ActionStatus.DONE
                            : due.isBefore(today.plusDays(30)) ? ActionStatus.IN_PROGRESS : ActionStatus.OPEN;
                    actions.add(new PlanAction(PlanAction.NEW_ID, text, DemoPlanTexts.pick(random, team), due, status,
                            o.id()));
                }
            }
            if (year < today.getYear()) {
                int last = actions.size() - 1; // still in progress at the year's end: the rollover carries it over
                actions.set(last, actions.get(last).withStatus(ActionStatus.IN_PROGRESS));
            } else if (today.isAfter(first)) {
                long back = Math.min(ChronoUnit.DAYS.between(first, today), 5 + random.nextInt(25));
                actions.set(0, actions.get(0).withDue(today.minusDays(back)).withStatus(ActionStatus.OPEN));
            }
            LocalDate due = LocalDate.of(year, 3 * (1 + random.nextInt(4)), 15);
            actions.add(new PlanAction(PlanAction.NEW_ID, DemoPlanTexts.pick(random, DemoPlanTexts.GENERAL_ACTIONS),
                    team.get(0), due, due.isBefore(today) ? ActionStatus.DONE : ActionStatus.OPEN, null));
            return actions;
        }

        private List<Opportunity> opportunities(BigDecimal revenueTarget) {
            List<Opportunity> opportunities = new ArrayList<>();
            List<String> names = DemoPlanTexts.some(random, DemoPlanTexts.opportunities(account.country()),
                    2 + random.nextInt(3));
            for (String name : names) {
                SalesStage stage = SalesStage.values()[random.nextInt(SalesStage.values().length)];
                BigDecimal value = thousands(revenueTarget.doubleValue() * random.nextDouble(0.04, 0.25));
                LocalDate close = LocalDate.of(year, 1, 1).plusDays(60 + random.nextInt(300));
                opportunities.add(new Opportunity(Opportunity.NEW_ID, name, value, close,
                        PROBABILITY[stage.ordinal()], stage));
            }
            return opportunities;
        }

        private List<Risk> risks() {
            List<Risk> risks = new ArrayList<>();
            for (String[] risk : DemoPlanTexts.some(random, DemoPlanTexts.RISKS, 2 + random.nextInt(2))) {
                risks.add(new Risk(Risk.NEW_ID, risk[0], RiskLevel.values()[random.nextInt(3)],
                        RiskLevel.values()[random.nextInt(3)], risk[1]));
            }
            return risks;
        }

        private List<BudgetLine> budget(BigDecimal revenueTarget) {
            List<BudgetLine> budget = new ArrayList<>();
            for (String item : DemoPlanTexts.some(random, DemoPlanTexts.BUDGET_ITEMS, 3)) {
                BigDecimal amount = BigDecimal.valueOf(Math.max(500, Math.round(revenueTarget.doubleValue()
                        * random.nextDouble(0.002, 0.008) / 100) * 100L));
                budget.add(new BudgetLine(BudgetLine.NEW_ID, item, amount));
            }
            return budget;
        }

        /**
         * Two or three reviews, oldest first: the latest 5 to 45 days before today (100 to 140 for the stale account)
         * for this year's plan, in the autumn for earlier years.
         */
        private List<Review> reviews(boolean stale) {
            LocalDate latest = year < today.getYear() ? LocalDate.of(year, 10, 1).plusDays(random.nextInt(60))
                    : today.minusDays(stale ? 100 + random.nextInt(41) : 5 + random.nextInt(41));
            int count = 2 + random.nextInt(2);
            List<Review> reviews = new ArrayList<>();
            for (int k = count - 1; k >= 0; k--) {
                LocalDate date = latest.minusDays(k * (60L + random.nextInt(30)));
                reviews.add(new Review(Review.NEW_ID, date, DemoPlanTexts.pick(random, team),
                        DemoPlanTexts.pick(random, DemoPlanTexts.REVIEW_NOTES)));
            }
            return reviews;
        }

        private static BigDecimal thousands(double value) {
            return BigDecimal.valueOf(Math.max(1, Math.round(value / 1000)) * 1000L);
        }
    }
}
