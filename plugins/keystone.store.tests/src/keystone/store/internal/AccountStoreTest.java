package keystone.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import keystone.model.account.Account;
import keystone.model.account.AccountService;
import keystone.model.account.AccountSummary;
import keystone.model.account.AccountType;
import keystone.model.store.StoreException;
import keystone.testsupport.FixtureDatabase;
import keystone.testsupport.Services;

/**
 * The account service as registered in OSGi, on a real database in a temp directory.
 */
class AccountStoreTest {

    @TempDir
    Path dir;
    private FixtureDatabase fixture;
    private AccountService accounts;

    @BeforeEach
    void open() {
        fixture = FixtureDatabase.in(dir);
        accounts = Services.get(AccountService.class);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void createdAccountIsFoundWithEveryField() {
        Account full = new Account(Account.NEW_ID, "Nordwerk AG", AccountType.BREADWINNER, "Machinery", "Germany",
                "Bavaria", 5400, new BigDecimal("1250000000.00"), "EUR", "https://nordwerk.example", "Anna Berg",
                "Anna Berg, Tom Lee", null, "Founded 1921.", "Holding with 4 divisions.", "Consolidating market.");
        Account stored = accounts.create(full);
        assertTrue(stored.id() > 0);
        assertEquals(full.withId(stored.id()), accounts.find(stored.id()).orElseThrow());
    }

    @Test
    void servicesCalledInOneTransactionCommitTogetherOrNotAtAll() {
        keystone.model.store.DatabaseService database = Services.get(keystone.model.store.DatabaseService.class);
        Account first = accounts.create(Account.draft("Before", AccountType.PROSPECT));
        RuntimeException failure = assertThrows(IllegalStateException.class, () -> database.inOneTransaction(() -> {
            accounts.update(first.toBuilder().name("Renamed").build());
            assertEquals("Renamed", accounts.find(first.id()).orElseThrow().name(), "seen inside the transaction");
            accounts.create(Account.draft("Created inside", AccountType.PROSPECT));
            throw new IllegalStateException("a later part fails");
        }));
        assertEquals("a later part fails", failure.getMessage());
        assertEquals("Before", accounts.find(first.id()).orElseThrow().name(), "the update is rolled back");
        assertTrue(accounts.summaries(java.time.LocalDate.now()).stream().noneMatch(a -> a.name().equals("Created inside")));

        database.inOneTransaction(() -> accounts.update(first.toBuilder().name("Renamed").build()));
        assertEquals("Renamed", accounts.find(first.id()).orElseThrow().name());
    }

    @Test
    void changesAreAnnouncedOnlyOnceTheirTransactionHasCommitted() {
        keystone.store.Database database = Services.get(keystone.store.Database.class);
        java.util.List<String> log = new java.util.ArrayList<>();
        database.inTransaction(c -> {
            database.afterCommit(() -> log.add("after commit"));
            log.add("inside");
            return null;
        });
        assertEquals(java.util.List.of("inside", "after commit"), log);

        log.clear();
        assertThrows(IllegalStateException.class, () -> database.inTransaction(c -> {
            database.afterCommit(() -> log.add("never"));
            throw new IllegalStateException("rolled back");
        }));
        database.inTransaction(c -> null);
        assertEquals(java.util.List.of(), log, "nothing announced for a rollback, nor later");

        database.afterCommit(() -> log.add("at once"));
        assertEquals(java.util.List.of("at once"), log, "outside a transaction it runs at once");
    }

    @Test
    void hostileTextIsStoredVerbatim() {
        String hostile = "O'Brien \"quoted\" '; DROP TABLE ACCOUNT; -- 😀 Привет 你好 שלום مرحبا " + "x".repeat(10_000);
        Account stored = accounts.create(Account.draft("Ünïcødé 株式会社 «ООО Ромашка»", AccountType.EXPERT).toBuilder()
                .history(hostile).build());
        Account found = accounts.find(stored.id()).orElseThrow();
        assertEquals(hostile, found.history());
        assertEquals("Ünïcødé 株式会社 «ООО Ромашка»", found.name());
    }

    @Test
    void deletedAccountComesBackUnderItsIdWhenRecreated() {
        Account stored = accounts.create(Account.draft("Undo Me", AccountType.PROSPECT).toBuilder().owner("Eva").build());
        Account deleted = accounts.delete(stored.id()).orElseThrow();
        assertTrue(accounts.find(stored.id()).isEmpty());
        accounts.create(deleted);
        assertEquals(stored, accounts.find(stored.id()).orElseThrow());
        Account another = accounts.create(Account.draft("Next", AccountType.PROSPECT));
        assertTrue(another.id() > stored.id(), "identity continues after an explicit id");
    }

    @Test
    void updateReplacesTheStoredFieldsAndRefusesInvalidOnes() {
        Account stored = accounts.create(Account.draft("Before", AccountType.PROSPECT));
        accounts.update(stored.toBuilder().name("After").employees(12).build());
        assertEquals("After", accounts.find(stored.id()).orElseThrow().name());
        assertEquals(12, accounts.find(stored.id()).orElseThrow().employees());
        assertThrows(StoreException.class, () -> accounts.update(stored.toBuilder().name(" ").build()));
        assertThrows(StoreException.class, () -> accounts.update(stored.toBuilder().employees(-1).build()));
        assertEquals("After", accounts.find(stored.id()).orElseThrow().name(), "nothing invalid was saved");
    }

    @Test
    void updatingADeletedAccountSaysSo() {
        Account stored = accounts.create(Account.draft("Gone", AccountType.PROSPECT));
        accounts.delete(stored.id());
        StoreException e = assertThrows(StoreException.class, () -> accounts.update(stored));
        assertTrue(e.getMessage().contains("no longer exists"), e.getMessage());
    }

    @Test
    void revenueOfTheLastTwelveMonthsCountsSalesAfterTheSameDayAYearBeforeUpToAndIncludingToday() {
        LocalDate asOf = LocalDate.of(2026, 11, 26);
        fixture.customer("C1", "Linked")
                .sale("C1", asOf.minusMonths(12), "1000") // exactly a year before: outside
                .sale("C1", asOf.minusMonths(12).plusDays(1), "10")
                .sale("C1", asOf, "5")
                .sale("C1", asOf.plusDays(1), "700") // in the future: outside
                .account(Account.draft("Linked Account", AccountType.BREADWINNER).toBuilder().customerId("C1").build())
                .account("Unlinked Account", AccountType.PROSPECT)
                .build();
        List<AccountSummary> summaries = accounts.summaries(asOf);
        assertEquals(List.of("Linked Account", "Unlinked Account"), summaries.stream().map(AccountSummary::name).toList());
        assertEquals(0, new BigDecimal("15").compareTo(summaries.get(0).revenueLast12Months()));
        assertEquals(0, BigDecimal.ZERO.compareTo(summaries.get(1).revenueLast12Months()));
    }

    @Test
    void twoAccountsCannotShareOneSalesCustomer() {
        fixture.customer("C9", "Shared").build();
        accounts.create(Account.draft("First", AccountType.PROSPECT).toBuilder().customerId("C9").build());
        StoreException e = assertThrows(StoreException.class, () -> accounts
                .create(Account.draft("Second", AccountType.PROSPECT).toBuilder().customerId("C9").build()));
        assertTrue(e.getMessage().contains("conflicts"), e.getMessage());
        assertEquals(1, accounts.count());
    }
}
