package keystone.testsupport;

import java.time.Duration;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Gives tests the real OSGi services (DS components start lazily, so it waits for them a little).
 */
public final class Services {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private Services() {
    }

    public static <T> T get(Class<T> type) {
        BundleContext context = FrameworkUtil.getBundle(Services.class).getBundleContext();
        ServiceTracker<T, T> tracker = new ServiceTracker<>(context, type, null);
        tracker.open();
        try {
            T service = tracker.waitForService(WAIT.toMillis());
            if (service == null) {
                throw new AssertionError("service " + type.getName() + " did not appear within " + WAIT);
            }
            return service;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
