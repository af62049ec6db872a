package keystone.plan.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import keystone.decisionmap.BuyingRole;
import keystone.decisionmap.DecisionMap;
import keystone.decisionmap.DecisionMapService;
import keystone.decisionmap.Influence;
import keystone.decisionmap.Level;
import keystone.decisionmap.Person;
import keystone.decisionmap.Relationship;
import keystone.decisionmap.Stance;
import keystone.decisionmap.Strength;
import keystone.dossier.Complaint;
import keystone.dossier.Dossier;
import keystone.dossier.DossierService;
import keystone.model.KeystoneException;
import keystone.model.account.Account;
import keystone.model.account.AccountType;
import keystone.model.sales.Customer;
import keystone.model.sales.SalesLine;
import keystone.model.sales.SalesService;
import keystone.plan.AccountPlan;
import keystone.plan.ActionStatus;
import keystone.plan.Metric;
import keystone.plan.Objective;
import keystone.plan.OpenPlanAction;
import keystone.plan.PlanAction;
import keystone.plan.PlanActuals;
import keystone.plan.PlanService;
import keystone.plan.PlanState;
import keystone.plan.PlanStatus;
import keystone.plan.PortfolioCell;
import keystone.plan.PortfolioRow;
import keystone.plan.PortfolioScores;
import keystone.plan.Quarter;
import keystone.plan.RagStatus;
import keystone.plan.Review;
import keystone.plan.TestPlans;
import keystone.testsupport.FixtureDatabase;
import keystone.testsupport.Services;

/**
 * Actuals, objective values, the portfolio and open actions computed from sales lines, dossiers and decision maps
 * stored in a real database, with sales on the quarter and year boundaries.
 */
class PlanFiguresTest {

    private static final int YEAR = TestPlans.YEAR;
    private static final LocalDate TODAY = LocalDate.of(YEAR, 7, 2); // day 183 of 365

    @TempDir
    Path dir;
    private FixtureDatabase fixture;
    private PlanService service;
    private Account nordwerk;
    private Account unlinked;

