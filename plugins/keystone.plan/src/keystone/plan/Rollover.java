package keystone.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Builds next year's plan from a plan (pure; the service stores it and freezes the old plan as a
 * {@link PlanState#SNAPSHOT} in the same transaction). The new plan, a {@link PlanState#DRAFT} for the following
 * year with every part new:
 * <ul>
 * <li>copies the summary, both SWOTs, the risks and the budget;</li>
 * <li>copies the objectives with their due dates moved one year on (29 February becomes 28 February), and as
 * baseline the objective's current value when one is given, otherwise last year's target; they get temporary ids
 * -1, -2, ... in order;</li>
 * <li>carries over the actions still open (open or in progress, not done or cancelled) with their status, linked
 * to the copied objectives, and due dates clamped into the new year (an action due last year is due on 1 January);
 * </li>
 * <li>starts without quarterly targets, opportunities, reviews and portfolio scores: those are set for the new year
 * anew.</li>
 * </ul>
 */
public final class Rollover {

    private Rollover() {
    }

    /**
     * The plan for the year after {@code from}'s.
     *
     * @param currentValues current values of {@code from}'s objectives by objective id, to become their baselines;
     *                      objectives missing from it keep last year's target as baseline
     * @param createdOn     the day the new plan is created
     */
    public static AccountPlan of(AccountPlan from, Map<Long, BigDecimal> currentValues, LocalDate createdOn) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(currentValues, "currentValues");
        int year = from.year() + 1;
        List<Objective> objectives = new ArrayList<>();
        Map<Long, Long> newIds = new HashMap<>();
        for (int i = 0; i < from.objectives().size(); i++) {
            Objective o = from.objectives().get(i);
            long id = -(i + 1L);
            if (o.id() != Objective.NEW_ID) {
                newIds.put(o.id(), id);
            }
            BigDecimal current = o.id() == Objective.NEW_ID ? null : currentValues.get(o.id());
            objectives.add(new Objective(id, o.metric(), o.customName(), current != null ? current : o.target(),
                    o.target(), clamp(o.due().plusYears(1), year)));
        }
        List<PlanAction> actions = new ArrayList<>();
        for (PlanAction a : from.actions()) {
            if (a.open()) {
                Long objective = a.objectiveId() == null ? null : newIds.get(a.objectiveId());
                actions.add(new PlanAction(PlanAction.NEW_ID, a.text(), a.owner(), clamp(a.due(), year), a.status(),
                        objective));
            }
        }
        List<Risk> risks = from.risks().stream().map(r -> r.withId(Risk.NEW_ID)).toList();
        List<BudgetLine> budget = from.budget().stream().map(b -> b.withId(BudgetLine.NEW_ID)).toList();
        return new AccountPlan(AccountPlan.NEW_ID, from.accountId(), year, PlanState.DRAFT, createdOn, from.summary(),
                from.swot(), objectives, List.of(), actions, List.of(), risks, budget, List.of(), PortfolioScores.NONE);
    }

    /** {@code day} moved into {@code year}: to 1 January when earlier, to 31 December when later. */
    static LocalDate clamp(LocalDate day, int year) {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        return day.isBefore(first) ? first : day.isAfter(last) ? last : day;
    }
}
