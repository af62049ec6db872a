package keystone.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import keystone.model.account.Account;
import keystone.model.account.AccountService;
import keystone.model.account.AccountType;
import keystone.model.sales.SalesService;
import keystone.testsupport.FixtureDatabase;
import keystone.testsupport.Services;

/**
 * The demo installer as registered in OSGi, writing into a real database in a temp directory.
 */
class DemoInstallerTest {

    @TempDir
    Path dir;
    private FixtureDatabase fixture;
    private DemoInstaller installer;

    @BeforeEach
    void open() {
        fixture = FixtureDatabase.in(dir);
        installer = Services.get(DemoInstaller.class);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void recreateReplacesEverythingByTheDemo() {
        fixture.customer("OLD", "Old data").account("Old Account", AccountType.PROSPECT).build();
        DemoData data = installer.recreate(new NullProgressMonitor());

        SalesService sales = Services.get(SalesService.class);
        AccountService accounts = Services.get(AccountService.class);
        assertEquals(data.customers().size(), sales.customerCount());
        assertEquals(data.lines().size(), sales.salesLineCount());
        assertEquals(8, accounts.count());
        assertTrue(sales.customer("OLD").isEmpty(), "old data is gone");
        assertTrue(data.accounts().stream().noneMatch(Account::isNew), "returned accounts carry their ids");
        for (Account account : data.accounts()) {
            assertEquals(account, accounts.find(account.id()).orElseThrow());
        }
        LocalDate lastDay = YearMonth.now().minusMonths(1).atEndOfMonth();
        assertFalse(sales.revenueByCustomer(lastDay.minusMonths(1), lastDay).isEmpty(), "sales up to last month");
    }

    @Test
    void installIfEmptyFillsOnlyAnEmptyDatabase() {
        assertTrue(installer.installIfEmpty(new NullProgressMonitor()));
        Account mine = Services.get(AccountService.class).create(Account.draft("Mine", AccountType.PROSPECT));
        assertFalse(installer.installIfEmpty(new NullProgressMonitor()));
        assertTrue(Services.get(AccountService.class).find(mine.id()).isPresent(), "the user's data is untouched");
    }

    @Test
    void cancellingBeforeWritingLeavesTheDatabaseUnchanged() {
        List<Account> mine = fixture.account("Keep Me", AccountType.EXPERT).build();
        NullProgressMonitor cancelled = new NullProgressMonitor();
        cancelled.setCanceled(true);
        assertThrows(OperationCanceledException.class, () -> installer.recreate(cancelled));
        assertEquals(1, Services.get(AccountService.class).count());
        assertTrue(Services.get(AccountService.class).find(mine.get(0).id()).isPresent());
    }

    @Test
    void demoAccountsGetFullDossiersWithAFewActiveRiskSignals() {
        DemoData data = installer.recreate(new NullProgressMonitor());
        keystone.dossier.DossierService dossiers = Services.get(keystone.dossier.DossierService.class);
        LocalDate today = LocalDate.now();
        for (Account account : data.accounts()) {
            keystone.dossier.Dossier dossier = dossiers.load(account.id());
            assertTrue(dossier.history().size() >= 15, account.name() + ": " + dossier.history().size() + " events");
            assertTrue(dossier.history().get(0).date().isBefore(today.minusYears(2).minusMonths(6)),
                    "history reaches back about three years");
            assertTrue(dossier.history().stream().anyMatch(e -> e instanceof keystone.dossier.Meeting),
                    "meetings with minutes");
            assertTrue(dossier.competitors().size() >= 2);
            assertTrue(keystone.dossier.DossierValidation.validate(dossier).isEmpty(), "valid: " + account.name());
        }
        var atRisk = dossiers.atRisk(today, keystone.dossier.RiskThresholds.DEFAULTS);
        assertTrue(atRisk.size() >= 2, "a couple of accounts with active risk signals: " + atRisk);
        assertTrue(dossiers.openActions(today).size() > 0, "open follow-up actions across accounts");
    }

    @Test
    void demoAccountsGetDecisionMapsWithAMixOfCoverageFindings() {
        DemoData data = installer.recreate(new NullProgressMonitor());
        var maps = Services.get(keystone.decisionmap.DecisionMapService.class);
        for (Account account : data.accounts()) {
            int people = maps.load(account.id()).people().size();
            assertTrue(people >= 8 && people <= 40, account.name() + ": " + people + " people");
        }
        var coverage = maps.portfolioCoverage(LocalDate.now(), 90);
        assertEquals(data.accounts().size(), coverage.size());
        assertEquals(3, coverage.stream().map(c -> c.coverage().quality()).distinct().count(),
                "red, amber and green accounts: " + coverage);
    }

    @Test
    void demoAccountsGetThisYearsPlanAndLastYearsSnapshot() {
        DemoData data = installer.recreate(new NullProgressMonitor());
        var plans = Services.get(keystone.plan.PlanService.class);
        LocalDate today = LocalDate.now();
        int year = today.getYear();
        for (Account account : data.accounts()) {
            assertEquals(List.of(year - 1, year), plans.years(account.id()), account.name());
            assertEquals(keystone.plan.PlanState.SNAPSHOT, plans.load(account.id(), year - 1).orElseThrow().state());
            keystone.plan.AccountPlan plan = plans.load(account.id(), year).orElseThrow();
            assertEquals(keystone.plan.PlanState.ACTIVE, plan.state());
            assertEquals(100, keystone.plan.Completeness.of(plan).score(), account.name());
            assertTrue(keystone.plan.PlanValidation.validate(plan).isEmpty(), "valid: " + account.name());
        }
        var portfolio = plans.portfolio(year, today);
        assertEquals(data.accounts().size(), portfolio.size());
        assertEquals(1, portfolio.stream().filter(keystone.plan.PortfolioRow::stale).count(), "one stale plan");
        assertEquals(4, portfolio.stream().map(keystone.plan.PortfolioRow::cell).distinct().count(), "all cells");
        assertTrue(portfolio.stream().anyMatch(keystone.plan.PortfolioRow::moved), "some moved since last year");
        if (today.getDayOfYear() > 1) {
            assertTrue(plans.openActions(today).stream().anyMatch(keystone.plan.OpenPlanAction::overdue));
        }
    }
}
