package keystone.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;

import keystone.plan.internal.Messages;

/**
 * Checks a plan before it is stored and reports every problem with the path of its field
 * ({@code objectives[1].target}, {@code targets.Q3.revenue}, {@code actions[0].owner}, ...; indexes count from 0 in
 * the plan's lists), so that the editor can show them next to the fields; the plan service refuses a plan with
 * problems. The rules:
 * <ul>
 * <li>Required: the name of a custom objective, every objective's target, every action's text and owner (blank is
 * missing), every opportunity's name, every risk's text, every budget item and amount, every review's author, every
 * SWOT entry.</li>
 * <li>Not negative: objective baselines and targets, quarterly revenue and margin targets, opportunity values,
 * budget amounts.</li>
 * <li>Ranges: percentages of objectives (share of wallet, rates, coverage) at most 100; opportunity probabilities 0
 * to 100; portfolio scores 0 to 10.</li>
 * <li>Inside the plan year: objectives' and actions' due dates. Opportunities may close later, and reviews may be
 * held before the year starts or after it ends.</li>
 * <li>An action's objective must be an objective of the plan (by a non-zero id).</li>
 * <li>Owners known: when a set of known owners is given, an action's owner must be one of them (ignoring case and
 * surrounding blanks).</li>
 * <li>Texts fit their columns (see {@link #TEXT}, {@link #NAME}, {@link #ENTRY}, {@link #PERSON}).</li>
 * </ul>
 */
public final class PlanValidation {

    /** Longest free texts: summary, action texts, risks, mitigations, review notes. */
    public static final int TEXT = 100_000;
    /** Longest SWOT entry. */
    public static final int ENTRY = 10_000;
    /** Longest names: custom objectives, opportunities, budget items. */
    public static final int NAME = 1_000;
    /** Longest names of people: owners, authors. */
    public static final int PERSON = 200;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal TEN = BigDecimal.TEN;

    /** The rules a plan can break. */
    public enum Rule {
        REQUIRED,
        TOO_LONG,
        NEGATIVE,
        OUT_OF_RANGE,
        OUTSIDE_PLAN_YEAR,
        UNKNOWN_OBJECTIVE,
        UNKNOWN_OWNER
    }

    /**
     * One problem found.
     *
     * @param path    the field, e.g. {@code objectives[1].target}
     * @param rule    the rule it breaks
     * @param message a sentence in the user's language naming the field (by its path) and what to do
     */
    public record Problem(String path, Rule rule, String message) {
    }

    private PlanValidation() {
    }

    /** Every problem of {@code plan}, in the order of its sections; any owner is accepted. */
    public static List<Problem> validate(AccountPlan plan) {
        return validate(plan, Set.of());
    }

    /**
     * Every problem of {@code plan}, in the order of its sections.
     *
     * @param knownOwners the people actions may be assigned to; empty to accept anyone
     */
    public static List<Problem> validate(AccountPlan plan, Set<String> knownOwners) {
        Set<String> known = knownOwners.stream().map(PlanValidation::key).collect(Collectors.toSet());
        Checker check = new Checker(plan.year());
        check.length("summary", plan.summary(), TEXT);
        for (Swot.Perspective perspective : Swot.Perspective.values()) {
            for (Swot.Quadrant quadrant : Swot.Quadrant.values()) {
                List<String> entries = plan.swot().side(perspective).quadrant(quadrant);
                for (int i = 0; i < entries.size(); i++) {
                    check.text("swot." + lower(perspective) + "." + lower(quadrant) + "[" + i + "]", entries.get(i),
                            ENTRY);
                }
            }
        }
        for (int i = 0; i < plan.objectives().size(); i++) {
            objective(check, "objectives[" + i + "]", plan.objectives().get(i));
        }
        for (QuarterTarget t : plan.targets()) {
            check.notNegative("targets." + t.quarter() + ".revenue", t.revenue());
            check.notNegative("targets." + t.quarter() + ".margin", t.margin());
        }
        for (int i = 0; i < plan.actions().size(); i++) {
            PlanAction a = plan.actions().get(i);
            String path = "actions[" + i + "]";
            check.text(path + ".text", a.text(), TEXT);
            if (check.text(path + ".owner", a.owner(), PERSON) && !known.isEmpty() && !known.contains(key(a.owner()))) {
                check.add(path + ".owner", Rule.UNKNOWN_OWNER, NLS.bind(Messages.Rule_unknownOwner, path + ".owner",
                        a.owner().strip()));
            }
            check.inYear(path + ".due", a.due());
            if (a.objectiveId() != null && plan.objective(a.objectiveId()).isEmpty()) {
                check.add(path + ".objective", Rule.UNKNOWN_OBJECTIVE, NLS.bind(Messages.Rule_unknownObjective,
                        path + ".objective"));
            }
        }
        for (int i = 0; i < plan.opportunities().size(); i++) {
            Opportunity o = plan.opportunities().get(i);
            String path = "opportunities[" + i + "]";
            check.text(path + ".name", o.name(), NAME);
            check.notNegative(path + ".value", o.value());
            check.range(path + ".probability", BigDecimal.valueOf(o.probability()), HUNDRED);
        }
        for (int i = 0; i < plan.risks().size(); i++) {
            Risk r = plan.risks().get(i);
            check.text("risks[" + i + "].text", r.text(), TEXT);
            check.length("risks[" + i + "].mitigation", r.mitigation(), TEXT);
        }
        for (int i = 0; i < plan.budget().size(); i++) {
            BudgetLine b = plan.budget().get(i);
            check.text("budget[" + i + "].item", b.item(), NAME);
            if (check.required("budget[" + i + "].amount", b.amount())) {
                check.notNegative("budget[" + i + "].amount", b.amount());
            }
        }
        for (int i = 0; i < plan.reviews().size(); i++) {
            Review r = plan.reviews().get(i);
            check.text("reviews[" + i + "].author", r.author(), PERSON);
            check.length("reviews[" + i + "].notes", r.notes(), TEXT);
        }
        check.range("scores.attractiveness", plan.scores().attractiveness(), TEN);
        check.range("scores.strength", plan.scores().strength(), TEN);
        return check.problems;
    }

