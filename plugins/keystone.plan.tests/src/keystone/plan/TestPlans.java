package keystone.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Plans and parts for the tests: a complete, valid plan and small builders. */
public final class TestPlans {

    public static final int YEAR = 2025;

    private TestPlans() {
    }

    public static BigDecimal amount(String value) {
        return new BigDecimal(value);
    }

    public static LocalDate day(int month, int dayOfMonth) {
        return LocalDate.of(YEAR, month, dayOfMonth);
    }

    public static Objective objective(long id, Metric metric, String baseline, String target, LocalDate due) {
        return new Objective(id, metric, metric == Metric.CUSTOM ? "Cost to serve" : "",
                baseline == null ? null : amount(baseline), target == null ? null : amount(target), due);
    }

    public static PlanAction action(String text, LocalDate due, ActionStatus status, Long objectiveId) {
        return new PlanAction(PlanAction.NEW_ID, text, "Anna Keller", due, status, objectiveId);
    }

    public static List<QuarterTarget> targets(String... revenueAndMargin) {
        List<QuarterTarget> targets = new ArrayList<>();
        for (int i = 0; i < revenueAndMargin.length / 2; i++) {
            String revenue = revenueAndMargin[2 * i];
            String margin = revenueAndMargin[2 * i + 1];
            targets.add(new QuarterTarget(Quarter.values()[i], revenue == null ? null : amount(revenue),
                    margin == null ? null : amount(margin)));
        }
        return targets;
    }

    /**
     * A complete, valid plan of {@code accountId} for {@value #YEAR}: every section there, two objectives (revenue
     * and share of wallet, temporary ids -1 and -2) with two actions each plus one unlinked action.
     */
    public static AccountPlan full(long accountId) {
        Swot swot = new Swot(
                new Swot.Side(List.of("Market leader"), List.of("Slow decisions"), List.of("New plant"),
                        List.of("Price pressure")),
                new Swot.Side(List.of("Service team nearby"), List.of("Prices 5 % above"), List.of("Service contract"),
                        List.of("Dual sourcing")));
        List<Objective> objectives = List.of(
                objective(-1, Metric.REVENUE, "900000", "1000000", day(12, 31)),
                objective(-2, Metric.SHARE_OF_WALLET, "30", "40", day(9, 30)));
        List<PlanAction> actions = List.of(
                action("Agree framework prices", day(2, 15), ActionStatus.DONE, -1L),
                action("Quote spare parts for all plants", day(5, 31), ActionStatus.IN_PROGRESS, -1L),
                action("Map categories bought elsewhere", day(3, 31), ActionStatus.OPEN, -2L),
                action("Win the maintenance tender", day(8, 31), ActionStatus.OPEN, -2L),
                action("Prepare the quarterly business review", day(4, 15), ActionStatus.OPEN, null));
        return new AccountPlan(AccountPlan.NEW_ID, accountId, YEAR, PlanState.ACTIVE, LocalDate.of(YEAR - 1, 12, 1),
                "Market leader in drive trains; we are the incumbent supplier.", swot, objectives,
                targets("250000", "75000", "250000", "75000", "250000", "75000", "250000", "75000"), actions,
                List.of(new Opportunity(Opportunity.NEW_ID, "Pumps for the new plant", amount("120000"), day(10, 1), 50,
                        SalesStage.BID_AND_TENDER)),
                List.of(new Risk(Risk.NEW_ID, "Competitor undercuts prices", RiskLevel.MEDIUM, RiskLevel.HIGH,
                        "Show total cost of ownership")),
                List.of(new BudgetLine(BudgetLine.NEW_ID, "Travel and visits", amount("12000"))),
                List.of(new Review(Review.NEW_ID, day(3, 1), "Anna Keller", "Targets confirmed.")),
                new PortfolioScores(amount("7.5"), amount("6")));
    }
}