    @BeforeEach
    void open() {
        fixture = FixtureDatabase.in(dir);
        service = Services.get(PlanService.class);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private static BigDecimal amount(String value) {
        return new BigDecimal(value);
    }

    private static void assertAmount(String expected, BigDecimal actual) {
        assertAmount(expected, actual, "");
    }

    private static void assertAmount(String expected, BigDecimal actual, String why) {
        assertEquals(0, amount(expected).compareTo(actual), why + ": expected " + expected + ", was " + actual);
    }

    private static SalesLine line(String customer, LocalDate date, String amount, String margin, String product) {
        return new SalesLine(customer, date, amount(amount), margin == null ? null : amount(margin), product, null, "");
    }

    /** Nordwerk (C1) with sales on the boundaries, Other (C2) with its own, and an account without a customer. */
    private void salesOnTheBoundaries() {
        Services.get(SalesService.class).add(List.of(new Customer("C1", "Nordwerk", "", ""),
                new Customer("C2", "Other", "", "")), List.of(
                line("C1", LocalDate.of(YEAR - 1, 12, 31), "1", "1", "Old"), // last year
                line("C1", LocalDate.of(YEAR, 1, 1), "100", "30", "Pumps"), // first day: Q1
                line("C1", LocalDate.of(YEAR, 3, 31), "200", null, "Valves"), // last day of Q1, no margin
                line("C1", LocalDate.of(YEAR, 4, 1), "400", "100", "Pumps"), // first day of Q2
                line("C1", TODAY, "800", "200", "Seals"), // today: Q3
                line("C1", TODAY.plusDays(1), "1600", "400", "Filters"), // after today: left out
                line("C1", LocalDate.of(YEAR + 1, 1, 1), "3200", "800", "Filters"), // next year
                line("C2", LocalDate.of(YEAR, 2, 1), "7000", "700", "Pumps")));
        List<Account> stored = fixture.account(Account.draft("Nordwerk AG", AccountType.BREADWINNER).toBuilder()
                .customerId("C1").build()).account("Unlinked GmbH", AccountType.PROSPECT).build();
        nordwerk = stored.get(0);
        unlinked = stored.get(1);
    }

    @Test
    void actualsSumTheSalesOfThePlanYearUpToTodayPerQuarter() {
        salesOnTheBoundaries();
        PlanActuals actuals = service.actuals(nordwerk.id(), YEAR, TODAY);
        assertAmount("300", actuals.quarter(Quarter.Q1).revenue());
        assertAmount("30", actuals.quarter(Quarter.Q1).margin(), "a line without margin adds nothing");
        assertAmount("400", actuals.quarter(Quarter.Q2).revenue());
        assertAmount("800", actuals.quarter(Quarter.Q3).revenue());
        assertAmount("0", actuals.quarter(Quarter.Q4).revenue());
        assertAmount("1500", actuals.revenue());
        assertAmount("330", actuals.margin());
        assertAmount("700", service.actuals(nordwerk.id(), YEAR, TODAY.minusDays(1)).revenue(), "today counts");
        assertAmount("0", service.actuals(nordwerk.id(), YEAR, LocalDate.of(YEAR - 1, 12, 31)).revenue());
        assertAmount("3100", service.actuals(nordwerk.id(), YEAR, LocalDate.of(YEAR + 1, 6, 1)).revenue(),
                "after the year: the whole year, nothing of the next");
        assertAmount("0", service.actuals(unlinked.id(), YEAR, TODAY).revenue());
        assertThrows(KeystoneException.class, () -> service.actuals(9999, YEAR, TODAY));
    }

    @Test
    void statusComparesTargetsWithActualsAndForecastsTheYear() {
        salesOnTheBoundaries();
        AccountPlan plan = service.save(TestPlans.full(nordwerk.id())
                .withTargets(TestPlans.targets("300", "0", "500", "0", "1000", "0", "1000", "0")));
        PlanStatus status = service.status(plan, TODAY);
        assertAmount("1500", status.vsActual().revenue().actualToDate());
        assertAmount("2800", status.vsActual().revenue().target());
        assertAmount("2991.80", status.vsActual().revenue().forecast(), "1500 / 183 days * 365 days");
        assertEquals(183, status.vsActual().elapsedDays());
    }

    @Test
    void objectiveValuesComeFromSalesTheDossierAndTheDecisionMap() {
        salesOnTheBoundaries();
        long id = nordwerk.id();
        DossierService dossiers = Services.get(DossierService.class);
        dossiers.save(Dossier.empty(nordwerk).withOurShareOfWallet(amount("35"))
                .withHistory(List.of(new Complaint(0, id, LocalDate.of(YEAR, 2, 1), "Leak", "",
                        LocalDate.of(YEAR, 2, 10), "Replaced"), new Complaint(0, id, LocalDate.of(YEAR, 3, 1), "Noise",
                                "", null, ""), new Complaint(0, id, LocalDate.of(YEAR, 5, 1), "Late", "",
                                        LocalDate.of(YEAR, 5, 3), ""))));
        Person cfo = new Person(-1, id, "Eva Berg", "CFO", "", "", Level.TOP, Set.of(BuyingRole.ECONOMIC_BUYER),
                Stance.SUPPORTER, Influence.HIGH, false, null, "", null, null);
        Person coo = new Person(-2, id, "Jan Holm", "COO", "", "", Level.TOP, Set.of(BuyingRole.DECISION_MAKER),
                Stance.NEUTRAL, Influence.HIGH, false, null, "", null, null);
        Services.get(DecisionMapService.class).save(new DecisionMap(id, List.of(cfo, coo), null, null,
                List.of(new Relationship(0, -1, "Anna Keller", Strength.WORKING, Strength.WORKING, TODAY))));
        LocalDate end = LocalDate.of(YEAR, 12, 31);
        List<Objective> objectives = List.of(
                new Objective(-1, Metric.REVENUE, "", null, amount("3000"), end),
                new Objective(-2, Metric.MARGIN, "", null, amount("1000"), end),
                new Objective(-3, Metric.PRODUCT_LINES, "", null, amount("3"), end),
                new Objective(-4, Metric.SHARE_OF_WALLET, "", amount("30"), amount("40"), end),
                new Objective(-5, Metric.COMPLAINT_RESOLUTION_RATE, "", null, amount("90"), end),
                new Objective(-6, Metric.DECISION_MAKER_COVERAGE, "", null, amount("50"), end),
                new Objective(-7, Metric.CUSTOM, "Cost to serve", amount("100"), amount("80"), end),
                new Objective(-8, Metric.REVENUE, "", null, amount("300"), LocalDate.of(YEAR, 3, 31)));
        PlanStatus status = service.status(TestPlans.full(id).withObjectives(objectives).withActions(List.of()), TODAY);
        List<BigDecimal> values = status.objectives().stream().map(p -> p.current()).toList();
        assertAmount("1500", values.get(0));
        assertAmount("330", values.get(1));
        assertAmount("3", values.get(2), "pumps, valves, seals; filters come after today");
        assertAmount("35", values.get(3));
        assertAmount("66.6667", values.get(4), "two of three complaints resolved");
        assertAmount("50", values.get(5), "one of two decision makers at working level");
        assertNull(values.get(6), "custom metrics are not measured");
        assertAmount("300", values.get(7), "up to the due date only");
        assertEquals(RagStatus.GREEN, status.objectives().get(2).status());
        assertEquals(RagStatus.GREEN, status.objectives().get(7).status());
        assertNull(status.objectives().get(6).status());
    }

    @Test
    void productLinesCannotBeCountedWhenSalesNameNoProducts() {
        fixture.customer("C9", "Plain").sale("C9", LocalDate.of(YEAR, 2, 2), "100");
        Account plain = fixture.account(Account.draft("Plain AG", AccountType.EXPERT).toBuilder().customerId("C9")
                .build()).build().get(0);
        AccountPlan plan = TestPlans.full(plain.id()).withActions(List.of()).withObjectives(List.of(
                new Objective(-1, Metric.PRODUCT_LINES, "", null, amount("2"), LocalDate.of(YEAR, 12, 31))));
        assertNull(service.status(plan, TODAY).objectives().get(0).current());
    }

    @Test
    void thePortfolioListsEveryAccountWithItsPlanAndCells() {
        salesOnTheBoundaries();
        service.save(new AccountPlan(0, nordwerk.id(), YEAR - 1, PlanState.ACTIVE, LocalDate.of(YEAR - 2, 12, 1), "",
                null, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                new PortfolioScores(amount("8"), amount("3"))));
        AccountPlan current = service.save(TestPlans.full(nordwerk.id())
                .withTargets(TestPlans.targets("300", "0", "500", "0", "1000", "0", "1000", "0"))
                .withReviews(List.of(new Review(0, TODAY.minusDays(90), "Anna Keller", "")))
                .withScores(new PortfolioScores(amount("8"), amount("7"))));
        List<PortfolioRow> rows = service.portfolio(YEAR, TODAY);
        assertEquals(List.of("Nordwerk AG", "Unlinked GmbH"), rows.stream().map(PortfolioRow::accountName).toList());
        PortfolioRow row = rows.get(0);
        assertEquals(current.id(), row.planId());
        assertEquals(PlanState.ACTIVE, row.state());
        assertAmount("1500", row.revenue().actualToDate());
        assertAmount("2800", row.revenue().target());
        assertEquals(100, row.completeness());
        assertTrue(row.stale(), "reviewed exactly 90 days ago");
        assertEquals(3, row.overdueActions(), "open actions due 31 March, 15 April and 31 May");
        assertEquals(PortfolioCell.STRATEGIC, row.cell());
        assertEquals(PortfolioCell.STAR, row.lastYearCell());
        assertTrue(row.moved());
        PortfolioRow none = rows.get(1);
        assertFalse(none.hasPlan());
        assertNull(none.completeness());
        assertAmount("0", none.revenue().actualToDate());
    }

    @Test
    void openActionsComeFromEveryPlanButSnapshotsOverdueFirst() {
        salesOnTheBoundaries();
        service.save(TestPlans.full(nordwerk.id()));
        AccountPlan other = TestPlans.full(unlinked.id());
        List<PlanAction> actions = new ArrayList<>(other.actions());
        actions.set(4, actions.get(4).withStatus(ActionStatus.DONE));
        service.save(other.withActions(actions));
        List<OpenPlanAction> open = service.openActions(TestPlans.day(4, 1));
        assertEquals(List.of("Map categories bought elsewhere", "Map categories bought elsewhere",
                "Prepare the quarterly business review", "Quote spare parts for all plants",
                "Quote spare parts for all plants", "Win the maintenance tender", "Win the maintenance tender"),
                open.stream().map(a -> a.action().text()).toList());
        assertTrue(open.get(0).overdue() && open.get(1).overdue(), "due 31 March");
        assertFalse(open.get(2).overdue());
        assertEquals("Nordwerk AG", open.get(0).accountName());
        assertEquals("share of wallet", open.get(0).objective());
        assertEquals("", open.get(2).objective());
        assertEquals(YEAR, open.get(0).year());

        service.rollover(nordwerk.id(), YEAR);
        List<OpenPlanAction> afterRollover = service.openActions(TestPlans.day(4, 1));
        assertEquals(open.size(), afterRollover.size(), "the snapshot's actions are left out, the carried ones come");
        assertTrue(afterRollover.stream().filter(a -> a.accountId() == nordwerk.id())
                .allMatch(a -> a.year() == YEAR + 1));
    }
}
