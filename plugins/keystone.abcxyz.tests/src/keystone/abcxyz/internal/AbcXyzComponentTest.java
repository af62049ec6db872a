package keystone.abcxyz.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;

import keystone.abcxyz.AbcClass;
import keystone.abcxyz.AbcXyzService;
import keystone.abcxyz.CellSummary;
import keystone.abcxyz.Classification;
import keystone.abcxyz.CustomerResult;
import keystone.abcxyz.Measure;
import keystone.abcxyz.RunInfo;
import keystone.abcxyz.Settings;
import keystone.abcxyz.XyzClass;
import keystone.demo.DemoInstaller;
import keystone.model.KeystoneException;
import keystone.model.KeystoneTopics;
import keystone.model.account.Account;
import keystone.model.account.AccountType;
import keystone.model.sales.Customer;
import keystone.model.sales.SalesLine;
import keystone.model.sales.SalesService;
import keystone.testsupport.FixtureDatabase;
import keystone.testsupport.Services;

/**
 * The ABC-XYZ service as registered in OSGi, on a real database in a temp directory: what it loads, what it
 * stores, its default window and when it reloads.
 */
class AbcXyzComponentTest {

    /** Event Admin delivers the "sales changed" event asynchronously; the service reloads once it arrives. */
    private static final Duration EVENT_WAIT = Duration.ofSeconds(10);

    private static final YearMonth LAST_MONTH = YearMonth.now().minusMonths(1);

    @TempDir
    Path dir;
    private FixtureDatabase fixture;
    private AbcXyzService service;

