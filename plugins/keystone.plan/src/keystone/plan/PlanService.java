package keystone.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads and writes the annual plans of key accounts on the shared database and computes how they are doing against
 * imported sales, the dossier and the decision map. Call it from a job, never from the UI thread. Failures of the
 * database arrive as {@link keystone.model.store.StoreException}; every write is one transaction and announces the
 * account on {@link keystone.model.KeystoneTopics#PLAN_CHANGED}.
 */
public interface PlanService {

    /**
     * The plan of an account for a year, if there is one.
     *
     * @throws keystone.model.KeystoneException when there is no such account
     */
    Optional<AccountPlan> load(long accountId, int year);

    /** The years for which the account has a plan, ascending; empty for an unknown account. */
    List<Integer> years(long accountId);

    /**
     * Creates and stores an empty {@link PlanState#DRAFT draft} plan, created today.
     *
     * @throws keystone.model.KeystoneException when there is no such account, or it has a plan for the year already
     */
    AccountPlan create(long accountId, int year);

    /**
     * Replaces everything stored for the plan in one transaction: a plan with id {@link AccountPlan#NEW_ID} is
     * inserted, any other replaces the stored plan of that id. Ids of stored parts are kept; new parts (id 0, or a
     * negative temporary objective id that actions may link to) get one.
     *
     * @return the plan as stored, with the ids of its new parts
     * @throws InvalidPlanException             when {@link PlanValidation} finds problems (nothing is written)
     * @throws keystone.model.KeystoneException when the plan is a {@link PlanState#SNAPSHOT snapshot} (as given or as
     *                                          stored: snapshots are read-only), the account does not exist, the
     *                                          stored plan was deleted, or the account has another plan for the year
     */
    AccountPlan save(AccountPlan plan);

    /**
     * In one transaction, stores the plan for {@code fromYear + 1} built by {@link Rollover} from the plan of
     * {@code fromYear}, and freezes that plan as a {@link PlanState#SNAPSHOT snapshot}. The new objectives' baselines
     * are their current values where Keystone can measure them: for levels (share of wallet, rates, coverage, product
     * lines) as of the earlier of today and the objective's due date; for flows (revenue, margin) only once the old
     * year has ended (a part of a year is no baseline) - otherwise last year's targets.
     *
     * @return the new plan as stored
     * @throws keystone.model.KeystoneException when there is no such account or plan, or the next year has a plan
     */
    AccountPlan rollover(long accountId, int fromYear);

    /**
     * Revenue and margin per quarter of {@code year} from the account's imported sales up to and including
     * {@code today}; all zero for an account not linked to a customer.
     *
     * @throws keystone.model.KeystoneException when there is no such account
     */
    PlanActuals actuals(long accountId, int year, LocalDate today);

    /**
     * The status of {@code plan} (stored or being edited) as of {@code today}: plan against actual with forecast,
     * objectives' current values and traffic lights, completeness, staleness, thin objectives and overdue actions.
     *
     * @throws keystone.model.KeystoneException when the plan's account does not exist
     */
    PlanStatus status(AccountPlan plan, LocalDate today);

    /**
     * Every key account with its plan for {@code year} as of {@code today} (accounts without a plan included), by
     * account name.
     */
    List<PortfolioRow> portfolio(int year, LocalDate today);

    /** The portfolio scores of every plan of {@code year}, by account id (accounts without a plan are absent). */
    Map<Long, PortfolioScores> scores(int year);

    /**
     * Every action still open (open or in progress) of every plan that is not a snapshot, across all accounts:
     * overdue first, then by due date and account.
     */
    List<OpenPlanAction> openActions(LocalDate today);
}
