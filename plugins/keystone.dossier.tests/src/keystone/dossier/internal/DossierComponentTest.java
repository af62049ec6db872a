package keystone.dossier.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

import keystone.dossier.Competitor;
import keystone.dossier.Delivery;
import keystone.dossier.Dossier;
import keystone.dossier.DossierService;
import keystone.dossier.FollowUp;
import keystone.dossier.HistoryEvent;
import keystone.dossier.HistoryStats;
import keystone.dossier.InvalidDossierException;
import keystone.dossier.KeyContact;
import keystone.dossier.Meeting;
import keystone.dossier.OpenAction;
import keystone.dossier.Qualification;
import keystone.dossier.Qualification.Rating;
import keystone.dossier.SearchHit;
import keystone.model.KeystoneException;
import keystone.model.KeystoneTopics;
import keystone.model.account.Account;
import keystone.model.account.AccountService;
import keystone.model.account.AccountType;
import keystone.model.store.StoreException;
import keystone.store.Database;
import keystone.testsupport.FixtureDatabase;
import keystone.testsupport.Services;

/**
 * The dossier service as registered in OSGi, on a real database in a temp directory: what it stores and reads
 * back, that a save is one transaction, and what deleting an account does to its dossier.
 */
class DossierComponentTest {

    /** Quotes, an SQL fragment, emoji, Cyrillic, CJK, Hebrew and Arabic. */
    private static final String HOSTILE = "O'Brien \"quoted\" '; DROP TABLE ACCOUNT; -- \uD83D\uDE00\uD83D\uDC4D "
            + "Привет, мир 你好世界 שלום עולם مرحبا بالعالم \\ % _ \t\r\n end";

    @TempDir
    Path dir;
    private FixtureDatabase fixture;
    private DossierService service;
    private Account nordwerk;
    private Account suedhaus;

