package keystone.dossier.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

import keystone.dossier.AtRisk;
import keystone.dossier.Dossier;
import keystone.dossier.DossierService;
import keystone.dossier.DossierValidation;
import keystone.dossier.Headline;
import keystone.dossier.HistoryStats;
import keystone.dossier.InvalidDossierException;
import keystone.dossier.OpenAction;
import keystone.dossier.RiskSignal;
import keystone.dossier.RiskThresholds;
import keystone.dossier.SearchHit;
import keystone.model.KeystoneException;
import keystone.model.KeystoneTopics;
import keystone.model.account.Account;
import keystone.model.account.AccountService;
import keystone.store.Database;

/**
 * {@link DossierService} on the shared database: validates, delegates the SQL to the stores of this package and
 * announces saved dossiers.
 */
@Component(service = DossierService.class)
public final class DossierComponent implements DossierService {

    private final Database database;
    private final AccountService accounts;
    private final DossierStore store;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile EventAdmin events;

    @Activate
    public DossierComponent(@Reference Database database, @Reference AccountService accounts) {
        this.database = Objects.requireNonNull(database, "database");
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        this.store = new DossierStore(database);
    }

    /** With an event admin of the test's own, outside OSGi. */
    DossierComponent(Database database, AccountService accounts, EventAdmin events) {
        this(database, accounts);
        this.events = events;
    }

    @Override
    public Dossier load(long accountId) {
        return store.load(account(accountId));
    }

    @Override
    public Dossier save(Dossier dossier) {
        Objects.requireNonNull(dossier, "dossier");
        List<DossierValidation.Problem> problems = DossierValidation.validate(dossier);
        if (!problems.isEmpty()) {
            throw new InvalidDossierException(dossier.account().name(), problems);
        }
        Dossier stored = store.save(dossier);
        post(KeystoneTopics.DOSSIER_CHANGED, dossier.accountId());
        return stored;
    }

    @Override
    public List<SearchHit> search(String text, int limit) {
        return database.read(c -> DossierSearch.search(c, text, limit));
    }

    @Override
    public List<OpenAction> openActions(LocalDate today) {
        Objects.requireNonNull(today, "today");
        return database.read(c -> OpenActions.read(c, today));
    }

    @Override
    public HistoryStats stats(long accountId, LocalDate today) {
        Objects.requireNonNull(today, "today");
        return HistoryStats.of(load(accountId).history(), today);
    }

    @Override
    public Headline headline(long accountId, LocalDate today) {
        Objects.requireNonNull(today, "today");
        account(accountId);
        return database.read(c -> SalesFigures.headline(c, accountId, today));
    }

    @Override
    public List<RiskSignal> signals(long accountId, LocalDate today, RiskThresholds thresholds) {
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(thresholds, "thresholds");
        account(accountId);
        return database.read(c -> RiskReader.signals(c, accountId, today, thresholds));
    }

    @Override
    public List<AtRisk> atRisk(LocalDate today, RiskThresholds thresholds) {
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(thresholds, "thresholds");
        return database.read(c -> RiskReader.atRisk(c, today, thresholds));
    }

    private Account account(long accountId) {
        return accounts.find(accountId)
                .orElseThrow(() -> new KeystoneException(NLS.bind(Messages.Service_noAccount, accountId)));
    }

    private void post(String topic, long accountId) {
        EventAdmin admin = events;
        if (admin != null) {
            database.afterCommit(() -> admin.postEvent(new Event(topic, Map.of(KeystoneTopics.PROPERTY_ID, accountId))));
        }
    }
}
