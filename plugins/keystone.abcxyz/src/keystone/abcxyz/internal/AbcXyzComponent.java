package keystone.abcxyz.internal;

import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;

import keystone.abcxyz.AbcXyzService;
import keystone.abcxyz.Classification;
import keystone.abcxyz.RunInfo;
import keystone.abcxyz.Settings;
import keystone.model.KeystoneException;
import keystone.model.KeystoneTopics;
import keystone.store.Database;

/**
 * {@link AbcXyzService} on the shared database: keeps the sales cube of the open database loaded, so that
 * re-classifications are instant, and drops it when sales, key accounts or the database change.
 */
@Component(service = {AbcXyzService.class, EventHandler.class}, property = {
        EventConstants.EVENT_TOPIC + "=" + KeystoneTopics.SALES_ALL,
        EventConstants.EVENT_TOPIC + "=" + KeystoneTopics.DATABASE_ALL,
        // Key-account flags are part of the cube.
        EventConstants.EVENT_TOPIC + "=" + KeystoneTopics.ACCOUNT_ALL })
public final class AbcXyzComponent implements AbcXyzService, EventHandler {

    private final Database database;
    private final RunStore runStore;
    private final Clock clock;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile EventAdmin events;

    /** Counts invalidations, so that a cube loaded while the data changed is not taken for current. */
    private final AtomicLong generation = new AtomicLong();
    private final Object loadLock = new Object();
    private volatile Loaded loaded;
    private volatile Latest latest;

    /**
     * The engine over the cube of a database directory, as of a generation. The directory guards against a
     * database opened in place of another before its event arrived (Event Admin delivers asynchronously).
     */
    private record Loaded(Path directory, long generation, AbcXyzEngine engine) {
    }

    /** The most recent classification and the database it was made on. */
    private record Latest(Path directory, Classification classification) {
    }

    @Activate
    public AbcXyzComponent(@Reference Database database) {
        this(database, Clock.systemDefaultZone());
    }

    /** With a clock of its own, for tests of the default window. */
    AbcXyzComponent(Database database, Clock clock) {
        this.database = Objects.requireNonNull(database, "database");
        this.runStore = new RunStore(database);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public void handleEvent(Event event) {
        invalidate();
        if (KeystoneTopics.DATABASE_REPLACED.equals(event.getTopic())) {
            latest = null; // results of data that is gone; after a sales change they are merely out of date
        }
    }

    /** Forgets the loaded sales; the next classification reads them again. */
    void invalidate() {
        generation.incrementAndGet();
        loaded = null;
    }

    /** The engine over the current sales of the database in {@code directory}, loading them when they changed. */
    private AbcXyzEngine engine(Path directory, IProgressMonitor monitor) {
        Loaded current = loaded;
        if (isCurrent(current, directory)) {
            SubMonitor.done(monitor);
            return current.engine();
        }
        synchronized (loadLock) {
            current = loaded;
            if (isCurrent(current, directory)) {
                SubMonitor.done(monitor);
                return current.engine();
            }
            long loading = generation.get();
            AbcXyzEngine engine = new AbcXyzEngine(SalesCubeLoader.load(database, monitor));
            loaded = new Loaded(directory, loading, engine);
            return engine;
        }
    }

    private boolean isCurrent(Loaded current, Path directory) {
        return current != null && current.generation() == generation.get() && current.directory().equals(directory);
    }

    @Override
    public Settings defaultSettings() {
        // The current month is not over yet; data dated later is not either.
        YearMonth lastFull = YearMonth.now(clock).minusMonths(1);
        YearMonth end = engine(database.directory(), null).cube().lastMonth().filter(last -> last.isBefore(lastFull))
                .orElse(lastFull);
        return Settings.defaults(end);
    }

    @Override
    public Classification classify(Settings settings, IProgressMonitor monitor) {
        Objects.requireNonNull(settings, "settings");
        SubMonitor progress = SubMonitor.convert(monitor, Messages.Task_classifying, 10);
        Path directory = database.directory();
        AbcXyzEngine engine = engine(directory, progress.split(9));
        progress.split(1);
        Classification classification = engine.classify(settings, clock.instant());
        latest = new Latest(directory, classification);
        post(KeystoneTopics.ANALYSIS_CLASSIFIED, Map.of());
        return classification;
    }

    @Override
    public Optional<Classification> latest() {
        Latest current = latest;
        if (current == null) {
            return Optional.empty();
        }
        try {
            return current.directory().equals(database.directory()) ? Optional.of(current.classification())
                    : Optional.empty();
        } catch (KeystoneException noDatabaseOpen) {
            return Optional.empty();
        }
    }

    @Override
    public RunInfo save(Classification classification) {
        RunInfo run = runStore.save(classification);
        post(KeystoneTopics.ANALYSIS_RUNS_CHANGED, Map.of(KeystoneTopics.PROPERTY_ID, run.id()));
        return run;
    }

    @Override
    public List<RunInfo> runs() {
        return runStore.runs();
    }

    @Override
    public Classification load(long runId) {
        return runStore.load(runId).orElseThrow(() -> new KeystoneException(NLS.bind(Messages.Run_missing,
                String.valueOf(runId))));
    }

    @Override
    public boolean delete(long runId) {
        boolean deleted = runStore.delete(runId);
        if (deleted) {
            post(KeystoneTopics.ANALYSIS_RUNS_CHANGED, Map.of(KeystoneTopics.PROPERTY_ID, runId));
        }
        return deleted;
    }

    private void post(String topic, Map<String, ?> properties) {
        EventAdmin admin = events;
        if (admin != null) {
            admin.postEvent(new Event(topic, properties));
        }
    }
}
