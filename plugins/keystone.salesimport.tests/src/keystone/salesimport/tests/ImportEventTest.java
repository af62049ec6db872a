package keystone.salesimport.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;

import keystone.model.KeystoneTopics;
import keystone.salesimport.BadLinePolicy;
import keystone.salesimport.ColumnMapping;
import keystone.salesimport.ImportOptions;
import keystone.salesimport.ImportResult;
import keystone.salesimport.InvalidLinesException;
import keystone.salesimport.SalesImportService;
import keystone.testsupport.FixtureDatabase;
import keystone.testsupport.Services;

/**
 * A committed import announces the new sales on {@link KeystoneTopics#SALES_CHANGED}, so that views refresh; a
 * refused one announces nothing. Needs the OSGi runtime (Event Admin).
 */
class ImportEventTest {

    private static final ImportOptions OPTIONS = ImportOptions.detecting(
            ColumnMapping.parse("customer=customer,name=name,date=date,amount=amount"));

    @TempDir
    Path temp;

    private FixtureDatabase fixture;
    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private ServiceRegistration<EventHandler> registration;

    @BeforeEach
    void listen() {
        Bundle support = FrameworkUtil.getBundle(Services.class);
        assumeTrue(support != null && support.getBundleContext() != null, "runs inside OSGi only");
        fixture = FixtureDatabase.in(temp.resolve("db"));
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put(EventConstants.EVENT_TOPIC, KeystoneTopics.SALES_ALL);
        registration = support.getBundleContext().registerService(EventHandler.class, events::add, properties);
    }

    @AfterEach
    void stopListening() {
        if (registration != null) {
            registration.unregister();
            fixture.close();
        }
    }

    @Test
    void aCommittedImportAnnouncesChangedSalesWithItsBatch() throws IOException, InterruptedException {
        ImportResult result = Services.get(SalesImportService.class).importFile(Corpus.copy("good-tab.tsv", temp),
                OPTIONS, BadLinePolicy.ABORT, null, false, null);

        Event event = events.poll(10, TimeUnit.SECONDS);
        assertTrue(event != null, "no event within 10 s");
        assertEquals(KeystoneTopics.SALES_CHANGED, event.getTopic());
        assertEquals(result.batchId(), event.getProperty(KeystoneTopics.PROPERTY_ID));
    }

    @Test
    void aRefusedImportAnnouncesNothing() throws IOException, InterruptedException {
        Path file = Corpus.copy("bad-text-in-amount.csv", temp);
        try {
            Services.get(SalesImportService.class).importFile(file, OPTIONS, BadLinePolicy.ABORT, null, false, null);
        } catch (InvalidLinesException expected) {
            // refused, as it should be
        }

        assertEquals(null, events.poll(1, TimeUnit.SECONDS));
    }
}
