package keystone.plan.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import keystone.plan.AccountPlan;
import keystone.plan.ActionStatus;
import keystone.plan.BudgetLine;
import keystone.plan.Metric;
import keystone.plan.Objective;
import keystone.plan.Opportunity;
import keystone.plan.PlanAction;
import keystone.plan.PlanActuals;
import keystone.plan.PlanState;
import keystone.plan.PlanStatus;
import keystone.plan.PortfolioScores;
import keystone.plan.Quarter;
import keystone.plan.QuarterTarget;
import keystone.plan.Review;
import keystone.plan.Risk;
import keystone.plan.RiskLevel;
import keystone.plan.SalesStage;
import keystone.plan.Swot;

/** A complete plan for 2025 with actual sales up to 15 June, and report inputs built from it. */
final class ReportFixtures {

    static final int YEAR = 2025;
    static final LocalDate TODAY = LocalDate.of(YEAR, 6, 15);
    static final String CYRILLIC = "АО «Уралхимпром»";
    static final String CJK = "上海东方汽车零部件有限公司";

    private ReportFixtures() {
    }

    static BigDecimal amount(String value) {
        return new BigDecimal(value);
    }

    static LocalDate day(int month, int dayOfMonth) {
        return LocalDate.of(YEAR, month, dayOfMonth);
    }

    /**
     * Objectives: revenue 900,000 to 1,000,000 (id -1), share of wallet 30 to 40 % (id -2), a custom one; two
     * actions each, the second action overdue on {@link #TODAY}.
     */
    static AccountPlan plan() {
        Swot swot = new Swot(
                new Swot.Side(List.of("Market leader in drive trains", "Новый завод в Екатеринбурге"),
                        List.of("Slow decisions"), List.of("New plant in 2026", "电动汽车项目"),
                        List.of("Price pressure from Asian suppliers")),
                new Swot.Side(List.of("Service team nearby"), List.of("Prices 5 % above the market"),
                        List.of("Service contract"), List.of("Dual sourcing")));
        List<Objective> objectives = List.of(
                new Objective(-1, Metric.REVENUE, "", amount("900000"), amount("1000000"), day(12, 31)),
                new Objective(-2, Metric.SHARE_OF_WALLET, "", amount("30"), amount("40"), day(9, 30)),
                new Objective(-3, Metric.CUSTOM, "Cost to serve", amount("50000"), amount("40000"), day(12, 31)));
        List<PlanAction> actions = List.of(
                new PlanAction(PlanAction.NEW_ID, "Agree framework prices", "Anna Keller", day(2, 15),
                        ActionStatus.DONE, -1L),
                new PlanAction(PlanAction.NEW_ID, "Quote spare parts for all plants", "Иван Петров", day(5, 31),
                        ActionStatus.IN_PROGRESS, -1L),
                new PlanAction(PlanAction.NEW_ID, "Map categories bought elsewhere", "王伟", day(7, 31),
                        ActionStatus.OPEN, -2L),
                new PlanAction(PlanAction.NEW_ID, "Win the maintenance tender", "Anna Keller", day(8, 31),
                        ActionStatus.OPEN, -2L),
                new PlanAction(PlanAction.NEW_ID, "Consolidate deliveries", "Anna Keller", day(10, 31),
                        ActionStatus.OPEN, -3L),
                new PlanAction(PlanAction.NEW_ID, "Move orders to the portal", "Anna Keller", day(11, 30),
                        ActionStatus.OPEN, -3L));
        return new AccountPlan(AccountPlan.NEW_ID, 7, YEAR, PlanState.ACTIVE, LocalDate.of(YEAR - 1, 12, 1),
                "Market leader in drive trains; we are the incumbent supplier. Партнёр с 2019 года. 主要客户。",
                swot, objectives, targets(), actions,
                List.of(new Opportunity(Opportunity.NEW_ID, "Pumps for the new plant", amount("120000"), day(10, 1),
                        50, SalesStage.BID_AND_TENDER)),
                List.of(new Risk(Risk.NEW_ID, "Competitor undercuts prices", RiskLevel.MEDIUM, RiskLevel.HIGH,
                        "Show total cost of ownership")),
                List.of(new BudgetLine(BudgetLine.NEW_ID, "Travel and visits", amount("12000")),
                        new BudgetLine(BudgetLine.NEW_ID, "Samples", amount("3500"))),
                List.of(new Review(Review.NEW_ID, day(3, 1), "Anna Keller", "Targets confirmed.")),
                new PortfolioScores(amount("7.5"), amount("6")));
    }

    /** 250,000 revenue and 75,000 margin each quarter. */
    static List<QuarterTarget> targets() {
        List<QuarterTarget> targets = new ArrayList<>();
        for (Quarter q : Quarter.values()) {
            targets.add(new QuarterTarget(q, amount("250000"), amount("75000")));
        }
        return targets;
    }

    /** Q1 240,000 (margin 70,000), Q2 so far 130,000 (margin 41,000). */
    static PlanActuals actuals() {
        Map<Quarter, BigDecimal> revenue = new EnumMap<>(Quarter.class);
        Map<Quarter, BigDecimal> margin = new EnumMap<>(Quarter.class);
        revenue.put(Quarter.Q1, amount("240000"));
        revenue.put(Quarter.Q2, amount("130000"));
        margin.put(Quarter.Q1, amount("70000"));
        margin.put(Quarter.Q2, amount("41000"));
        return PlanActuals.of(YEAR, TODAY, revenue, margin);
    }

    static PlanStatus status(AccountPlan plan) {
        List<BigDecimal> current = new ArrayList<>();
        for (Objective o : plan.objectives()) {
            current.add(switch (o.metric()) {
                case REVENUE -> amount("370000");
                case SHARE_OF_WALLET -> amount("36");
                default -> null;
            });
        }
        return PlanStatus.of(plan, actuals(), current, TODAY);
    }

    static Situation situation() {
        return new Situation("Key account since 2019, automotive supplier", "Growing: +12 % over 12 months",
                "AX - develop and protect",
                List.of("Economic buyer not covered", "Single-threaded: only the purchasing manager"),
                List.of("Complaint about late deliveries still open"));
    }

    static ReportInput input(AccountPlan plan, String accountName) {
        return ReportInput.of(plan, status(plan), accountName, "Anna Keller", situation(), ReportLabels.ENGLISH,
                Locale.UK);
    }
}
