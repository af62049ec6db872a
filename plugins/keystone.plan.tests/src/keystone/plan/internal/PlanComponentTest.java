package keystone.plan.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

import keystone.decisionmap.DecisionMapService;
import keystone.dossier.DossierService;
import keystone.model.KeystoneException;
import keystone.model.KeystoneTopics;
import keystone.model.account.Account;
import keystone.model.account.AccountService;
import keystone.model.account.AccountType;
import keystone.plan.AccountPlan;
import keystone.plan.ActionStatus;
import keystone.plan.InvalidPlanException;
import keystone.plan.Metric;
import keystone.plan.Objective;
import keystone.plan.PlanAction;
import keystone.plan.PlanService;
import keystone.plan.PlanState;
import keystone.plan.QuarterTarget;
import keystone.plan.Quarter;
import keystone.plan.Review;
import keystone.plan.TestPlans;
import keystone.store.Database;
import keystone.testsupport.FixtureDatabase;
import keystone.testsupport.Services;

/**
 * The plan service as registered in OSGi, on a real database in a temp directory: what it stores and reads back,
 * the refusals (snapshots, duplicate years, invalid plans) and that every write is one transaction.
 */
class PlanComponentTest {

    private static final int YEAR = TestPlans.YEAR;

    /** Quotes, an SQL fragment, emoji, Cyrillic, CJK and Arabic. */
    private static final String HOSTILE = "O'Brien \"quoted\" '; DROP TABLE ACCOUNT; -- \uD83D\uDE00 Привет 你好 مرحبا "
            + "\\ % _ \t\r\n end";

    @TempDir
    Path dir;
    private FixtureDatabase fixture;
    private PlanService service;
    private Account nordwerk;
    private Account suedhaus;

