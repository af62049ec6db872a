package keystone.decisionmap.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

import keystone.decisionmap.AccountCoverage;
import keystone.decisionmap.BuyingRole;
import keystone.decisionmap.DecisionMap;
import keystone.decisionmap.DecisionMapService;
import keystone.decisionmap.DecisionMapValidation;
import keystone.decisionmap.DemoDecisionMaps;
import keystone.decisionmap.Influence;
import keystone.decisionmap.InfluenceLine;
import keystone.decisionmap.InvalidDecisionMapException;
import keystone.decisionmap.Level;
import keystone.decisionmap.MapEdits;
import keystone.decisionmap.MapQuality;
import keystone.decisionmap.Person;
import keystone.decisionmap.Relationship;
import keystone.decisionmap.ReportingLine;
import keystone.decisionmap.Stance;
import keystone.decisionmap.Strength;
import keystone.model.KeystoneException;
import keystone.model.KeystoneTopics;
import keystone.model.account.Account;
import keystone.model.account.AccountService;
import keystone.model.account.AccountType;
import keystone.store.Database;
import keystone.testsupport.FixtureDatabase;
import keystone.testsupport.Services;

/**
 * The decision-map service as registered in OSGi, on a real database in a temp directory: what it stores and reads
 * back, that an invalid map changes nothing, what deleting an account does, and the portfolio coverage.
 */
class DecisionMapComponentTest {

    /** Quotes, an SQL fragment, emoji, Cyrillic, CJK, Hebrew and Arabic. */
    private static final String HOSTILE = "O'Brien \"quoted\" '; DROP TABLE PERSON; -- \uD83D\uDE00\uD83D\uDC4D "
            + "Привет, мир 你好世界 שלום עולם مرحبا بالعالم \\ % _ \t\r\n end";
    private static final LocalDate TODAY = LocalDate.of(2025, 6, 30);

    @TempDir
    Path dir;
    private FixtureDatabase fixture;
    private DecisionMapService service;
    private Account nordwerk;
    private Account suedhaus;
    private Account westbau;

