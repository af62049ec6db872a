package keystone.dossier.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import keystone.dossier.AtRisk;
import keystone.dossier.Complaint;
import keystone.dossier.Dossier;
import keystone.dossier.DossierService;
import keystone.dossier.Headline;
import keystone.dossier.KeyContact;
import keystone.dossier.RiskSignal;
import keystone.dossier.RiskSignal.Kind;
import keystone.dossier.RiskThresholds;
import keystone.dossier.Tender;
import keystone.dossier.TenderOutcome;
import keystone.model.KeystoneException;
import keystone.model.account.Account;
import keystone.model.account.AccountType;
import keystone.testsupport.FixtureDatabase;
import keystone.testsupport.Services;

/**
 * Headline figures and churn signals computed from stored sales and dossiers, on small hand-made fixtures whose
 * sales sit on the window boundaries.
 */
class DossierFiguresTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 15);

    @TempDir
    Path dir;
    private FixtureDatabase fixture;
    private DossierService service;

    @BeforeEach
    void open() {
        fixture = FixtureDatabase.in(dir);
        service = Services.get(DossierService.class);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private static Account linked(String name, String customerId) {
        return Account.draft(name, AccountType.BREADWINNER).toBuilder().customerId(customerId).build();
    }

    private static void assertAmount(String expected, BigDecimal actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual), "expected " + expected + ", was " + actual);
    }

    @Test
    void headlineFiguresCountSalesUpToTodayInWindowsOpenAtTheStart() {
        List<Account> accounts = fixture.customer("C1", "Nordwerk").customer("C2", "Other")
                .sale("C1", TODAY, "100") // last day of the last 12 months
                .sale("C1", LocalDate.of(2024, 6, 16), "200") // first day of the last 12 months
                .sale("C1", LocalDate.of(2024, 6, 15), "400") // exactly 12 months ago: last day of the 12 before
                .sale("C1", LocalDate.of(2023, 6, 16), "800") // first day of the 12 before
                .sale("C1", LocalDate.of(2023, 6, 15), "1600") // exactly 24 months ago: outside
                .sale("C1", TODAY.plusDays(1), "3200") // after today: outside, and not the last order
                .sale("C2", LocalDate.of(2025, 1, 1), "700")
                .account(linked("Nordwerk AG", "C1")).account(Account.draft("Unlinked", AccountType.PROSPECT))
                .build();
        Headline headline = service.headline(accounts.get(0).id(), TODAY);
        assertAmount("300", headline.lastTwelveMonths());
        assertAmount("1200", headline.previousTwelveMonths());
        assertAmount("0.25", headline.trend().orElseThrow());
        assertAmount("1000", headline.allCustomersLastTwelveMonths());
        assertAmount("0.3", headline.shareOfTotal().orElseThrow());
        assertEquals(Optional.of(TODAY), headline.lastOrder());

        Headline unlinked = service.headline(accounts.get(1).id(), TODAY);
        assertAmount("0", unlinked.lastTwelveMonths());
        assertEquals(Optional.empty(), unlinked.trend(), "nothing in the 12 months before");
        assertAmount("0", unlinked.shareOfTotal().orElseThrow());
        assertEquals(Optional.empty(), unlinked.lastOrder());
    }

    @Test
    void newAccountHasNoTrendAndAnEmptyDatabaseNoShare() {
        List<Account> accounts = fixture.customer("N", "New").sale("N", TODAY.minusMonths(2), "50")
                .account(linked("Newcomer", "N")).build();
        Headline headline = service.headline(accounts.get(0).id(), TODAY);
        assertEquals(Optional.empty(), headline.trend());
        assertAmount("1", headline.shareOfTotal().orElseThrow());
        assertEquals(Optional.empty(), service.headline(accounts.get(0).id(), TODAY.minusYears(5)).shareOfTotal(),
                "no revenue at all in that window");
        assertThrows(KeystoneException.class, () -> service.headline(999, TODAY));
    }

    @Test
    void signalsOfOneAccountComeFromItsSalesAndDossier() {
        Account account = fixture.customer("C1", "Quiet").sale("C1", TODAY.minusMonths(4), "300")
                .account(linked("Quiet Buyer", "C1")).build().get(0);
        long id = account.id();
        service.save(Dossier.empty(account)
                .withHistory(List.of(new Tender(0, id, LocalDate.of(2025, 1, 10), "Hall 3", "", TenderOutcome.LOST,
                        "Price", "Rival", null), new Complaint(0, id, TODAY.minusDays(30), "Exactly 30 days", "", null,
                                ""), new Complaint(0, id, TODAY.minusDays(31), "31 days", "", null, "")))
                .withKeyContacts(List.of(new KeyContact(0, id, "Olga", "Buyer", true, LocalDate.of(2025, 5, 1)))));
        assertEquals(List.of(new RiskSignal(Kind.NO_PURCHASE, "4", TODAY.minusMonths(4)),
                new RiskSignal(Kind.LOST_TENDER, "Hall 3", LocalDate.of(2025, 1, 10)),
                new RiskSignal(Kind.OPEN_COMPLAINT, "31 days", TODAY.minusDays(31)),
                new RiskSignal(Kind.KEY_CONTACT_LEFT, "Olga", LocalDate.of(2025, 5, 1))),
                service.signals(id, TODAY, RiskThresholds.DEFAULTS));
    }

    @Test
    void revenueDropFromStoredSalesCountsOnlyWhenOverTheThreshold() {
        List<Account> accounts = fixture.customer("D", "Dropping").customer("E", "Even")
                .sale("D", LocalDate.of(2024, 4, 1), "1000").sale("D", LocalDate.of(2025, 4, 1), "799.90")
                .sale("E", LocalDate.of(2024, 4, 1), "1000").sale("E", LocalDate.of(2025, 4, 1), "800")
                .sale("E", LocalDate.of(2025, 3, 15), "5000") // exactly 3 months ago: not in the compared period
                .account(linked("Dropping", "D")).account(linked("Even", "E")).build();
        assertEquals(List.of(new RiskSignal(Kind.REVENUE_DROP, "20.01", LocalDate.of(2025, 3, 16))),
                service.signals(accounts.get(0).id(), TODAY, RiskThresholds.DEFAULTS));
        assertEquals(List.of(), service.signals(accounts.get(1).id(), TODAY, RiskThresholds.DEFAULTS));
        assertEquals(List.of(Kind.REVENUE_DROP), service.signals(accounts.get(1).id(), TODAY,
                RiskThresholds.DEFAULTS.withDropPercent(new BigDecimal("19.99"))).stream().map(RiskSignal::kind).toList());
    }

    @Test
    void atRiskListsAccountsWithSignalsByRevenueAtRisk() {
        FixtureDatabase f = fixture.customer("A", "A").customer("B", "B").customer("C", "C");
        for (LocalDate month = LocalDate.of(2023, 6, 1); !month.isAfter(TODAY); month = month.plusMonths(1)) {
            f.sale("B", month, "500").sale("C", month, "1000");
        }
        List<Account> accounts = f.sale("A", LocalDate.of(2025, 2, 1), "300")
                .account(linked("Lapsing", "A")).account(linked("Lost a tender", "B"))
                .account(linked("Healthy", "C")).account(Account.draft("Contact left", AccountType.PROSPECT))
                .build();
        Account b = accounts.get(1);
        Account d = accounts.get(3);
        service.save(Dossier.empty(b).withHistory(List.of(new Tender(0, b.id(), LocalDate.of(2025, 1, 10), "Hall",
                "", TenderOutcome.LOST, "", "", null))));
        service.save(Dossier.empty(d).withKeyContacts(List.of(new KeyContact(0, d.id(), "Ana", "", true, null))));

        List<AtRisk> atRisk = service.atRisk(TODAY, RiskThresholds.DEFAULTS);
        assertEquals(List.of("Lost a tender", "Lapsing", "Contact left"),
                atRisk.stream().map(AtRisk::accountName).toList(), "Healthy has no signal");
        assertAmount("6000", atRisk.get(0).revenueAtRisk());
        assertAmount("300", atRisk.get(1).revenueAtRisk());
        assertAmount("0", atRisk.get(2).revenueAtRisk());
        assertEquals(List.of(Kind.NO_PURCHASE), atRisk.get(1).signals().stream().map(RiskSignal::kind).toList());
    }
}