    @BeforeEach
    void open() {
        fixture = FixtureDatabase.in(dir);
        List<Account> stored = fixture.account("Nordwerk AG", AccountType.BREADWINNER)
                .account("Südhaus GmbH", AccountType.PROSPECT).build();
        nordwerk = stored.get(0);
        suedhaus = stored.get(1);
        service = Services.get(DossierService.class);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private static long count(String sql, long accountId) {
        return Services.get(Database.class).read(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setLong(1, accountId);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    @Test
    void fullDossierComesBackWithEveryEventKindAndFollowUps() {
        Dossier full = TestDossiers.full(nordwerk, "Notes.");
        Dossier stored = service.save(full);
        assertEquals(full, TestDossiers.withoutIds(stored), "stored as given, ids aside");
        assertTrue(stored.history().stream().allMatch(e -> e.id() > 0));
        assertTrue(stored.events(Meeting.class).get(0).followUps().stream().allMatch(f -> f.id() > 0));
        assertTrue(stored.competitors().stream().allMatch(c -> c.id() > 0));
        assertTrue(stored.keyContacts().stream().allMatch(k -> k.id() > 0));

        Dossier loaded = service.load(nordwerk.id());
        assertEquals(stored, loaded);
        assertEquals(List.of(HistoryEvent.Kind.DELIVERY, HistoryEvent.Kind.TENDER, HistoryEvent.Kind.COMPLAINT,
                HistoryEvent.Kind.TENDER, HistoryEvent.Kind.TENDER, HistoryEvent.Kind.MEETING,
                HistoryEvent.Kind.MEETING, HistoryEvent.Kind.COMPLAINT),
                loaded.history().stream().map(HistoryEvent::kind).toList(), "date order, same day as given");
    }

    @Test
    void idsAreKeptAcrossSavesAndNewPartsGetNewOnes() {
        Dossier first = service.save(TestDossiers.full(nordwerk, "x"));
        Delivery added = new Delivery(0, nordwerk.id(), LocalDate.of(2025, 5, 5), "Spare parts", "", "Seals", null);
        List<HistoryEvent> history = new ArrayList<>(first.history());
        history.add(added);
        Dossier second = service.save(first.withHistory(history));
        assertEquals(first.history(), second.history().subList(0, first.history().size()));
        long newId = second.history().get(second.history().size() - 1).id();
        assertTrue(first.history().stream().allMatch(e -> e.id() < newId), "new ids come after the kept ones");
        assertEquals(second, service.load(nordwerk.id()));
    }

    @Test
    void saveReplacesWhatWasStoredBefore() {
        service.save(TestDossiers.full(nordwerk, "x"));
        Dossier smaller = Dossier.empty(nordwerk).withHistory(List.of(new Delivery(0, nordwerk.id(),
                LocalDate.of(2025, 1, 1), "Only this", "", "", null)));
        Dossier stored = service.save(smaller);
        assertEquals(stored, service.load(nordwerk.id()));
        assertEquals(0, count("SELECT COUNT(*) FROM FOLLOW_UP f JOIN HISTORY_EVENT e ON e.ID = f.EVENT_ID "
                + "WHERE e.ACCOUNT_ID = ?", nordwerk.id()));
        assertEquals(0, count("SELECT COUNT(*) FROM COMPETITOR WHERE ACCOUNT_ID = ?", nordwerk.id()));
    }

    @Test
    void concurrentSavesOfOneDossierTakeTurns() throws Exception {
        Dossier three = withDeliveries(3);
        Dossier five = withDeliveries(5);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> saves = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                saves.add(pool.submit(() -> service.save(three)));
                saves.add(pool.submit(() -> service.save(five)));
            }
            for (Future<?> save : saves) {
                save.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        int events = service.load(nordwerk.id()).history().size();
        assertTrue(events == 3 || events == 5, "the rows of one save, not a mix: " + events);
    }

    private Dossier withDeliveries(int count) {
        List<HistoryEvent> deliveries = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            deliveries.add(new Delivery(0, nordwerk.id(), LocalDate.of(2025, 1, 1 + i), "Delivery " + i, "", "", null));
        }
        return Dossier.empty(nordwerk).withHistory(deliveries);
    }

    @Test
    void accountWithoutDossierRowsHasAnEmptyDossier() {
        assertEquals(Dossier.empty(suedhaus), service.load(suedhaus.id()));
    }

    @Test
    void missingAccountIsReportedNotInvented() {
        assertThrows(KeystoneException.class, () -> service.load(999));
        Dossier orphan = Dossier.empty(nordwerk.withId(999));
        KeystoneException e = assertThrows(KeystoneException.class, () -> service.save(orphan));
        assertTrue(e.getMessage().contains("no longer exists"), e.getMessage());
    }

    @Test
    void failingRowLeavesThePreviousDossierIntact() {
        Dossier previous = service.save(TestDossiers.full(nordwerk, "previous"));
        // Straight to the store, past the validation: the database refuses the name after it replaced the history.
        Dossier tooLong = TestDossiers.full(nordwerk, "next").withCompetitors(List.of(new Competitor(0, nordwerk.id(),
                "n".repeat(401), "", null, "", "", "")));
        DossierStore store = new DossierStore(Services.get(Database.class));
        StoreException e = assertThrows(StoreException.class, () -> store.save(tooLong));
        assertTrue(e.getMessage().contains("does not fit"), e.getMessage());
        assertEquals(previous, service.load(nordwerk.id()));
    }

    @Test
    void conflictingRowThroughTheServiceLeavesThePreviousDossierIntact() {
        Dossier other = service.save(TestDossiers.full(suedhaus, "theirs"));
        Dossier previous = service.save(TestDossiers.full(nordwerk, "ours"));
        // A competitor that claims the id of another account's competitor.
        Competitor stolen = new Competitor(other.competitors().get(0).id(), nordwerk.id(), "Copy", "", null, "", "", "");
        Dossier conflicting = TestDossiers.full(nordwerk, "next").withCompetitors(List.of(stolen));
        assertThrows(StoreException.class, () -> service.save(conflicting));
        assertEquals(previous, service.load(nordwerk.id()));
        assertEquals(other, service.load(suedhaus.id()));
    }

    @Test
    void sharesOfWalletOverHundredAreRefusedWithTheTotal() {
        Dossier previous = service.save(TestDossiers.full(nordwerk, "x")); // 40 + 30 + 25.5
        Dossier over = previous.withOurShareOfWallet(new BigDecimal("45"));
        InvalidDossierException e = assertThrows(InvalidDossierException.class, () -> service.save(over));
        assertTrue(e.getMessage().contains("100.50"), e.getMessage());
        assertEquals(previous, service.load(nordwerk.id()));
        Dossier exactly = previous.withOurShareOfWallet(new BigDecimal("44.5"));
        assertEquals(exactly, service.save(exactly), "exactly 100 is fine");
    }

    @Test
    void invalidFieldsAreRefusedBeforeTheDatabase() {
        Dossier blankName = Dossier.empty(nordwerk).withCompetitors(List.of(new Competitor(0, nordwerk.id(), " ", "",
                null, "", "", "")));
        InvalidDossierException e = assertThrows(InvalidDossierException.class, () -> service.save(blankName));
        assertTrue(e.getMessage().contains("competitor name"), e.getMessage());
        assertEquals(Dossier.empty(nordwerk), service.load(nordwerk.id()));
    }

    @Test
    void hostileTextIsStoredVerbatim() {
        String tenThousand = HOSTILE + "x".repeat(10_000 - HOSTILE.length());
        assertEquals(10_000, tenThousand.length());
        Dossier hostile = TestDossiers.full(nordwerk, tenThousand);
        hostile = hostile.withCompetitors(List.of(new Competitor(0, nordwerk.id(), HOSTILE, HOSTILE,
                new BigDecimal("10"), tenThousand, tenThousand, tenThousand)));
        Dossier stored = service.save(hostile);
        Dossier loaded = service.load(nordwerk.id());
        assertEquals(stored, loaded);
        assertEquals(HOSTILE, loaded.competitors().get(0).name());
        assertEquals(tenThousand, loaded.competitors().get(0).relationships());
        assertEquals(tenThousand, loaded.history().get(0).notes());
        assertEquals(2, Services.get(AccountService.class).count(), "the ACCOUNT table is still there");
    }

    @Test
    void searchFindsAWordFromMeetingMinutesInTheHistory() {
        service.save(TestDossiers.full(nordwerk, "x"));
        List<SearchHit> hits = service.search("zeppelin", 10);
        assertEquals(1, hits.size(), hits.toString());
        assertEquals(nordwerk.id(), hits.get(0).accountId());
        assertEquals("Nordwerk AG", hits.get(0).accountName());
        assertEquals(SearchHit.Section.HISTORY, hits.get(0).section());
        assertTrue(hits.get(0).snippet().contains("Zeppelin retrofit"), hits.get(0).snippet());
    }

    @Test
    void searchSaysInWhichSectionItFoundTheText() {
        Services.get(AccountService.class).update(suedhaus.toBuilder().environment("Market shaken by Quokka tariffs")
                .build());
        Dossier dossier = Dossier.empty(suedhaus).withQualification(new Qualification(suedhaus.id(),
                Rating.YES, "Quokka budget approved", Rating.NO,
                "", Rating.NO, "", null, ""))
                .withCompetitors(List.of(new Competitor(0, suedhaus.id(), "Rival", "", null, "", "Weak on QUOKKA", "")))
                .withKeyContacts(List.of(new KeyContact(0, suedhaus.id(), "Quokka Jones", "CTO", false,
                        null)));
        service.save(dossier);
        service.save(TestDossiers.full(nordwerk, "quokka in the notes"));
        List<SearchHit> hits = service.search("Quokka", 100);
        assertEquals(List.of("Nordwerk AG QUALIFICATION", "Nordwerk AG HISTORY", "Nordwerk AG COMPETITORS",
                "Südhaus GmbH OVERVIEW", "Südhaus GmbH QUALIFICATION", "Südhaus GmbH COMPETITORS",
                "Südhaus GmbH RISKS"), hits.stream().map(h -> h.accountName() + " " + h.section()).toList());
        assertEquals(3, service.search("quokka", 3).size(), "limited");
    }

    @Test
    void searchIgnoresCaseAndTakesWildcardsLiterally() {
        service.save(TestDossiers.full(nordwerk, "Привет 500 units"));
        assertFalse(service.search("ПРИВЕТ", 10).isEmpty());
        assertEquals(List.of(), service.search("5%0", 10), "% is a character, not a wildcard");
        assertEquals(List.of(), service.search("5_0", 10), "_ is a character, not a wildcard");
        assertFalse(service.search("8 % above", 10).isEmpty());
        assertEquals(List.of(), service.search("  ", 10));
        assertEquals(List.of(), service.search("nothing like this", 10));
    }

    @Test
    void followUpActionsAreFoundInTheHistory() {
        service.save(TestDossiers.full(nordwerk, "x"));
        List<SearchHit> hits = service.search("plant visit", 10);
        assertEquals(List.of(SearchHit.Section.HISTORY),
                hits.stream().map(SearchHit::section).toList());
    }

    @Test
    void openActionsAcrossAccountsAreOverdueFirstThenByDueDate() {
        LocalDate today = LocalDate.of(2025, 6, 15);
        service.save(Dossier.empty(nordwerk).withHistory(List.of(meeting(nordwerk, "N",
                action("next week", today.plusDays(7), false), action("done long ago", today.minusDays(60), true),
                action("yesterday", today.minusDays(1), false)))));
        service.save(Dossier.empty(suedhaus).withHistory(List.of(meeting(suedhaus, "S",
                action("today", today, false), action("ten days ago", today.minusDays(10), false)))));
        List<OpenAction> open = service.openActions(today);
        assertEquals(List.of("ten days ago", "yesterday", "today", "next week"),
                open.stream().map(a -> a.followUp().action()).toList());
        assertEquals(List.of(true, true, false, false), open.stream().map(OpenAction::overdue).toList());
        assertEquals("Südhaus GmbH", open.get(0).accountName());
        assertEquals("S", open.get(0).meetingTitle());
    }

    private static FollowUp action(String what, LocalDate due, boolean done) {
        return new FollowUp(0, what, "Eva", due, done);
    }

    private static Meeting meeting(Account account, String title, FollowUp... actions) {
        return new Meeting(0, account.id(), LocalDate.of(2025, 1, 1), title, "", "", "", List.of(actions));
    }

    @Test
    void deletingTheAccountDeletesItsDossierAndRecreatingItStartsEmpty() {
        Dossier stored = service.save(TestDossiers.full(nordwerk, "x"));
        long id = nordwerk.id();
        AccountService accounts = Services.get(AccountService.class);
        Account deleted = accounts.delete(id).orElseThrow();
        for (String table : List.of("ACCOUNT_DOSSIER", "HISTORY_EVENT", "COMPETITOR", "KEY_CONTACT")) {
            assertEquals(0, count("SELECT COUNT(*) FROM " + table + " WHERE ACCOUNT_ID = ?", id), table);
        }
        assertEquals(0, count("SELECT COUNT(*) FROM FOLLOW_UP WHERE EVENT_ID >= ?", 0), "FOLLOW_UP (only this account had any)");

        accounts.create(deleted); // undo of the deletion, under the same id
        assertEquals(Dossier.empty(deleted), service.load(id));
        assertEquals(stored, service.save(stored), "the editor's undo saves the dossier again, ids and all");
        assertEquals(stored, service.load(id));
    }

    @Test
    void statsCountTheStoredHistory() {
        service.save(TestDossiers.full(nordwerk, "x"));
        HistoryStats stats = service.stats(nordwerk.id(), LocalDate.of(2025, 6, 15));
        assertEquals(new HistoryStats(1, 1, 1, 0, 1, 14, 1), stats);
        assertEquals(OptionalDouble.of(0.5), stats.winRate());
        assertEquals(OptionalDouble.of(14.0), stats.averageResolutionDays());
    }

    @Test
    void saveAnnouncesTheChangedDossier() {
        List<Event> posted = new ArrayList<>();
        EventAdmin capture = new EventAdmin() {
            @Override
            public void postEvent(Event event) {
                posted.add(event);
            }

            @Override
            public void sendEvent(Event event) {
                posted.add(event);
            }
        };
        DossierComponent component = new DossierComponent(Services.get(Database.class),
                Services.get(AccountService.class), capture);
        component.save(Dossier.empty(nordwerk));
        assertEquals(1, posted.size());
        assertEquals(KeystoneTopics.DOSSIER_CHANGED, posted.get(0).getTopic());
        assertEquals(nordwerk.id(), posted.get(0).getProperty(KeystoneTopics.PROPERTY_ID));
        assertEquals("keystone/dossier/changed", KeystoneTopics.DOSSIER_CHANGED);
        assertThrows(InvalidDossierException.class, () -> component.save(Dossier.empty(nordwerk)
                .withOurShareOfWallet(new BigDecimal("100")).withCompetitors(List.of(new Competitor(0, nordwerk.id(),
                        "A", "", new BigDecimal("1"), "", "", "")))));
        assertEquals(1, posted.size(), "nothing announced for a refused save");
    }
}
