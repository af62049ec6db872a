package keystone.exchange.internal;

import java.nio.file.Path;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

import com.fasterxml.jackson.core.JsonFactory;

import keystone.exchange.ExportSummary;
import keystone.exchange.ImportSummary;
import keystone.exchange.JsonExchange;
import keystone.model.KeystoneTopics;
import keystone.store.Database;

/**
 * {@link JsonExchange} on the shared database, announcing an import as {@link KeystoneTopics#DATABASE_REPLACED}.
 */
@Component(service = JsonExchange.class)
public final class JsonExchangeComponent implements JsonExchange {

    private final Database database;
    private final JsonFactory factory = Json.factory();

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile EventAdmin events;

    @Activate
    public JsonExchangeComponent(@Reference Database database) {
        this.database = database;
    }

    @Override
    public ExportSummary exportTo(Path file, IProgressMonitor monitor) {
        return new JsonExporter(database, factory).export(file, monitor);
    }

    @Override
    public ImportSummary importFrom(Path file, boolean replace, IProgressMonitor monitor) {
        return new JsonImporter(database, factory).importFrom(file, replace, monitor, this::announceReplaced);
    }

    private void announceReplaced() {
        EventAdmin admin = events;
        if (admin != null) {
            admin.postEvent(new Event(KeystoneTopics.DATABASE_REPLACED, Map.of()));
        }
    }
}
