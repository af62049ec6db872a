package keystone.plan;

import static keystone.plan.TestPlans.action;
import static keystone.plan.TestPlans.amount;
import static keystone.plan.TestPlans.day;
import static keystone.plan.TestPlans.full;
import static keystone.plan.TestPlans.objective;
import static keystone.plan.TestPlans.targets;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import keystone.plan.PlanValidation.Problem;
import keystone.plan.PlanValidation.Rule;

/**
 * Every validation rule, with the path of the field it names, at its boundaries.
 */
class PlanValidationTest {

    private static final AccountPlan FULL = full(7);

    private static List<String> problems(AccountPlan plan) {
        return PlanValidation.validate(plan).stream().map(p -> p.path() + " " + p.rule()).toList();
    }

    private static AccountPlan withAction(PlanAction action) {
        List<PlanAction> actions = new ArrayList<>(FULL.actions());
        actions.set(0, action);
        return FULL.withActions(actions);
    }

    private static AccountPlan withObjective(Objective objective) {
        List<Objective> objectives = new ArrayList<>(FULL.objectives());
        objectives.set(1, objective);
        return FULL.withObjectives(objectives);
    }

    @Test
    void aFullPlanIsValid() {
        assertEquals(List.of(), PlanValidation.validate(FULL));
    }

    @Test
    void targetsMustNotBeNegativeButZeroIsFine() {
        assertEquals(List.of("targets.Q2.revenue NEGATIVE", "targets.Q4.margin NEGATIVE"),
                problems(FULL.withTargets(targets("0", "0", "-0.01", "0", null, null, "1", "-5"))));
    }

    @Test
    void objectivesNeedATargetNotNegativeAndPercentagesUpToHundred() {
        assertEquals(List.of("objectives[1].target REQUIRED"),
                problems(withObjective(objective(-2, Metric.SHARE_OF_WALLET, "30", null, day(9, 30)))));
        assertEquals(List.of("objectives[1].baseline NEGATIVE", "objectives[1].target NEGATIVE"),
                problems(withObjective(objective(-2, Metric.MARGIN, "-1", "-2", day(9, 30)))));
        assertEquals(List.of(), problems(withObjective(objective(-2, Metric.SHARE_OF_WALLET, "0", "100", day(9, 30)))));
        assertEquals(List.of("objectives[1].baseline OUT_OF_RANGE", "objectives[1].target OUT_OF_RANGE"),
                problems(withObjective(objective(-2, Metric.COMPLAINT_RESOLUTION_RATE, "100.01", "101",
                        day(9, 30)))));
        assertEquals(List.of(), problems(withObjective(objective(-2, Metric.PRODUCT_LINES, "100", "101",
                day(9, 30)))), "counts have no upper limit");
    }

    @Test
    void customObjectivesNeedAName() {
        assertEquals(List.of("objectives[1].customName REQUIRED"), problems(withObjective(
                new Objective(-2, Metric.CUSTOM, " ", amount("100"), amount("80"), day(9, 30)))));
    }

    @Test
    void dueDatesMustLieInsideThePlanYear() {
        assertEquals(List.of(), problems(withObjective(objective(-2, Metric.MARGIN, null, "1", day(1, 1)))));
        assertEquals(List.of(), problems(withObjective(objective(-2, Metric.MARGIN, null, "1", day(12, 31)))));
        assertEquals(List.of("objectives[1].due OUTSIDE_PLAN_YEAR"),
                problems(withObjective(objective(-2, Metric.MARGIN, null, "1", LocalDate.of(2026, 1, 1)))));
        assertEquals(List.of("actions[0].due OUTSIDE_PLAN_YEAR"),
                problems(withAction(action("x", LocalDate.of(2024, 12, 31), ActionStatus.DONE, -1L))));
    }

    @Test
    void opportunityProbabilityLiesBetweenZeroAndHundred() {
        for (int ok : new int[] {0, 100}) {
            assertEquals(List.of(), problems(FULL.withOpportunities(List.of(new Opportunity(0, "Pumps", null,
                    day(6, 1), ok, SalesStage.MAP_ROLES)))));
        }
        assertEquals(List.of("opportunities[0].probability OUT_OF_RANGE", "opportunities[1].probability OUT_OF_RANGE",
                "opportunities[1].value NEGATIVE"),
                problems(FULL.withOpportunities(List.of(
                        new Opportunity(0, "A", amount("1"), day(6, 1), 101, SalesStage.MAP_ROLES),
                        new Opportunity(0, "B", amount("-1"), LocalDate.of(2027, 1, 1), -1, SalesStage.MAP_ROLES))))
                        .stream().sorted().toList(), "opportunities may close after the plan year");
    }

    @Test
    void ownersMustNotBeBlank() {
        PlanAction blank = new PlanAction(0, "Call", " \t", day(3, 1), ActionStatus.OPEN, null);
        assertEquals(List.of("actions[0].owner REQUIRED"), problems(withAction(blank)));
    }

