package keystone.plan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * How complete a plan is: nine sections of equal weight, each either there or missing. The score is the share of
 * sections there in percent, rounded half up to a whole number (0, 11, 22, 33, 44, 56, 67, 78, 89, 100). A section
 * is there when:
 * <ul>
 * <li>{@link Section#SUMMARY}: the summary is not blank;</li>
 * <li>{@link Section#SWOT}: both the customer's and our SWOT hold at least one entry;</li>
 * <li>{@link Section#OBJECTIVES}: at least one objective;</li>
 * <li>{@link Section#TARGETS}: all four quarters have a revenue target above 0;</li>
 * <li>{@link Section#ACTIONS}: at least one action, and every objective is served by at least
 * {@link ActionRules#MIN_ACTIONS_PER_OBJECTIVE} actions that are not cancelled;</li>
 * <li>{@link Section#OPPORTUNITIES}, {@link Section#RISKS}, {@link Section#BUDGET}, {@link Section#REVIEWS}: at least
 * one entry.</li>
 * </ul>
 *
 * @param score   0 to 100
 * @param missing the sections missing, in section order
 */
public record Completeness(int score, List<Section> missing) {

    /** The sections of a plan, in the order of the plan. */
    public enum Section {
        SUMMARY,
        SWOT,
        OBJECTIVES,
        TARGETS,
        ACTIONS,
        OPPORTUNITIES,
        RISKS,
        BUDGET,
        REVIEWS
    }

    public Completeness {
        missing = List.copyOf(missing);
    }

    public boolean complete() {
        return missing.isEmpty();
    }

    public static Completeness of(AccountPlan plan) {
        List<Section> missing = new ArrayList<>();
        for (Section section : Section.values()) {
            if (!present(plan, section)) {
                missing.add(section);
            }
        }
        int sections = Section.values().length;
        int present = sections - missing.size();
        int score = (present * 200 + sections) / (2 * sections); // present * 100 / sections, rounded half up
        return new Completeness(score, missing);
    }

    private static boolean present(AccountPlan plan, Section section) {
        return switch (section) {
            case SUMMARY -> !plan.summary().isBlank();
            case SWOT -> !plan.swot().customer().isEmpty() && !plan.swot().ours().isEmpty();
            case OBJECTIVES -> !plan.objectives().isEmpty();
            case TARGETS -> plan.targets().stream()
                    .allMatch(t -> t.revenue() != null && t.revenue().compareTo(BigDecimal.ZERO) > 0);
            case ACTIONS -> !plan.actions().isEmpty() && ActionRules.thinObjectives(plan).isEmpty();
            case OPPORTUNITIES -> !plan.opportunities().isEmpty();
            case RISKS -> !plan.risks().isEmpty();
            case BUDGET -> !plan.budget().isEmpty();
            case REVIEWS -> !plan.reviews().isEmpty();
        };
    }
}
