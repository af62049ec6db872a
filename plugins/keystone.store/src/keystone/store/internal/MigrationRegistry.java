package keystone.store.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ContributorFactoryOSGi;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.osgi.util.NLS;
import org.osgi.framework.Bundle;

import keystone.model.store.StoreException;
import keystone.store.JavaMigration;

/**
 * The one reader of the {@code keystone.store.migrations} extension point: reads it once, validates every
 * contribution, and creates contributed Java migrations only when their step runs.
 */
final class MigrationRegistry {

    static final String POINT_ID = "keystone.store.migrations";

    private final List<SchemaContribution> registered = new ArrayList<>();
    private List<SchemaContribution> fromExtensions;

    /** All contributions: those of plugin.xml files plus any {@link #register}ed ones. */
    synchronized List<SchemaContribution> contributions() {
        if (fromExtensions == null) {
            fromExtensions = readExtensions();
        }
        List<SchemaContribution> all = new ArrayList<>(fromExtensions);
        all.addAll(registered);
        return all;
    }

    /** Adds a contribution without plugin.xml; for tests. */
    synchronized void register(SchemaContribution contribution) {
        registered.add(contribution);
    }

    /** Removes what {@link #register} added; for tests. */
    synchronized void clearRegistered() {
        registered.clear();
    }

    private static List<SchemaContribution> readExtensions() {
        IExtensionRegistry registry = RegistryFactory.getRegistry();
        if (registry == null) {
            return List.of();
        }
        List<SchemaContribution> result = new ArrayList<>();
        for (IConfigurationElement element : registry.getConfigurationElementsFor(POINT_ID)) {
            if ("schema".equals(element.getName())) {
                result.add(read(element));
            }
        }
        return result;
    }

    static SchemaContribution read(IConfigurationElement schema) {
        String plugin = schema.getContributor().getName();
        String id = schema.getAttribute("id");
        if (id == null || id.isBlank()) {
            throw new StoreException(NLS.bind(Messages.Registry_noId, plugin, POINT_ID));
        }
        String requiresText = schema.getAttribute("requires");
        List<String> requires = requiresText == null || requiresText.isBlank() ? List.of()
                : Arrays.stream(requiresText.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        List<MigrationStep> steps = new ArrayList<>();
        for (IConfigurationElement m : schema.getChildren("migration")) {
            steps.add(readStep(plugin, id, m));
        }
        steps.sort(Comparator.comparingInt(MigrationStep::version));
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).version() != i + 1) {
                throw new StoreException(NLS.bind(Messages.Registry_versionGaps, new Object[] {plugin, id,
                        steps.stream().map(MigrationStep::version).toList()}));
            }
        }
        return new SchemaContribution(id, plugin, requires, steps);
    }

    private static MigrationStep readStep(String plugin, String schemaId, IConfigurationElement m) {
        int version;
        try {
            version = Integer.parseInt(m.getAttribute("version").strip());
        } catch (RuntimeException e) {
            throw new StoreException(NLS.bind(Messages.Registry_versionNotNumber, new Object[] {plugin, schemaId,
                    m.getAttribute("version")}));
        }
        String script = m.getAttribute("script");
        String className = m.getAttribute("class");
        String description = m.getAttribute("description") == null ? "" : m.getAttribute("description");
        if ((script == null) == (className == null)) {
            throw new StoreException(NLS.bind(Messages.Registry_scriptOrClass,
                    new Object[] {plugin, schemaId, version}));
        }
        if (script != null) {
            Bundle bundle = ContributorFactoryOSGi.resolve(m.getContributor());
            URL url = bundle == null ? null : bundle.getEntry(script);
            if (url == null) {
                throw new StoreException(NLS.bind(Messages.Registry_scriptMissing,
                        new Object[] {plugin, schemaId, version, script}));
            }
            return new MigrationStep(version, script, description, () -> new SqlScript(read(url)));
        }
        return new MigrationStep(version, className, description,
                () -> (JavaMigration) m.createExecutableExtension("class"));
    }

    private static String read(URL url) throws IOException {
        try (InputStream in = url.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
