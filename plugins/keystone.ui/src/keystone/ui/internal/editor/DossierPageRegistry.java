package keystone.ui.internal.editor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;

import keystone.ui.DossierPage;

/**
 * The one reader of the {@code keystone.ui.dossierPages} extension point: reads it once, checks the contributions,
 * orders them, and creates a page class only when an editor opens.
 */
final class DossierPageRegistry {

    static final String POINT_ID = "keystone.ui.dossierPages";

    /** A contributed page; {@code page} creates the factory on first use. */
    record Contribution(String id, int order, Supplier<DossierPage> page) {
    }

    private final List<Contribution> registered = new ArrayList<>();
    private List<Contribution> fromExtensions;

    synchronized List<Contribution> contributions() {
        if (fromExtensions == null) {
            fromExtensions = read();
        }
        List<Contribution> all = new ArrayList<>(fromExtensions);
        all.addAll(registered);
        all.sort(Comparator.comparingInt(Contribution::order).thenComparing(Contribution::id));
        return all;
    }

    /** Adds a page without plugin.xml; for tests. */
    synchronized void register(Contribution contribution) {
        registered.add(contribution);
    }

    private static List<Contribution> read() {
        List<Contribution> result = new ArrayList<>();
        for (IConfigurationElement e : Platform.getExtensionRegistry().getConfigurationElementsFor(POINT_ID)) {
            String id = e.getAttribute("id");
            if (id == null || id.isBlank() || e.getAttribute("class") == null) {
                ILog.of(DossierPageRegistry.class).error("Plugin " + e.getContributor().getName()
                        + " contributes a dossier page without id or class; it is left out.");
                continue;
            }
            int order = 1000;
            try {
                order = e.getAttribute("order") == null ? order : Integer.parseInt(e.getAttribute("order"));
            } catch (NumberFormatException ex) {
                ILog.of(DossierPageRegistry.class).warn("Dossier page " + id + ": order '" + e.getAttribute("order")
                        + "' is not a number; the page goes last.");
            }
            result.add(new Contribution(id, order, () -> create(e)));
        }
        return result;
    }

    private static DossierPage create(IConfigurationElement element) {
        try {
            return (DossierPage) element.createExecutableExtension("class");
        } catch (CoreException | ClassCastException e) {
            throw new IllegalStateException("Dossier page " + element.getAttribute("id") + " cannot be created: "
                    + e.getMessage(), e);
        }
    }
}
