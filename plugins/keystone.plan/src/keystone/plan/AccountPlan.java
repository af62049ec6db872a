package keystone.plan;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The annual plan of one key account (domain brief, section 4): an immutable value. Lists keep the user's order;
 * the targets always hold Q1 to Q4 in that order.
 *
 * <p>The record checks only what makes it a plan (a year, a state, one target per quarter, objective ids an action
 * can link to unambiguously); {@link PlanValidation} checks what a user can get wrong.</p>
 *
 * @param id            database id; {@link #NEW_ID} for a plan not stored yet
 * @param accountId     the key account
 * @param year          the plan year, {@value #MIN_YEAR} to {@value #MAX_YEAR}
 * @param state         draft, active or (read-only) snapshot
 * @param createdOn     the day the plan was created; a plan never reviewed is stale counted from it
 * @param summary       the situation summary
 * @param swot          the customer's and our SWOT
 * @param objectives    the measurable objectives; ids other than {@link Objective#NEW_ID} are unique
 * @param targets       revenue and margin targets, Q1 to Q4 (missing quarters are added without targets)
 * @param actions       the actions, each possibly serving an objective
 * @param opportunities the opportunities pursued
 * @param risks         the risks to the plan
 * @param budget        the cost to serve
 * @param reviews       the review log
 * @param scores        the portfolio scores ({@link PortfolioScores#NONE} when not scored)
 */
public record AccountPlan(long id, long accountId, int year, PlanState state, LocalDate createdOn, String summary,
        Swot swot, List<Objective> objectives, List<QuarterTarget> targets, List<PlanAction> actions,
        List<Opportunity> opportunities, List<Risk> risks, List<BudgetLine> budget, List<Review> reviews,
        PortfolioScores scores) {

    public static final long NEW_ID = 0L;
    public static final int MIN_YEAR = 1900;
    public static final int MAX_YEAR = 9999;

    public AccountPlan {
        Checks.notNegative(id, "id");
        Checks.notNegative(accountId, "account id");
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw new IllegalArgumentException("A plan year lies between " + MIN_YEAR + " and " + MAX_YEAR + ", not "
                    + year + ".");
        }
        Objects.requireNonNull(state, "state");
        Checks.date(createdOn, "created on");
        summary = Checks.text(summary);
        swot = swot == null ? Swot.EMPTY : swot;
        objectives = Checks.list(objectives, "objectives");
        targets = QuarterTarget.normalize(targets);
        actions = Checks.list(actions, "actions");
        opportunities = Checks.list(opportunities, "opportunities");
        risks = Checks.list(risks, "risks");
        budget = Checks.list(budget, "budget");
        reviews = Checks.list(reviews, "reviews");
        scores = scores == null ? PortfolioScores.NONE : scores;
        Set<Long> ids = new HashSet<>();
        for (Objective o : objectives) {
            if (o.id() != Objective.NEW_ID && !ids.add(o.id())) {
                throw new IllegalArgumentException("Two objectives of the plan have the id " + o.id() + ".");
            }
        }
    }

    /** A new, empty draft plan. */
    public static AccountPlan empty(long accountId, int year, LocalDate createdOn) {
        return new AccountPlan(NEW_ID, accountId, year, PlanState.DRAFT, createdOn, "", Swot.EMPTY, List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), PortfolioScores.NONE);
    }

    public boolean isNew() {
        return id == NEW_ID;
    }

    public boolean isSnapshot() {
        return state == PlanState.SNAPSHOT;
    }

    /** 1 January of the plan year. */
    public LocalDate firstDay() {
        return LocalDate.of(year, 1, 1);
    }

    /** 31 December of the plan year. */
    public LocalDate lastDay() {
        return LocalDate.of(year, 12, 31);
    }

    /** {@code day} lies in the plan year. */
    public boolean inYear(LocalDate day) {
        return day.getYear() == year;
    }

    public QuarterTarget target(Quarter quarter) {
        return targets.get(quarter.ordinal());
    }

    /** The objective with the (stored or temporary) id {@code objectiveId}; never the objectives with id 0. */
    public Optional<Objective> objective(long objectiveId) {
        if (objectiveId == Objective.NEW_ID) {
            return Optional.empty();
        }
        return objectives.stream().filter(o -> o.id() == objectiveId).findFirst();
    }

    /** The actions serving {@code objective}, in plan order; none for an objective with id 0. */
    public List<PlanAction> actionsOf(Objective objective) {
        if (objective.id() == Objective.NEW_ID) {
            return List.of();
        }
        return actions.stream().filter(a -> a.serves(objective.id())).toList();
    }

    public AccountPlan withId(long newId) {
        return new AccountPlan(newId, accountId, year, state, createdOn, summary, swot, objectives, targets, actions,
                opportunities, risks, budget, reviews, scores);
    }

    public AccountPlan withState(PlanState newState) {
        return new AccountPlan(id, accountId, year, newState, createdOn, summary, swot, objectives, targets, actions,
                opportunities, risks, budget, reviews, scores);
    }

    public AccountPlan withCreatedOn(LocalDate newCreatedOn) {
        return new AccountPlan(id, accountId, year, state, newCreatedOn, summary, swot, objectives, targets, actions,
                opportunities, risks, budget, reviews, scores);
    }

    public AccountPlan withSummary(String newSummary) {
        return new AccountPlan(id, accountId, year, state, createdOn, newSummary, swot, objectives, targets, actions,
                opportunities, risks, budget, reviews, scores);
    }

    public AccountPlan withSwot(Swot newSwot) {
        return new AccountPlan(id, accountId, year, state, createdOn, summary, newSwot, objectives, targets, actions,
                opportunities, risks, budget, reviews, scores);
    }

    public AccountPlan withObjectives(List<Objective> newObjectives) {
        return new AccountPlan(id, accountId, year, state, createdOn, summary, swot, newObjectives, targets, actions,
                opportunities, risks, budget, reviews, scores);
    }

    public AccountPlan withTargets(List<QuarterTarget> newTargets) {
        return new AccountPlan(id, accountId, year, state, createdOn, summary, swot, objectives, newTargets, actions,
                opportunities, risks, budget, reviews, scores);
    }

    public AccountPlan withActions(List<PlanAction> newActions) {
        return new AccountPlan(id, accountId, year, state, createdOn, summary, swot, objectives, targets, newActions,
                opportunities, risks, budget, reviews, scores);
    }

    public AccountPlan withOpportunities(List<Opportunity> newOpportunities) {
        return new AccountPlan(id, accountId, year, state, createdOn, summary, swot, objectives, targets, actions,
                newOpportunities, risks, budget, reviews, scores);
    }

    public AccountPlan withRisks(List<Risk> newRisks) {
        return new AccountPlan(id, accountId, year, state, createdOn, summary, swot, objectives, targets, actions,
                opportunities, newRisks, budget, reviews, scores);
    }

    public AccountPlan withBudget(List<BudgetLine> newBudget) {
        return new AccountPlan(id, accountId, year, state, createdOn, summary, swot, objectives, targets, actions,
                opportunities, risks, newBudget, reviews, scores);
    }

    public AccountPlan withReviews(List<Review> newReviews) {
        return new AccountPlan(id, accountId, year, state, createdOn, summary, swot, objectives, targets, actions,
                opportunities, risks, budget, newReviews, scores);
    }

    public AccountPlan withScores(PortfolioScores newScores) {
        return new AccountPlan(id, accountId, year, state, createdOn, summary, swot, objectives, targets, actions,
                opportunities, risks, budget, reviews, newScores);
    }
}
