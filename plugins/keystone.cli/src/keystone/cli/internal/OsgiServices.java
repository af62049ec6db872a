package keystone.cli.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.osgi.util.NLS;
import org.osgi.framework.BundleContext;
import org.osgi.util.tracker.ServiceTracker;

import keystone.model.KeystoneException;

/**
 * Services from the OSGi registry, tracked until {@link #close()}; waits for each a while, because DS registers
 * and activates components lazily.
 */
final class OsgiServices implements ServiceLookup, AutoCloseable {

    static final long WAIT_MILLIS = 10_000;

    private final BundleContext context;
    private final Map<Class<?>, ServiceTracker<?, ?>> trackers = new LinkedHashMap<>();

    OsgiServices(BundleContext context) {
        this.context = context;
    }

    @Override
    public synchronized <T> T get(Class<T> type) {
        ServiceTracker<?, ?> tracker = trackers.computeIfAbsent(type, t -> {
            ServiceTracker<?, ?> opened = new ServiceTracker<>(context, t.getName(), null);
            opened.open();
            return opened;
        });
        try {
            Object service = tracker.waitForService(WAIT_MILLIS);
            if (service == null) {
                throw new KeystoneException(NLS.bind(Messages.Error_serviceMissing, type.getName(),
                        WAIT_MILLIS / 1000));
            }
            return type.cast(service);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KeystoneException(NLS.bind(Messages.Error_serviceMissing, type.getName(), WAIT_MILLIS / 1000),
                    e);
        }
    }

    @Override
    public synchronized void close() {
        trackers.values().forEach(ServiceTracker::close);
        trackers.clear();
    }
}
