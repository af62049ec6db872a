package keystone.ui.internal.navigator;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;

import keystone.ui.NavigatorColumn;

/**
 * The one reader of the {@code keystone.ui.navigatorColumns} extension point: reads it once, checks each
 * contribution, and creates a column's class only when the navigator first needs its values.
 */
final class NavigatorColumnRegistry {

    static final String POINT_ID = "keystone.ui.navigatorColumns";
    private static final int DEFAULT_WIDTH = 110;

    /** A contributed column; {@code column} creates the implementation once, on first use. */
    record Contribution(String id, String name, int width, String refreshOn, Supplier<NavigatorColumn> column) {
    }

    private final List<Contribution> registered = new ArrayList<>();
    private List<Contribution> fromExtensions;

    synchronized List<Contribution> contributions() {
        if (fromExtensions == null) {
            fromExtensions = read();
        }
        List<Contribution> all = new ArrayList<>(fromExtensions);
        all.addAll(registered);
        return all;
    }

    /** Adds a column without plugin.xml; for tests. */
    synchronized void register(Contribution contribution) {
        registered.add(contribution);
    }

    private static List<Contribution> read() {
        List<Contribution> result = new ArrayList<>();
        for (IConfigurationElement e : Platform.getExtensionRegistry().getConfigurationElementsFor(POINT_ID)) {
            String plugin = e.getContributor().getName();
            String id = e.getAttribute("id");
            String name = e.getAttribute("name");
            if (id == null || id.isBlank() || name == null || e.getAttribute("class") == null) {
                ILog.of(NavigatorColumnRegistry.class).error("Plugin " + plugin + " contributes a navigator column "
                        + "without id, name or class to " + POINT_ID + "; it is left out.");
                continue;
            }
            int width = DEFAULT_WIDTH;
            try {
                width = e.getAttribute("width") == null ? DEFAULT_WIDTH : Integer.parseInt(e.getAttribute("width"));
            } catch (NumberFormatException ex) {
                ILog.of(NavigatorColumnRegistry.class).warn("Navigator column " + id + " of plugin " + plugin
                        + ": width '" + e.getAttribute("width") + "' is not a number; using " + DEFAULT_WIDTH + ".");
            }
            result.add(new Contribution(id, name, width, e.getAttribute("refreshOn"), lazily(e)));
        }
        return result;
    }

    private static Supplier<NavigatorColumn> lazily(IConfigurationElement element) {
        return new Supplier<>() {
            private NavigatorColumn created;

            @Override
            public synchronized NavigatorColumn get() {
                if (created == null) {
                    try {
                        created = (NavigatorColumn) element.createExecutableExtension("class");
                    } catch (CoreException | ClassCastException e) {
                        throw new IllegalStateException("Navigator column " + element.getAttribute("id")
                                + " cannot be created: " + e.getMessage(), e);
                    }
                }
                return created;
            }
        };
    }
}
