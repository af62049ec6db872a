package keystone.plan.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
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

import keystone.decisionmap.DecisionMapService;
import keystone.dossier.DossierService;
import keystone.model.KeystoneException;
import keystone.model.KeystoneTopics;
import keystone.model.account.Account;
import keystone.model.account.AccountService;
import keystone.plan.AccountPlan;
import keystone.plan.ActionRules;
import keystone.plan.Completeness;
import keystone.plan.InvalidPlanException;
import keystone.plan.Objective;
import keystone.plan.OpenPlanAction;
import keystone.plan.PlanActuals;
import keystone.plan.PlanService;
import keystone.plan.PlanState;
import keystone.plan.PlanStatus;
import keystone.plan.PlanValidation;
import keystone.plan.PlanVsActual;
import keystone.plan.PortfolioCell;
import keystone.plan.PortfolioRow;
import keystone.plan.PortfolioScores;
import keystone.plan.Rollover;
import keystone.plan.Staleness;
import keystone.store.Database;

/**
 * {@link PlanService} on the shared database: checks plans (validation, snapshots, one plan per account and year),
 * delegates the SQL to {@link PlanStore} and {@link PlanFacts}, computes through the pure classes of
 * {@code keystone.plan} and announces every write.
 */
@Component(service = PlanService.class)
public final class PlanComponent implements PlanService {

    private final Database database;
    private final AccountService accounts;
    private final PlanFacts facts;
    private final Clock clock;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile EventAdmin events;

    @Activate
    public PlanComponent(@Reference Database database, @Reference AccountService accounts,
            @Reference DossierService dossiers, @Reference DecisionMapService decisionMaps) {
        this(database, accounts, dossiers, decisionMaps, Clock.systemDefaultZone(), null);
    }

    /** With a clock (for "created today") and an event admin of the test's own, outside OSGi. */
    PlanComponent(Database database, AccountService accounts, DossierService dossiers,
            DecisionMapService decisionMaps, Clock clock, EventAdmin events) {
        this.database = Objects.requireNonNull(database, "database");
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        this.facts = new PlanFacts(database, Objects.requireNonNull(dossiers, "dossiers"),
                Objects.requireNonNull(decisionMaps, "decisionMaps"));
        this.clock = Objects.requireNonNull(clock, "clock");
        this.events = events;
    }

    @Override
    public Optional<AccountPlan> load(long accountId, int year) {
        account(accountId);
        return database.read(c -> PlanStore.read(c, accountId, year));
    }

    @Override
    public List<Integer> years(long accountId) {
        return database.read(c -> PlanStore.years(c, accountId));
    }

    @Override
    public AccountPlan create(long accountId, int year) {
        if (year < AccountPlan.MIN_YEAR || year > AccountPlan.MAX_YEAR) {
            throw new KeystoneException(NLS.bind(Messages.Plan_yearNotPossible, new Object[] {year,
                AccountPlan.MIN_YEAR, AccountPlan.MAX_YEAR}));
        }
        AccountPlan created = database.inTransaction(c -> {
            String name = PlanStore.lockAccount(c, accountId).orElseThrow(() -> noAccount(accountId));
            if (PlanStore.header(c, accountId, year).isPresent()) {
                throw duplicate(name, year);
            }
            return PlanStore.insert(c, AccountPlan.empty(accountId, year, LocalDate.now(clock)));
        });
        post(accountId);
        return created;
    }

    @Override
    public AccountPlan save(AccountPlan plan) {
        Objects.requireNonNull(plan, "plan");
        String accountName = account(plan.accountId()).name();
        if (plan.isSnapshot()) {
            throw readOnly(accountName, plan.year());
        }
        List<PlanValidation.Problem> problems = PlanValidation.validate(plan);
        if (!problems.isEmpty()) {
            throw new InvalidPlanException(accountName, plan.year(), problems);
        }
        AccountPlan stored = database.inTransaction(c -> {
            String name = PlanStore.lockAccount(c, plan.accountId()).orElseThrow(() -> noAccount(plan.accountId()));
            Optional<AccountPlan> sameYear = PlanStore.header(c, plan.accountId(), plan.year());
            if (plan.isNew()) {
                if (sameYear.isPresent()) {
                    throw duplicate(name, plan.year());
                }
                return PlanStore.insert(c, plan);
            }
            AccountPlan current = PlanStore.header(c, plan.id()).orElseThrow(() -> new KeystoneException(
                    NLS.bind(Messages.Plan_deleted, plan.year(), name)));
            if (current.accountId() != plan.accountId()) {
                throw new KeystoneException(NLS.bind(Messages.Plan_otherAccount, new Object[] {plan.year(), name,
                    plan.id()}));
            }
            if (current.isSnapshot()) {
                throw readOnly(name, current.year());
            }
            if (sameYear.isPresent() && sameYear.get().id() != plan.id()) {
                throw duplicate(name, plan.year());
            }
            return PlanStore.replace(c, plan);
        });
        post(plan.accountId());
        return stored;
    }