    private static void objective(Checker check, String path, Objective o) {
        if (o.metric() == Metric.CUSTOM) {
            check.text(path + ".customName", o.customName(), NAME);
        }
        check.notNegative(path + ".baseline", o.baseline());
        if (check.required(path + ".target", o.target())) {
            check.notNegative(path + ".target", o.target());
        }
        if (o.metric().unit() == Metric.Unit.PERCENT) {
            check.atMost(path + ".baseline", o.baseline(), HUNDRED);
            check.atMost(path + ".target", o.target(), HUNDRED);
        }
        check.inYear(path + ".due", o.due());
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    private static String key(String owner) {
        return owner.strip().toLowerCase(Locale.ROOT);
    }

    /** Collects the problems; each check returns whether the value passed. */
    private static final class Checker {

        private final int year;
        private final List<Problem> problems = new ArrayList<>();

        Checker(int year) {
            this.year = year;
        }

        void add(String path, Rule rule, String message) {
            problems.add(new Problem(path, rule, message));
        }

        /** Required, and not longer than {@code max}. */
        boolean text(String path, String value, int max) {
            if (value.isBlank()) {
                add(path, Rule.REQUIRED, NLS.bind(Messages.Rule_required, path));
                return false;
            }
            return length(path, value, max);
        }

        boolean length(String path, String value, int max) {
            if (value.length() > max) {
                add(path, Rule.TOO_LONG, NLS.bind(Messages.Rule_tooLong, new Object[] {path, max, value.length()}));
                return false;
            }
            return true;
        }

        boolean required(String path, BigDecimal value) {
            if (value == null) {
                add(path, Rule.REQUIRED, NLS.bind(Messages.Rule_requiredNumber, path));
                return false;
            }
            return true;
        }

        /** {@code null} or not negative. */
        void notNegative(String path, BigDecimal value) {
            if (value != null && value.signum() < 0) {
                add(path, Rule.NEGATIVE, NLS.bind(Messages.Rule_negative, path,
                        value.stripTrailingZeros().toPlainString()));
            }
        }

        /** {@code null} or between 0 and {@code max}, both included. */
        void range(String path, BigDecimal value, BigDecimal max) {
            if (value != null && (value.signum() < 0 || value.compareTo(max) > 0)) {
                outOfRange(path, value, max);
            }
        }

        /** {@code null} or at most {@code max}; for values whose negatives {@link #notNegative} reports. */
        void atMost(String path, BigDecimal value, BigDecimal max) {
            if (value != null && value.compareTo(max) > 0) {
                outOfRange(path, value, max);
            }
        }

        private void outOfRange(String path, BigDecimal value, BigDecimal max) {
            add(path, Rule.OUT_OF_RANGE, NLS.bind(Messages.Rule_outOfRange, new Object[] {path, max.toPlainString(),
                value.stripTrailingZeros().toPlainString()}));
        }

        void inYear(String path, LocalDate day) {
            if (day.getYear() != year) {
                add(path, Rule.OUTSIDE_PLAN_YEAR, NLS.bind(Messages.Rule_outsidePlanYear, new Object[] {path, day,
                    year, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)}));
            }
        }
    }
}
