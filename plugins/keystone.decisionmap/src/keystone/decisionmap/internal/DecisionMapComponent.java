package keystone.decisionmap.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

import keystone.decisionmap.AccountCoverage;
import keystone.decisionmap.Coverage;
import keystone.decisionmap.DecisionMap;
import keystone.decisionmap.DecisionMapService;
import keystone.decisionmap.DecisionMapValidation;
import keystone.decisionmap.InvalidDecisionMapException;
import keystone.model.KeystoneException;
import keystone.model.KeystoneTopics;
import keystone.store.Database;

/**
 * {@link DecisionMapService} on the shared database: validates, delegates the SQL to {@link DecisionMapStore} and
 * announces saved maps.
 */
@Component(service = DecisionMapService.class)
public final class DecisionMapComponent implements DecisionMapService {

    private final Database database;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile EventAdmin events;

    @Activate
    public DecisionMapComponent(@Reference Database database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    /** With an event admin of the test's own, outside OSGi. */
    DecisionMapComponent(Database database, EventAdmin events) {
        this(database);
        this.events = events;
    }

    @Override
    public DecisionMap load(long accountId) {
        return database.read(c -> {
            if (DecisionMapStore.accountName(c, accountId).isEmpty()) {
                throw noAccount(accountId);
            }
            return DecisionMapStore.read(c, accountId);
        });
    }

    @Override
    public DecisionMap save(DecisionMap map) {
        Objects.requireNonNull(map, "map");
        List<DecisionMapValidation.Problem> problems = DecisionMapValidation.validate(map);
        if (!problems.isEmpty()) {
            String name = database.read(c -> DecisionMapStore.accountName(c, map.accountId()))
                    .orElseGet(() -> NLS.bind(Messages.Service_accountFallback, map.accountId()));
            throw new InvalidDecisionMapException(name, problems);
        }
        DecisionMap stored = database.inTransaction(c -> DecisionMapStore.replace(c, map));
        post(map.accountId());
        return stored;
    }

    @Override
    public List<AccountCoverage> portfolioCoverage(LocalDate today, int staleDays) {
        Objects.requireNonNull(today, "today");
        if (staleDays < 0) {
            throw new IllegalArgumentException("The stale days must not be negative: " + staleDays);
        }
        record Read(Map<Long, String> names, Map<Long, DecisionMap> maps) {
        }
        Read read = database.read(c -> new Read(DecisionMapStore.accountsWithMaps(c),
                DecisionMapStore.read(c, Optional.empty())));
        List<AccountCoverage> result = new ArrayList<>();
        read.names().forEach((id, name) -> {
            DecisionMap map = read.maps().get(id);
            if (map != null) {
                result.add(new AccountCoverage(id, name, Coverage.of(map, today, staleDays)));
            }
        });
        result.sort(AccountCoverage.WORST_FIRST);
        return result;
    }

    private static KeystoneException noAccount(long accountId) {
        return new KeystoneException(NLS.bind(Messages.Service_noAccount, accountId));
    }

    private void post(long accountId) {
        EventAdmin admin = events;
        if (admin != null) {
            database.afterCommit(() -> admin.postEvent(new Event(KeystoneTopics.DECISION_MAP_CHANGED,
                    Map.of(KeystoneTopics.PROPERTY_ID, accountId))));
        }
    }
}
