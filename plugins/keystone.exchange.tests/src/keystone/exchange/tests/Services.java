package keystone.exchange.tests;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/**
 * The OSGi services the tests drive, as the running framework provides them (DS activates them lazily, hence
 * the wait).
 */
final class Services {

    private static final Map<Class<?>, ServiceTracker<?, ?>> TRACKERS = new ConcurrentHashMap<>();

    private Services() {
    }

    static <T> T get(Class<T> type) {
        ServiceTracker<?, ?> tracker = TRACKERS.computeIfAbsent(type, t -> {
            ServiceTracker<?, ?> created = new ServiceTracker<>(context(), t.getName(), null);
            created.open();
            return created;
        });
        try {
            Object service = tracker.waitForService(10_000);
            if (service == null) {
                throw new IllegalStateException("No " + type.getName() + " service within 10 s; is "
                        + "org.apache.felix.scr started and the providing bundle installed?");
            }
            return type.cast(service);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static BundleContext context() {
        Bundle host = FrameworkUtil.getBundle(Services.class);
        if (host.getBundleContext() == null) {
            // only a started bundle has a context; Equinox normally starts lazy bundles on install already
            try {
                host.start(Bundle.START_TRANSIENT);
            } catch (BundleException e) {
                throw new IllegalStateException(e);
            }
        }
        return host.getBundleContext();
    }
}
