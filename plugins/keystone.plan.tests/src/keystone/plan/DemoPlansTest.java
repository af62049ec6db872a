package keystone.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import keystone.model.account.Account;
import keystone.model.account.AccountType;
import keystone.model.sales.SalesLine;

/**
 * The demo plans on made-up accounts with three years of steady monthly sales: deterministic, valid and showing
 * every finding the plan views have.
 */
class DemoPlansTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 15);
    private static final List<String> COUNTRIES = List.of("Germany", "Russia", "China", "Mexico", "United States",
            "Spain", "France", "Sweden");

    private static List<Account> accounts() {
        List<Account> accounts = new ArrayList<>();
        for (int i = 0; i < COUNTRIES.size(); i++) {
            accounts.add(Account.draft("Account " + i, AccountType.BREADWINNER).toBuilder().id(i + 1)
                    .customerId("C" + i).country(COUNTRIES.get(i)).industry("Manufacturing")
                    .owner("Anna Keller").team("Anna Keller, Jonas Weber").environment("Steady demand. More text.")
                    .build());
        }
        return accounts;
    }

    /** One line a month per customer from 2022 to the month before today, 10,000 to 17,000 per month. */
    private static List<SalesLine> lines() {
        List<SalesLine> lines = new ArrayList<>();
        for (int i = 0; i < COUNTRIES.size(); i++) {
            for (LocalDate d = LocalDate.of(2022, 7, 10); d.isBefore(TODAY.withDayOfMonth(1)); d = d.plusMonths(1)) {
                BigDecimal amount = BigDecimal.valueOf(10_000 + 1_000L * i);
                lines.add(new SalesLine("C" + i, d, amount, amount.multiply(new BigDecimal("0.3")),
                        "P" + (d.getMonthValue() % 4), null, ""));
            }
        }
        return lines;
    }

    private static PlanActuals actuals(String customerId, List<SalesLine> lines) {
        Map<Quarter, BigDecimal> revenue = new EnumMap<>(Quarter.class);
        for (SalesLine l : lines) {
            if (l.customerId().equals(customerId) && l.date().getYear() == TODAY.getYear()
                    && !l.date().isAfter(TODAY)) {
                revenue.merge(Quarter.of(l.date()), l.amount(), BigDecimal::add);
            }
        }
        return PlanActuals.of(TODAY.getYear(), TODAY, revenue, Map.of());
    }

    @Test
    void theSameInputsGiveTheSamePlans() {
        assertEquals(DemoPlans.generate(42, accounts(), lines(), TODAY),
                DemoPlans.generate(42, accounts(), lines(), TODAY));
    }

    @Test
    void everyAccountGetsLastYearsAndThisYearsPlanBothValidAndComplete() {
        List<DemoPlans.Years> plans = DemoPlans.generate(42, accounts(), lines(), TODAY);
        assertEquals(COUNTRIES.size(), plans.size());
        for (int i = 0; i < plans.size(); i++) {
            AccountPlan last = plans.get(i).lastYear();
            AccountPlan current = plans.get(i).thisYear();
            assertEquals(i + 1, current.accountId());
            assertEquals(2025, current.year());
            assertEquals(2024, last.year());
            for (AccountPlan plan : List.of(last, current)) {
                assertEquals(List.of(), PlanValidation.validate(plan, Set.of("Anna Keller", "Jonas Weber")),
                        plan.year() + " of " + plan.accountId());
                assertEquals(100, Completeness.of(plan).score(), Completeness.of(plan).missing().toString());
                assertTrue(plan.objectives().size() >= 2 && plan.objectives().size() <= 4);
                assertEquals(Metric.REVENUE, plan.objectives().get(0).metric());
            }
            assertTrue(last.actions().stream().anyMatch(PlanAction::open), "something to carry over");
            assertTrue(current.actions().stream().anyMatch(a -> a.status() == ActionStatus.DONE), "some done");
            assertEquals(1, ActionRules.overdue(current, TODAY).size(), "one overdue action");
        }
    }

    @Test
    void oneAccountIsStale() {
        long stale = DemoPlans.generate(42, accounts(), lines(), TODAY).stream()
                .filter(p -> Staleness.of(p.thisYear(), TODAY).stale()).count();
        assertEquals(1, stale);
    }

    @Test
    void accountsFillAllFourCellsAndSomeMoved() {
        List<DemoPlans.Years> plans = DemoPlans.generate(42, accounts(), lines(), TODAY);
        Set<PortfolioCell> cells = EnumSet.noneOf(PortfolioCell.class);
        int moved = 0;
        for (DemoPlans.Years p : plans) {
            PortfolioCell now = p.thisYear().scores().cell().orElseThrow();
            cells.add(now);
            moved += now != p.lastYear().scores().cell().orElseThrow() ? 1 : 0;
        }
        assertEquals(EnumSet.allOf(PortfolioCell.class), cells);
        assertTrue(moved > 0 && moved < plans.size(), moved + " moved");
    }

    @Test
    void someAccountsAreAheadOfTheirTargetsAndSomeBehind() {
        List<SalesLine> lines = lines();
        List<DemoPlans.Years> plans = DemoPlans.generate(42, accounts(), lines, TODAY);
        int ahead = 0;
        int behind = 0;
        for (int i = 0; i < plans.size(); i++) {
            AccountPlan plan = plans.get(i).thisYear();
            BigDecimal variance = PlanVsActual.of(plan.targets(), actuals("C" + i, lines), TODAY).revenue()
                    .forecastVariance();
            ahead += variance.signum() > 0 ? 1 : 0;
            behind += variance.signum() < 0 ? 1 : 0;
        }
        assertTrue(ahead > 0 && behind > 0, ahead + " ahead, " + behind + " behind");
    }

    @Test
    void opportunitiesAreNamedInTheAccountsLanguage() {
        List<DemoPlans.Years> plans = DemoPlans.generate(42, accounts(), lines(), TODAY);
        assertTrue(plans.get(1).thisYear().opportunities().stream().allMatch(o -> o.name().matches(".*[а-яА-Я].*")),
                "Russian");
        assertFalse(plans.get(2).thisYear().opportunities().isEmpty());
    }
}