    @Override
    public AccountPlan rollover(long accountId, int fromYear) {
        String accountName = account(accountId).name();
        LocalDate today = LocalDate.now(clock);
        AccountPlan from = load(accountId, fromYear).orElseThrow(() -> noPlan(accountName, fromYear));
        Map<Long, BigDecimal> values = baselines(from, today);
        AccountPlan stored = database.inTransaction(c -> {
            String name = PlanStore.lockAccount(c, accountId).orElseThrow(() -> noAccount(accountId));
            AccountPlan current = PlanStore.read(c, accountId, fromYear).orElseThrow(() -> noPlan(name, fromYear));
            if (PlanStore.header(c, accountId, fromYear + 1).isPresent()) {
                throw new KeystoneException(NLS.bind(Messages.Plan_rolloverTargetExists, new Object[] {fromYear,
                    name, fromYear + 1}));
            }
            AccountPlan next = Rollover.of(current, values, today);
            List<PlanValidation.Problem> problems = PlanValidation.validate(next);
            if (!problems.isEmpty()) {
                throw new InvalidPlanException(name, next.year(), problems);
            }
            AccountPlan inserted = PlanStore.insert(c, next);
            PlanStore.setState(c, current.id(), PlanState.SNAPSHOT);
            return inserted;
        });
        post(accountId);
        return stored;
    }

    /**
     * The current values that become next year's baselines: levels as measured, flows only once the year has ended
     * (see {@link PlanService#rollover}).
     */
    private Map<Long, BigDecimal> baselines(AccountPlan from, LocalDate today) {
        List<BigDecimal> values = facts.currentValues(from, today);
        Map<Long, BigDecimal> result = new HashMap<>();
        for (int i = 0; i < values.size(); i++) {
            Objective o = from.objectives().get(i);
            if (values.get(i) != null && (!o.metric().flow() || today.isAfter(from.lastDay()))) {
                result.put(o.id(), values.get(i));
            }
        }
        return result;
    }

    @Override
    public PlanActuals actuals(long accountId, int year, LocalDate today) {
        Objects.requireNonNull(today, "today");
        account(accountId);
        return database.read(c -> PlanFacts.actuals(c, accountId, year, today)).getOrDefault(accountId,
                PlanActuals.none(year, today));
    }

    @Override
    public PlanStatus status(AccountPlan plan, LocalDate today) {
        Objects.requireNonNull(plan, "plan");
        PlanActuals actuals = actuals(plan.accountId(), plan.year(), today);
        return PlanStatus.of(plan, actuals, facts.currentValues(plan, today), today);
    }

    @Override
    public List<PortfolioRow> portfolio(int year, LocalDate today) {
        Objects.requireNonNull(today, "today");
        record Read(Map<Long, String> accounts, List<AccountPlan> plans, List<AccountPlan> lastYear,
                Map<Long, PlanActuals> actuals) {
        }
        Read read = database.read(c -> new Read(PlanQueries.accounts(c), PlanStore.readYear(c, year),
                PlanStore.headers(c, year - 1), PlanFacts.actuals(c, null, year, today)));
        Map<Long, AccountPlan> plans = byAccount(read.plans());
        Map<Long, AccountPlan> lastYear = byAccount(read.lastYear());
        List<PortfolioRow> rows = new ArrayList<>();
        read.accounts().forEach((id, name) -> {
            AccountPlan plan = plans.get(id);
            AccountPlan last = lastYear.get(id);
            PortfolioCell lastCell = last == null ? null : last.scores().cell().orElse(null);
            PlanActuals actuals = read.actuals().getOrDefault(id, PlanActuals.none(year, today));
            PlanVsActual vs = PlanVsActual.of(plan == null ? List.of() : plan.targets(), actuals, today);
            rows.add(plan == null
                    ? new PortfolioRow(id, name, null, null, vs.revenue(), null, false, 0, null, lastCell)
                    : new PortfolioRow(id, name, plan.id(), plan.state(), vs.revenue(), Completeness.of(plan).score(),
                            Staleness.of(plan, today).stale(), ActionRules.overdue(plan, today).size(),
                            plan.scores().cell().orElse(null), lastCell));
        });
        return rows;
    }

    @Override
    public Map<Long, PortfolioScores> scores(int year) {
        Map<Long, PortfolioScores> scores = new HashMap<>();
        for (AccountPlan header : database.read(c -> PlanStore.headers(c, year))) {
            scores.put(header.accountId(), header.scores());
        }
        return scores;
    }

    private static Map<Long, AccountPlan> byAccount(List<AccountPlan> plans) {
        Map<Long, AccountPlan> result = new HashMap<>();
        for (AccountPlan p : plans) {
            result.put(p.accountId(), p);
        }
        return result;
    }

    @Override
    public List<OpenPlanAction> openActions(LocalDate today) {
        Objects.requireNonNull(today, "today");
        return database.read(c -> PlanQueries.openActions(c, today));
    }

    private Account account(long accountId) {
        return accounts.find(accountId).orElseThrow(() -> noAccount(accountId));
    }

    private static KeystoneException noAccount(long accountId) {
        return new KeystoneException(NLS.bind(Messages.Plan_noAccount, accountId));
    }

    private static KeystoneException noPlan(String accountName, int year) {
        return new KeystoneException(NLS.bind(Messages.Plan_none, accountName, year));
    }

    private static KeystoneException duplicate(String accountName, int year) {
        return new KeystoneException(NLS.bind(Messages.Plan_duplicate, accountName, year));
    }

    private static KeystoneException readOnly(String accountName, int year) {
        return new KeystoneException(NLS.bind(Messages.Plan_readOnly, year, accountName));
    }

    private void post(long accountId) {
        EventAdmin admin = events;
        if (admin != null) {
            database.afterCommit(() -> admin.postEvent(new Event(KeystoneTopics.PLAN_CHANGED,
                    Map.of(KeystoneTopics.PROPERTY_ID, accountId))));
        }
    }
}