    @Test
    void ownersMustBeKnownWhenKnownOwnersAreGiven() {
        PlanAction stranger = new PlanAction(0, "Call", "Bob Stranger", day(3, 1), ActionStatus.OPEN, null);
        AccountPlan plan = withAction(stranger);
        assertEquals(List.of(), PlanValidation.validate(plan), "no known owners given: anyone");
        List<Problem> problems = PlanValidation.validate(plan, Set.of("Anna Keller", "Jonas Weber"));
        assertEquals(1, problems.size());
        assertEquals("actions[0].owner", problems.get(0).path());
        assertEquals(Rule.UNKNOWN_OWNER, problems.get(0).rule());
        assertTrue(problems.get(0).message().contains("Bob Stranger"), problems.get(0).message());
        assertEquals(List.of(), PlanValidation.validate(FULL, Set.of(" anna keller ")), "ignoring case and blanks");
    }

    @Test
    void actionsMustServeAnObjectiveOfThePlan() {
        assertEquals(List.of("actions[0].objective UNKNOWN_OBJECTIVE"),
                problems(withAction(action("x", day(3, 1), ActionStatus.OPEN, -9L))));
        assertEquals(List.of("actions[0].objective UNKNOWN_OBJECTIVE"),
                problems(withAction(action("x", day(3, 1), ActionStatus.OPEN, 0L))));
    }

    @Test
    void requiredTextsOfEverySection() {
        AccountPlan plan = FULL
                .withActions(List.of(action("", day(3, 1), ActionStatus.OPEN, null)))
                .withObjectives(List.of())
                .withRisks(List.of(new Risk(0, " ", RiskLevel.LOW, RiskLevel.LOW, "")))
                .withBudget(List.of(new BudgetLine(0, "", null), new BudgetLine(0, "Travel", amount("-1"))))
                .withReviews(List.of(new Review(0, day(3, 1), "", "")))
                .withOpportunities(List.of(new Opportunity(0, "", null, day(6, 1), 10, SalesStage.MAP_ROLES)))
                .withSwot(new Swot(new Swot.Side(List.of(""), null, null, null), null));
        assertEquals(List.of("swot.customer.strengths[0] REQUIRED", "actions[0].text REQUIRED",
                "opportunities[0].name REQUIRED", "risks[0].text REQUIRED", "budget[0].item REQUIRED",
                "budget[0].amount REQUIRED", "budget[1].amount NEGATIVE", "reviews[0].author REQUIRED"),
                problems(plan));
    }

    @Test
    void portfolioScoresLieBetweenZeroAndTen() {
        assertEquals(List.of(), problems(FULL.withScores(new PortfolioScores(amount("0"), amount("10")))));
        assertEquals(List.of("scores.attractiveness OUT_OF_RANGE", "scores.strength OUT_OF_RANGE"),
                problems(FULL.withScores(new PortfolioScores(amount("10.01"), amount("-0.01")))));
    }

    @Test
    void textsMustFitTheirColumns() {
        String person = "x".repeat(PlanValidation.PERSON + 1);
        assertEquals(List.of("actions[0].owner TOO_LONG"),
                problems(withAction(new PlanAction(0, "Call", person, day(3, 1), ActionStatus.OPEN, null))));
        assertEquals(List.of(), problems(withAction(new PlanAction(0, "Call", person.substring(1), day(3, 1),
                ActionStatus.OPEN, null))));
        assertEquals(List.of("summary TOO_LONG"), problems(FULL.withSummary("y".repeat(PlanValidation.TEXT + 1))));
    }

    @Test
    void messagesNameTheFieldAndTheRemedy() {
        Problem problem = PlanValidation.validate(FULL.withTargets(targets("-5", null))).get(0);
        assertEquals("targets.Q1.revenue must not be negative (was -5).", problem.message());
        InvalidPlanException e = new InvalidPlanException("Nordwerk AG", 2025,
                PlanValidation.validate(FULL.withTargets(targets("-5", "-1"))));
        assertEquals("The 2025 plan of 'Nordwerk AG' was not saved: targets.Q1.revenue must not be negative (was -5). "
                + "(1 more problem to fix)", e.getMessage());
        assertEquals(2, e.problems().size());
    }

    @Test
    void thePlanRecordRefusesWhatCannotBeAPlan() {
        assertThrows(IllegalArgumentException.class, () -> AccountPlan.empty(7, 1899, day(1, 1)));
        assertThrows(IllegalArgumentException.class, () -> FULL.withTargets(List.of(QuarterTarget.none(Quarter.Q1),
                QuarterTarget.none(Quarter.Q1))));
        assertThrows(IllegalArgumentException.class, () -> FULL.withObjectives(List.of(
                objective(5, Metric.REVENUE, null, "1", day(1, 1)),
                objective(5, Metric.MARGIN, null, "1", day(1, 1)))));
        assertEquals(4, FULL.withTargets(targets("1", "1")).targets().size(), "missing quarters are added");
        assertEquals(amount("1.50"), new QuarterTarget(Quarter.Q1, amount("1.5"), null).revenue(), "to cents");
    }
}