    @BeforeEach
    void open() {
        fixture = FixtureDatabase.in(dir);
        service = Services.get(AbcXyzService.class);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private Classification classify(Settings settings) {
        return service.classify(settings, new NullProgressMonitor());
    }

    /** Classifies until {@code expected} holds, for changes the service learns of through events. */
    private Classification classifyUntil(Settings settings, Predicate<Classification> expected) throws InterruptedException {
        long deadline = System.nanoTime() + EVENT_WAIT.toNanos();
        Classification c = classify(settings);
        while (!expected.test(c) && System.nanoTime() < deadline) {
            Thread.sleep(20);
            c = classify(settings);
        }
        return c;
    }

    private static List<String> ids(Classification c) {
        return c.results().stream().map(CustomerResult::customerId).toList();
    }

    private static LocalDate day(YearMonth month, int day) {
        return month.atDay(day);
    }

    private void threeCustomers() {
        fixture.customer("C1", "Nordwerk AG").customer("C2", "Südhaus GmbH").customer("C3", "Ostbau KG")
                .customer("NOSALES", "Never bought")
                .sale("C1", day(LAST_MONTH, 1), "500.00").sale("C1", day(LAST_MONTH, 20), "300.00")
                .sale("C2", day(LAST_MONTH.minusMonths(1), 2), "150.00")
                .sale("C3", day(LAST_MONTH.minusMonths(23), 2), "50.00")
                .sale("C3", day(LAST_MONTH.minusMonths(30), 1), "9999.00") // before the window
                .account(Account.draft("Nordwerk", AccountType.BREADWINNER).toBuilder().customerId("C1").build())
                .build();
    }

    @Test
    void classifiesTheSalesItLoads() {
        threeCustomers();
        Classification c = classify(Settings.defaults(LAST_MONTH));
        assertEquals(List.of("C1", "C2", "C3"), ids(c), "customers without sales in the window are left out");
        assertEquals(1000.0, c.totalValue());
        CustomerResult c1 = c.customer("C1").orElseThrow();
        assertEquals("Nordwerk AG", c1.name());
        assertEquals(800.0, c1.value());
        assertEquals(AbcClass.A, c1.abc());
        assertTrue(c1.keyAccount());
        assertTrue(c1.newCustomer(), "first purchase last month");
        CustomerResult c2 = c.customer("C2").orElseThrow();
        assertEquals(AbcClass.B, c2.abc(), "80 % before it");
        assertFalse(c2.keyAccount());
        CustomerResult c3 = c.customer("C3").orElseThrow();
        assertEquals(AbcClass.C, c3.abc(), "95 % before it");
        assertEquals(XyzClass.Z, c3.xyz(), "one purchase in 24 months");
        assertFalse(c3.newCustomer(), "bought before the window");
        assertTrue(c3.lapsed());
    }

    @Test
    void classifiesLikeTheEngineOnTheSameSales() {
        threeCustomers();
        Settings settings = Settings.defaults(LAST_MONTH);
        Classification loaded = classify(settings);
        SalesCube cube = SalesCube.builder().customer("C1", "Nordwerk AG", true).customer("C2", "Südhaus GmbH", false)
                .customer("C3", "Ostbau KG", false)
                .sale("C1", LAST_MONTH, 800).sale("C2", LAST_MONTH.minusMonths(1), 150)
                .sale("C3", LAST_MONTH.minusMonths(23), 50).sale("C3", LAST_MONTH.minusMonths(30), 9999)
                .build();
        assertEquals(new AbcXyzEngine(cube).classify(settings, loaded.computedAt()), loaded);
    }

    @Test
    void marginMeasureUsesStoredMarginsWithMissingOnesAsZero() {
        Services.get(SalesService.class).add(List.of(new Customer("C1", "A", "", ""), new Customer("C2", "B", "", "")),
                List.of(new SalesLine("C1", day(LAST_MONTH, 1), new BigDecimal("1000"), new BigDecimal("10.5"), "", null, ""),
                        new SalesLine("C1", day(LAST_MONTH, 2), new BigDecimal("1000"), null, "", null, ""),
                        new SalesLine("C2", day(LAST_MONTH, 3), new BigDecimal("100"), new BigDecimal("60.25"), "", null, "")));
        Classification c = classify(Settings.defaults(LAST_MONTH).withMeasure(Measure.MARGIN));
        assertEquals(List.of("C2", "C1"), ids(c));
        assertEquals(10.5, c.customer("C1").orElseThrow().value());
        assertEquals(70.75, c.totalValue());
    }

    @Test
    void savedRunIsListedAndLoadsEqual() {
        threeCustomers();
        Classification revenue = classify(Settings.defaults(LAST_MONTH));
        RunInfo first = service.save(revenue);
        assertEquals(new RunInfo(first.id(), revenue.computedAt(), revenue.settings(), 3), first);
        assertEquals(List.of(first), service.runs());
        assertEquals(revenue, service.load(first.id()));

        Classification margin = classify(Settings.defaults(LAST_MONTH).withMeasure(Measure.MARGIN).withAbcCuts(0.7, 0.9));
        RunInfo second = service.save(margin);
        assertEquals(List.of(second, first), service.runs(), "most recent first");
        assertEquals(margin, service.load(second.id()));
        assertTrue(Double.isNaN(service.load(second.id()).customer("C1").orElseThrow().cv()),
                "no margins: mean 0, CV undefined");
    }

    @Test
    void deletedRunIsGone() {
        threeCustomers();
        RunInfo run = service.save(classify(Settings.defaults(LAST_MONTH)));
        assertTrue(service.delete(run.id()));
        assertFalse(service.delete(run.id()));
        assertEquals(List.of(), service.runs());
        assertThrows(KeystoneException.class, () -> service.load(run.id()));
    }

    @Test
    void defaultWindowEndsWithTheLastMonthOfTheData() {
        YearMonth fiveMonthsAgo = YearMonth.now().minusMonths(5);
        fixture.customer("C1", "x").sale("C1", day(fiveMonthsAgo, 15), "10").build();
        assertEquals(Settings.defaults(fiveMonthsAgo), service.defaultSettings());
    }

    @Test
    void defaultWindowLeavesOutTheCurrentMonthWhichIsNotOver() throws InterruptedException {
        fixture.customer("C1", "x").sale("C1", day(YearMonth.now().minusMonths(5), 15), "10").build();
        service.defaultSettings(); // loads the sales, so that the next call has to notice the change
        fixture.customer("C1", "x").sale("C1", LocalDate.now(), "10").build();
        Settings expected = Settings.defaults(YearMonth.now().minusMonths(1));
        long deadline = System.nanoTime() + EVENT_WAIT.toNanos();
        while (!service.defaultSettings().equals(expected) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertEquals(expected, service.defaultSettings());
    }

    @Test
    void emptyDatabaseDefaultsToTheLastTwentyFourFullMonths() {
        assertEquals(Settings.defaults(YearMonth.now().minusMonths(1)), service.defaultSettings());
        assertEquals(List.of(), classify(service.defaultSettings()).results());
    }

    @Test
    void salesAddedLaterReachTheNextClassification() throws InterruptedException {
        threeCustomers();
        Settings settings = Settings.defaults(LAST_MONTH);
        assertEquals(3, classify(settings).results().size());
        Services.get(SalesService.class).add(List.of(new Customer("C4", "Late", "", "")),
                List.of(new SalesLine("C4", day(LAST_MONTH, 5), new BigDecimal("5000"), null, "", null, "")));
        Classification after = classifyUntil(settings, c -> c.customer("C4").isPresent());
        assertEquals(List.of("C4", "C1", "C2", "C3"), ids(after));
    }

    @Test
    void anotherDatabaseIsNotClassifiedFromTheSalesOfTheFirst() {
        threeCustomers();
        assertEquals(3, classify(Settings.defaults(LAST_MONTH)).results().size());
        fixture.close();
        fixture = FixtureDatabase.in(dir.resolve("other"));
        fixture.customer("X1", "Other").sale("X1", day(LAST_MONTH, 1), "1").build();
        // No waiting for events: the service sees at once that the database is another one.
        assertEquals(List.of("X1"), ids(classify(Settings.defaults(LAST_MONTH))));
    }

    @Test
    void classificationIsKeptAsTheLatestAndAnnounced() throws InterruptedException {
        threeCustomers();
        assertEquals(Optional.empty(), service.latest(), "nothing classified on this database yet");
        CountDownLatch announced = new CountDownLatch(1);
        ServiceRegistration<EventHandler> listener = FrameworkUtil.getBundle(getClass()).getBundleContext()
                .registerService(EventHandler.class, event -> announced.countDown(),
                        new Hashtable<>(Map.of(EventConstants.EVENT_TOPIC, KeystoneTopics.ANALYSIS_CLASSIFIED)));
        try {
            Classification c = classify(Settings.defaults(LAST_MONTH));
            assertEquals(Optional.of(c), service.latest());
            assertTrue(announced.await(EVENT_WAIT.toMillis(), TimeUnit.MILLISECONDS), "announced");
        } finally {
            listener.unregister();
        }
    }

    @Test
    void latestIsForgottenWhenTheDatabaseIsReplaced() throws InterruptedException {
        threeCustomers();
        classify(Settings.defaults(LAST_MONTH));
        fixture.database().clear();
        long deadline = System.nanoTime() + EVENT_WAIT.toNanos();
        while (service.latest().isPresent() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertEquals(Optional.empty(), service.latest());
        assertEquals(List.of(), classify(Settings.defaults(LAST_MONTH)).results());
    }

    @Test
    void cancelledClassificationStops() {
        threeCustomers();
        NullProgressMonitor cancelled = new NullProgressMonitor();
        cancelled.setCanceled(true);
        assertThrows(OperationCanceledException.class, () -> service.classify(Settings.defaults(LAST_MONTH), cancelled));
    }

    @Test
    void demoDataSpreadsOverAllNineCells() {
        Services.get(DemoInstaller.class).recreate(new NullProgressMonitor());
        Settings defaults = service.defaultSettings();
        assertEquals(Settings.defaults(LAST_MONTH), defaults, "the demo has sales up to last month");
        Classification c = classify(defaults);
        for (CellSummary cell : c.matrix()) {
            assertTrue(cell.count() >= 3, cell.cell() + " in " + c.matrix());
        }
        assertEquals(8, c.results().stream().filter(CustomerResult::keyAccount).count(), "the eight demo accounts");
        assertTrue(c.results().stream().anyMatch(CustomerResult::newCustomer));
        assertTrue(c.results().stream().anyMatch(CustomerResult::lapsed));
        assertEquals(1.0, c.matrix().stream().mapToDouble(CellSummary::valueShare).sum(), 1e-9);
    }
}
