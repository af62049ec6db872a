package keystone.plan.ui.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import keystone.model.account.Account;
import keystone.plan.AccountPlan;
import keystone.plan.PlanAction;
import keystone.plan.PlanStatus;
import keystone.plan.PlanValidation;
import keystone.plan.Review;

/**
 * The plan an editor works on: as stored and as edited, the account it belongs to, the problems
 * {@link PlanValidation} finds in the edited plan, texts typed into fields that are not valid yet, and the latest
 * {@link PlanStatus} computed for it. Used on the UI thread only; no SWT, so that the rules are plain to test.
 */
final class PlanDocument {

    /** Hears about changes; {@code planChanged} is false when only messages (input problems) changed. */
    interface Listener {
        void changed(boolean planChanged);
    }

    private final LocalDate today;
    private Account account;
    private AccountPlan saved;
    private AccountPlan current;
    private PlanStatus status;
    private List<PlanValidation.Problem> problems = List.of();
    private final Map<String, String> inputProblems = new LinkedHashMap<>();
    private final List<Listener> listeners = new ArrayList<>();

    PlanDocument(LocalDate today) {
        this.today = today;
    }

    LocalDate today() {
        return today;
    }

    void load(Account loadedAccount, AccountPlan plan) {
        account = loadedAccount;
        saved = plan;
        current = plan;
        validate();
        fire(true);
    }

    boolean isLoaded() {
        return current != null;
    }

    Account account() {
        return account;
    }

    /** The plan as edited; null before it is loaded. */
    AccountPlan current() {
        return current;
    }

    AccountPlan saved() {
        return saved;
    }

    /** Snapshots, frozen by a rollover, cannot be edited. */
    boolean readOnly() {
        return current != null && saved.isSnapshot();
    }

    boolean isDirty() {
        return current != null && !current.equals(saved);
    }

    /** Shows {@code plan} as the edited plan (an edit, its undo or redo). */
    void set(AccountPlan plan) {
        current = plan;
        validate();
        fire(true);
    }

    /** {@code submitted} was stored as {@code stored} (with the ids of its new parts). */
    void markSaved(AccountPlan submitted, AccountPlan stored) {
        saved = stored;
        if (current.equals(submitted)) {
            current = stored;
        }
        validate();
        fire(true);
    }

    /** The latest status computed, possibly for an earlier version of the plan; null before the first. */
    PlanStatus status() {
        return status;
    }

    void status(PlanStatus computed) {
        status = computed;
        fire(true);
    }

    /**
     * The people actions can be given to without a warning: the account's owner and team, and everyone already
     * named as an owner or author in the plan as stored.
     */
    Set<String> knownOwners() {
        Set<String> known = new LinkedHashSet<>();
        if (account != null) {
            add(known, account.owner());
            for (String member : account.team().split(",")) {
                add(known, member);
            }
        }
        if (saved != null) {
            saved.actions().stream().map(PlanAction::owner).forEach(o -> add(known, o));
            saved.reviews().stream().map(Review::author).forEach(a -> add(known, a));
        }
        return known;
    }

    private static void add(Set<String> names, String name) {
        if (!name.isBlank()) {
            names.add(name.strip());
        }
    }

    /** Every problem of the edited plan, unknown owners included (they warn but do not block saving). */
    List<PlanValidation.Problem> problems() {
        return problems;
    }

    /** The problems that keep the plan from being saved: all but unknown owners. */
    List<PlanValidation.Problem> blockingProblems() {
        return problems.stream().filter(p -> p.rule() != PlanValidation.Rule.UNKNOWN_OWNER).toList();
    }

    /** Records (or, with null, clears) that the text in the field {@code key} is not valid. */
    void inputProblem(String key, String problem) {
        String before = problem == null ? inputProblems.remove(key) : inputProblems.put(key, problem);
        if (!java.util.Objects.equals(before, problem)) {
            fire(false);
        }
    }

    /** Fields whose text is not valid, by field key, with what is wrong. */
    Map<String, String> inputProblems() {
        return Collections.unmodifiableMap(inputProblems);
    }

    private void validate() {
        Set<String> known = knownOwners();
        problems = PlanValidation.validate(current, known.isEmpty() ? Set.of() : known);
    }

    void addListener(Listener listener) {
        listeners.add(listener);
    }

    void removeListener(Listener listener) {
        listeners.remove(listener);
    }

    private void fire(boolean planChanged) {
        for (Listener l : List.copyOf(listeners)) {
            l.changed(planChanged);
        }
    }
}