    @BeforeEach
    void open() {
        fixture = FixtureDatabase.in(dir);
        List<Account> stored = fixture.account("Nordwerk AG", AccountType.BREADWINNER)
                .account("Südhaus GmbH", AccountType.PROSPECT).build();
        nordwerk = stored.get(0);
        suedhaus = stored.get(1);
        service = Services.get(PlanService.class);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private long count(String table) {
        return fixture.rowCount(table);
    }

    private List<Long> counts() {
        List<Long> counts = new ArrayList<>();
        for (String table : List.of("PLAN_HEADER", "PLAN_SWOT", "PLAN_OBJECTIVE", "PLAN_TARGET", "PLAN_ACTION",
                "PLAN_OPPORTUNITY", "PLAN_RISK", "PLAN_BUDGET_LINE", "PLAN_REVIEW")) {
            counts.add(count(table));
        }
        return counts;
    }

    /** The plan with every id set to 0 and actions linked by objective position (-1, -2, ...), for comparing. */
    private static AccountPlan withoutIds(AccountPlan plan) {
        List<Objective> objectives = new ArrayList<>();
        for (int i = 0; i < plan.objectives().size(); i++) {
            objectives.add(plan.objectives().get(i).withId(-(i + 1L)));
        }
        List<PlanAction> actions = plan.actions().stream().map(a -> {
            Long link = a.objectiveId() == null ? null : -(plan.objectives().indexOf(plan.objective(a.objectiveId())
                    .orElseThrow()) + 1L);
            return a.withId(0).withObjectiveId(link);
        }).toList();
        return plan.withId(0).withObjectives(objectives).withActions(actions)
                .withOpportunities(plan.opportunities().stream().map(o -> o.withId(0)).toList())
                .withRisks(plan.risks().stream().map(r -> r.withId(0)).toList())
                .withBudget(plan.budget().stream().map(b -> b.withId(0)).toList())
                .withReviews(plan.reviews().stream().map(r -> r.withId(0)).toList());
    }

    @Test
    void aFullPlanComesBackAsStoredWithIdsForEveryPart() {
        AccountPlan full = TestPlans.full(nordwerk.id()).withSummary(HOSTILE);
        AccountPlan stored = service.save(full);
        assertTrue(stored.id() > 0);
        assertTrue(stored.objectives().stream().allMatch(o -> o.id() > 0));
        assertTrue(stored.actions().stream().allMatch(a -> a.id() > 0));
        assertTrue(stored.actions().stream().filter(a -> a.objectiveId() != null)
                .allMatch(a -> stored.objective(a.objectiveId()).isPresent()), "links follow the objectives");
        assertEquals(full, withoutIds(stored), "stored as given, ids aside");
        assertEquals(Optional.of(stored), service.load(nordwerk.id(), YEAR));
        assertEquals(List.of(YEAR), service.years(nordwerk.id()));
        assertEquals(Optional.empty(), service.load(suedhaus.id(), YEAR));
    }

    @Test
    void idsAreKeptAcrossSavesAndNewPartsGetNewOnes() {
        AccountPlan first = service.save(TestPlans.full(nordwerk.id()));
        List<PlanAction> actions = new ArrayList<>(first.actions());
        actions.add(new PlanAction(0, "Visit the new plant", "Jonas Weber", TestPlans.day(11, 5), ActionStatus.OPEN,
                first.objectives().get(1).id()));
        List<Objective> objectives = new ArrayList<>(first.objectives());
        objectives.add(new Objective(-7, Metric.PRODUCT_LINES, "", null, new BigDecimal("6"), TestPlans.day(12, 31)));
        actions.add(new PlanAction(0, "Pilot the sensor kits", "Anna Keller", TestPlans.day(7, 1), ActionStatus.OPEN,
                -7L));
        actions.add(new PlanAction(0, "Demonstrate the filters", "Anna Keller", TestPlans.day(8, 1),
                ActionStatus.OPEN, -7L));
        AccountPlan second = service.save(first.withActions(actions).withObjectives(objectives));
        assertEquals(first.id(), second.id());
        for (int i = 0; i < first.actions().size(); i++) {
            assertEquals(first.actions().get(i).id(), second.actions().get(i).id(), "kept id of action " + i);
        }
        assertEquals(first.objectives().get(0).id(), second.objectives().get(0).id());
        long newObjective = second.objectives().get(2).id();
        assertTrue(newObjective > 0);
        assertEquals(newObjective, second.actions().get(6).objectiveId(), "linked to the new objective's id");
        assertTrue(second.actions().get(5).id() > first.actions().stream().mapToLong(PlanAction::id).max().orElse(0));
        assertEquals(Optional.of(second), service.load(nordwerk.id(), YEAR));

        AccountPlan third = service.save(second.withActions(second.actions().subList(0, 4))
                .withReviews(List.of()).withTargets(List.of(new QuarterTarget(Quarter.Q3, null, BigDecimal.ONE))));
        assertEquals(Optional.of(third), service.load(nordwerk.id(), YEAR), "removed parts are gone");
        assertEquals(0, count("PLAN_REVIEW"));
        assertEquals(1, count("PLAN_TARGET"), "only quarters with a target have a row");
    }

    @Test
    void createMakesAnEmptyDraftCreatedTodayAndRefusesASecondPlanOfTheYear() {
        PlanComponent component = new PlanComponent(Services.get(Database.class), Services.get(AccountService.class),
                Services.get(DossierService.class), Services.get(DecisionMapService.class),
                Clock.fixed(LocalDate.of(2025, 3, 4).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC), null);
        AccountPlan created = component.create(nordwerk.id(), YEAR);
        assertEquals(PlanState.DRAFT, created.state());
        assertEquals(LocalDate.of(2025, 3, 4), created.createdOn());
        assertEquals(Optional.of(created), service.load(nordwerk.id(), YEAR));
        KeystoneException e = assertThrows(KeystoneException.class, () -> service.create(nordwerk.id(), YEAR));
        assertTrue(e.getMessage().contains("already") && e.getMessage().contains("Nordwerk AG"), e.getMessage());
        assertThrows(KeystoneException.class, () -> service.save(TestPlans.full(nordwerk.id())),
                "a new plan for a year that has one");
        assertEquals(1, count("PLAN_HEADER"));
        assertThrows(KeystoneException.class, () -> service.create(9999, YEAR), "no such account");
        assertThrows(KeystoneException.class, () -> service.create(nordwerk.id(), 1800), "no such year");
    }

    @Test
    void movingAPlanToAYearThatHasOneIsRefused() {
        service.create(nordwerk.id(), YEAR + 1);
        AccountPlan stored = service.save(TestPlans.full(nordwerk.id()));
        AccountPlan moved = new AccountPlan(stored.id(), stored.accountId(), YEAR + 1, stored.state(),
                stored.createdOn(), "", null, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), null);
        assertThrows(KeystoneException.class, () -> service.save(moved));
        assertEquals(Optional.of(stored), service.load(nordwerk.id(), YEAR));
    }

    @Test
    void anInvalidSaveWritesNothing() {
        AccountPlan stored = service.save(TestPlans.full(nordwerk.id()));
        List<Long> before = counts();
        List<PlanAction> actions = new ArrayList<>(stored.actions());
        actions.set(1, actions.get(1).withDue(LocalDate.of(YEAR + 1, 1, 1)));
        InvalidPlanException e = assertThrows(InvalidPlanException.class,
                () -> service.save(stored.withSummary("changed").withActions(actions)));
        assertEquals("actions[1].due", e.problems().get(0).path());
        assertTrue(e.getMessage().contains("actions[1].due"), e.getMessage());
        assertEquals(before, counts());
        assertEquals(Optional.of(stored), service.load(nordwerk.id(), YEAR));
    }

    @Test
    void aFailingInsertRollsTheWholeSaveBack() {
        AccountPlan stored = service.save(TestPlans.full(nordwerk.id()));
        List<Long> before = counts();
        // a review id that belongs to another plan: the review insert fails after the header and parts were replaced
        AccountPlan other = service.save(TestPlans.full(suedhaus.id()));
        List<Long> withOther = counts();
        List<Review> reviews = List.of(stored.reviews().get(0), other.reviews().get(0));
        assertThrows(KeystoneException.class, () -> service.save(stored.withSummary("changed").withReviews(reviews)));
        assertEquals(Optional.of(stored), service.load(nordwerk.id(), YEAR));
        assertEquals(withOther, counts());
        assertFalse(before.equals(withOther));
    }