    @BeforeEach
    void open() {
        fixture = FixtureDatabase.in(dir);
        List<Account> stored = fixture.account("Nordwerk AG", AccountType.BREADWINNER)
                .account("Südhaus GmbH", AccountType.PROSPECT).account("Westbau SE", AccountType.EXPERT).build();
        nordwerk = stored.get(0);
        suedhaus = stored.get(1);
        westbau = stored.get(2);
        service = Services.get(DecisionMapService.class);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private long count(String table) {
        return fixture.rowCount(table);
    }

    /** CEO over CFO (economic buyer, supportive) and a buyer with a dotted line to the CFO; new people only. */
    private static DecisionMap small(long accountId, String text) {
        DecisionMap map = DecisionMap.empty(accountId);
        map = MapEdits.addPerson(map, new Person(0, accountId, "CEO " + text, text, text, text, Level.TOP,
                Set.of(BuyingRole.DECISION_MAKER), Stance.NEUTRAL, Influence.HIGH, false, null, text, 10.5, -3.25));
        map = MapEdits.addPerson(map, new Person(0, accountId, "CFO", "Chief financial officer", "Finance", "",
                Level.TOP, EnumSet.of(BuyingRole.ECONOMIC_BUYER, BuyingRole.DECISION_MAKER), Stance.SUPPORTER,
                Influence.HIGH, false, null, "", null, null));
        map = MapEdits.addPerson(map, new Person(0, accountId, "Buyer", "", "Purchasing", "Plant Brno",
                Level.OPERATIONAL, Set.of(), Stance.CHAMPION, Influence.LOW, true, LocalDate.of(2025, 2, 28), "",
                null, null));
        map = MapEdits.setManager(map, -2, -1);
        map = MapEdits.setManager(map, -3, -1);
        map = MapEdits.addManager(map, -3, -2, true);
        map = MapEdits.connectInfluence(map, -3, -1, text);
        map = MapEdits.addRelationship(map, new Relationship(0, -2, "Anna Keller", Strength.WORKING,
                Strength.TRUSTED_ADVISOR, TODAY.minusDays(10)));
        map = MapEdits.addRelationship(map, new Relationship(0, -1, text, Strength.ACQUAINTANCE, null, null));
        return map;
    }

    /** The map with stored ids replaced by the temporary ones of {@link #small}, to compare with what was saved. */
    private static DecisionMap withoutIds(DecisionMap stored) {
        List<Long> ids = stored.people().stream().map(Person::id).toList();
        java.util.function.LongUnaryOperator temp = id -> -(ids.indexOf(id) + 1);
        return new DecisionMap(stored.accountId(),
                stored.people().stream().map(p -> p.withId(temp.applyAsLong(p.id()))).toList(),
                stored.reporting().stream().map(l -> new ReportingLine(temp.applyAsLong(l.managerId()),
                        temp.applyAsLong(l.reportId()), l.dotted())).toList(),
                stored.influence().stream().map(l -> new InfluenceLine(temp.applyAsLong(l.fromId()),
                        temp.applyAsLong(l.toId()), l.note())).toList(),
                stored.relationships().stream().map(r -> r.withId(0).withPersonId(temp.applyAsLong(r.personId())))
                        .toList());
    }

    @Test
    void mapComesBackAsSavedWithHostileTextPositionsAndDatabaseIds() {
        DecisionMap map = small(nordwerk.id(), HOSTILE);
        DecisionMap stored = service.save(map);
        assertTrue(stored.people().stream().allMatch(p -> p.id() > 0));
        assertTrue(stored.relationships().stream().allMatch(r -> r.id() > 0));
        assertEquals(map, withoutIds(stored), "stored as given, ids aside");
        assertEquals(stored, service.load(nordwerk.id()));
        assertEquals(HOSTILE, service.load(nordwerk.id()).people().get(0).notes());
    }

    @Test
    void longestTextsFitTheirColumns() {
        String shortText = "ü".repeat(DecisionMapValidation.SHORT_TEXT);
        String longText = "ж".repeat(DecisionMapValidation.LONG_TEXT);
        DecisionMap map = MapEdits.addPerson(DecisionMap.empty(nordwerk.id()), new Person(0, nordwerk.id(), shortText,
                shortText, shortText, shortText, Level.MIDDLE, null, null, null, false, null, longText, null, null));
        DecisionMap stored = service.save(map);
        assertEquals(stored, service.load(nordwerk.id()));
    }

    @Test
    void idsAreKeptAcrossSavesAndNewPeopleGetNewOnes() {
        DecisionMap first = service.save(small(nordwerk.id(), "x"));
        DecisionMap edited = MapEdits.addPerson(first, Person.draft(nordwerk.id(), "Newcomer", Level.MIDDLE));
        long temporary = edited.people().get(3).id();
        edited = MapEdits.setManager(edited, temporary, first.people().get(0).id());
        DecisionMap second = service.save(edited);
        assertEquals(first.people(), second.people().subList(0, 3));
        assertEquals(first.relationships(), second.relationships());
        long newId = second.people().get(3).id();
        assertTrue(newId > first.people().stream().mapToLong(Person::id).max().orElseThrow());
        assertEquals(List.of(first.people().get(0).id()), second.managersOf(newId));
        assertEquals(second, service.load(nordwerk.id()));
    }

    @Test
    void saveReplacesWhatWasStoredAndAnEmptyMapClearsIt() {
        DecisionMap first = service.save(small(nordwerk.id(), "x"));
        DecisionMap smaller = MapEdits.removePerson(first, first.people().get(2).id()).map();
        assertEquals(smaller, service.save(smaller));
        assertEquals(smaller, service.load(nordwerk.id()));
        service.save(DecisionMap.empty(nordwerk.id()));
        assertEquals(DecisionMap.empty(nordwerk.id()), service.load(nordwerk.id()));
        assertEquals(0, count("PERSON") + count("REPORTING_LINE") + count("INFLUENCE_LINE") + count("RELATIONSHIP"));
    }

    @Test
    void invalidMapIsRefusedAndTheStoredMapStaysUnchanged() {
        DecisionMap stored = service.save(small(nordwerk.id(), "kept"));
        DecisionMap unnamed = MapEdits.updatePerson(stored, stored.people().get(1).withName(" "));
        InvalidDecisionMapException e = assertThrows(InvalidDecisionMapException.class, () -> service.save(unnamed));
        assertTrue(e.getMessage().contains("Nordwerk AG") && e.getMessage().contains("no name"), e.getMessage());

        long ceo = stored.people().get(0).id();
        long buyer = stored.people().get(2).id();
        DecisionMap cyclic = stored.withReporting(List.of(new ReportingLine(ceo, buyer, false),
                new ReportingLine(buyer, ceo, true)));
        InvalidDecisionMapException cycle = assertThrows(InvalidDecisionMapException.class, () -> service.save(cyclic));
        assertTrue(cycle.getMessage().contains("cannot report to"), cycle.getMessage());

        DecisionMap dangling = stored.withInfluence(List.of(new InfluenceLine(ceo, 123_456, "")));
        assertThrows(InvalidDecisionMapException.class, () -> service.save(dangling));
        assertEquals(stored, service.load(nordwerk.id()));
    }

    @Test
    void aFailingRowRollsBackTheWholeSave() {
        DecisionMap other = service.save(small(suedhaus.id(), "theirs"));
        DecisionMap stored = service.save(small(nordwerk.id(), "ours"));
        // A person claiming the id of another account's person: valid on its own, refused by the database.
        DecisionMap stealing = MapEdits.addPerson(stored, Person.draft(nordwerk.id(), "Thief", Level.TOP)
                .withId(other.people().get(0).id()));
        assertThrows(KeystoneException.class, () -> service.save(stealing));
        assertEquals(stored, service.load(nordwerk.id()));
        assertEquals(other, service.load(suedhaus.id()));
    }

    @Test
    void deletingTheAccountDeletesItsMap() {
        service.save(small(nordwerk.id(), "x"));
        DecisionMap kept = service.save(small(suedhaus.id(), "y"));
        Services.get(AccountService.class).delete(nordwerk.id());
        assertEquals(3, count("PERSON"));
        assertEquals(3, count("REPORTING_LINE"));
        assertEquals(1, count("INFLUENCE_LINE"));
        assertEquals(2, count("RELATIONSHIP"));
        assertEquals(kept, service.load(suedhaus.id()));
        assertThrows(KeystoneException.class, () -> service.load(nordwerk.id()));
    }

    @Test
    void missingAccountIsReportedNotInvented() {
        assertThrows(KeystoneException.class, () -> service.load(999));
        KeystoneException e = assertThrows(KeystoneException.class, () -> service.save(small(999, "x")));
        assertTrue(e.getMessage().contains("no longer exists"), e.getMessage());
    }

    @Test
    void accountWithoutMapHasAnEmptyOne() {
        assertEquals(DecisionMap.empty(westbau.id()), service.load(westbau.id()));
    }

    @Test
    void portfolioCoverageListsAccountsWithMapsWorstFirst() {
        // Nordwerk: supportive economic buyer, green. Südhaus: the same people all neutral, red. Westbau: no map.
        service.save(small(nordwerk.id(), "x"));
        DecisionMap red = small(suedhaus.id(), "y");
        for (Person p : red.people()) {
            red = MapEdits.updatePerson(red, p.withStance(Stance.NEUTRAL));
        }
        service.save(red);
        List<AccountCoverage> portfolio = service.portfolioCoverage(TODAY, 90);
        assertEquals(List.of(suedhaus.id(), nordwerk.id()), portfolio.stream().map(AccountCoverage::accountId).toList());
        assertEquals(MapQuality.RED, portfolio.get(0).coverage().quality());
        assertEquals("Südhaus GmbH", portfolio.get(0).accountName());
        assertEquals(MapQuality.GREEN, portfolio.get(1).coverage().quality());
    }

    @Test
    void demoMapsAreStoredAndCoveredWorstFirst() {
        List<Account> accounts = List.of(nordwerk, suedhaus, westbau);
        for (DecisionMap map : DemoDecisionMaps.generate(11, accounts, TODAY)) {
            DecisionMap stored = service.save(map);
            assertEquals(stored, service.load(map.accountId()));
        }
        List<AccountCoverage> portfolio = service.portfolioCoverage(TODAY, 90);
        assertEquals(3, portfolio.size());
        assertEquals(MapQuality.RED, portfolio.get(0).coverage().quality());
        assertEquals(MapQuality.GREEN, portfolio.get(2).coverage().quality());
        for (int i = 1; i < portfolio.size(); i++) {
            assertTrue(portfolio.get(i - 1).coverage().severity() >= portfolio.get(i).coverage().severity());
        }
    }

    @Test
    void savePostsTheChangeWithTheAccountId() {
        List<Event> posted = new ArrayList<>();
        EventAdmin admin = new EventAdmin() {
            @Override
            public void postEvent(Event event) {
                posted.add(event);
            }

            @Override
            public void sendEvent(Event event) {
                posted.add(event);
            }
        };
        DecisionMapComponent component = new DecisionMapComponent(Services.get(Database.class), admin);
        component.save(small(nordwerk.id(), "x"));
        assertEquals(1, posted.size());
        assertEquals(KeystoneTopics.DECISION_MAP_CHANGED, posted.get(0).getTopic());
        assertEquals(nordwerk.id(), posted.get(0).getProperty(KeystoneTopics.PROPERTY_ID));
        assertThrows(InvalidDecisionMapException.class, () -> component.save(MapEdits.updatePerson(
                small(nordwerk.id(), "x"), Person.draft(nordwerk.id(), "", Level.TOP).withId(-1))));
        assertEquals(1, posted.size(), "nothing announced for a refused map");
    }
}