    @Test
    void rolloverStoresNextYearsPlanAndFreezesTheOldOneInOneTransaction() {
        AccountPlan stored = service.save(TestPlans.full(nordwerk.id()));
        AccountPlan next = service.rollover(nordwerk.id(), YEAR);
        assertEquals(YEAR + 1, next.year());
        assertEquals(PlanState.DRAFT, next.state());
        assertTrue(next.objectives().stream().allMatch(o -> o.id() > 0));
        assertEquals(List.of("Quote spare parts for all plants", "Map categories bought elsewhere",
                "Win the maintenance tender", "Prepare the quarterly business review"),
                next.actions().stream().map(PlanAction::text).toList(), "open ones carried, the done one not");
        assertEquals(next.objectives().get(0).id(), next.actions().get(0).objectiveId());
        assertEquals(Optional.of(next), service.load(nordwerk.id(), YEAR + 1));
        AccountPlan old = service.load(nordwerk.id(), YEAR).orElseThrow();
        assertEquals(PlanState.SNAPSHOT, old.state());
        assertEquals(stored.withState(PlanState.SNAPSHOT), old, "otherwise unchanged");
        assertEquals(List.of(YEAR, YEAR + 1), service.years(nordwerk.id()));
    }

    @Test
    void snapshotsAreReadOnly() {
        service.save(TestPlans.full(nordwerk.id()));
        service.rollover(nordwerk.id(), YEAR);
        AccountPlan snapshot = service.load(nordwerk.id(), YEAR).orElseThrow();
        KeystoneException e = assertThrows(KeystoneException.class, () -> service.save(snapshot.withSummary("x")));
        assertTrue(e.getMessage().contains("snapshot") && e.getMessage().contains("read-only"), e.getMessage());
        assertThrows(KeystoneException.class, () -> service.save(snapshot.withState(PlanState.ACTIVE)),
                "the stored state decides, not the one given");
        assertThrows(KeystoneException.class, () -> service.save(TestPlans.full(suedhaus.id())
                .withState(PlanState.SNAPSHOT)), "nor can a plan be saved as a snapshot");
        assertEquals(snapshot, service.load(nordwerk.id(), YEAR).orElseThrow());
    }

    @Test
    void rolloverIntoAYearThatHasAPlanChangesNothing() {
        AccountPlan stored = service.save(TestPlans.full(nordwerk.id()));
        AccountPlan existing = service.create(nordwerk.id(), YEAR + 1);
        List<Long> before = counts();
        assertThrows(KeystoneException.class, () -> service.rollover(nordwerk.id(), YEAR));
        assertEquals(before, counts());
        assertEquals(PlanState.ACTIVE, service.load(nordwerk.id(), YEAR).orElseThrow().state());
        assertEquals(Optional.of(existing), service.load(nordwerk.id(), YEAR + 1));
        assertEquals(stored, service.load(nordwerk.id(), YEAR).orElseThrow());
        assertThrows(KeystoneException.class, () -> service.rollover(suedhaus.id(), YEAR), "no plan to roll over");
    }

    @Test
    void deletingTheAccountDeletesItsPlans() {
        service.save(TestPlans.full(nordwerk.id()));
        service.rollover(nordwerk.id(), YEAR);
        Services.get(AccountService.class).delete(nordwerk.id());
        assertEquals(List.of(0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L), counts());
        assertEquals(List.of(), service.years(nordwerk.id()));
        assertThrows(KeystoneException.class, () -> service.load(nordwerk.id(), YEAR));
    }

    @Test
    void everyWriteAnnouncesTheAccount() {
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
        PlanComponent component = new PlanComponent(Services.get(Database.class), Services.get(AccountService.class),
                Services.get(DossierService.class), Services.get(DecisionMapService.class), Clock.systemUTC(),
                capture);
        component.save(TestPlans.full(nordwerk.id()));
        component.rollover(nordwerk.id(), YEAR);
        component.create(suedhaus.id(), YEAR);
        assertEquals(3, posted.size());
        assertTrue(posted.stream().allMatch(e -> e.getTopic().equals(KeystoneTopics.PLAN_CHANGED)));
        assertEquals(List.of(nordwerk.id(), nordwerk.id(), suedhaus.id()),
                posted.stream().map(e -> e.getProperty(KeystoneTopics.PROPERTY_ID)).toList());
        assertEquals("keystone/plan/changed", KeystoneTopics.PLAN_CHANGED);
        assertThrows(InvalidPlanException.class, () -> component.save(TestPlans.full(suedhaus.id())
                .withSummary("").withTargets(List.of(new QuarterTarget(Quarter.Q1, new BigDecimal("-1"), null)))));
        assertEquals(3, posted.size(), "nothing announced for a refused save");
    }
}
