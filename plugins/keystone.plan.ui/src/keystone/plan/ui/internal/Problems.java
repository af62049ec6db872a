package keystone.plan.ui.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.osgi.util.NLS;

import keystone.plan.PlanValidation;

/**
 * Says in the user's language what a {@link PlanValidation.Problem} is about: the field named from its path
 * ({@code actions[1].owner} is "Action 2: owner") and what its rule asks for.
 */
final class Problems {

    /** {@code section[index].field}, {@code section.part[index]} or {@code section.part.field}. */
    private static final Pattern ITEM = Pattern.compile("([a-z]+)\\[(\\d+)\\](?:\\.([A-Za-z]+))?");
    private static final Pattern SWOT = Pattern.compile("swot\\.([a-z]+)\\.([a-z]+)\\[(\\d+)\\]");
    private static final Pattern TARGET = Pattern.compile("targets\\.(Q\\d)\\.([a-z]+)");

    private Problems() {
    }

    /** The problem as a sentence for the form's message area. */
    static String describe(PlanValidation.Problem problem, int year) {
        String field = field(problem.path());
        return switch (problem.rule()) {
            case REQUIRED -> NLS.bind(Messages.Rule_REQUIRED, field);
            case TOO_LONG -> NLS.bind(Messages.Rule_TOO_LONG, field);
            case NEGATIVE -> NLS.bind(Messages.Rule_NEGATIVE, field);
            case OUT_OF_RANGE -> NLS.bind(Messages.Rule_OUT_OF_RANGE, field,
                    problem.path().startsWith("scores") ? "10" : "100");
            case OUTSIDE_PLAN_YEAR -> NLS.bind(Messages.Rule_OUTSIDE_PLAN_YEAR, field, year);
            case UNKNOWN_OBJECTIVE -> NLS.bind(Messages.Rule_UNKNOWN_OBJECTIVE, field);
            case UNKNOWN_OWNER -> NLS.bind(Messages.Rule_UNKNOWN_OWNER, field);
        };
    }

    /** The field a path names, in words. */
    static String field(String path) {
        Matcher swot = SWOT.matcher(path);
        if (swot.matches()) {
            return NLS.bind(Messages.Path_swot, new Object[] {perspective(swot.group(1)), quadrant(swot.group(2)),
                Integer.parseInt(swot.group(3)) + 1});
        }
        Matcher target = TARGET.matcher(path);
        if (target.matches()) {
            return NLS.bind(Messages.Path_target, target.group(1), part(target.group(2)));
        }
        Matcher item = ITEM.matcher(path);
        if (item.matches()) {
            String what = NLS.bind(Messages.Path_item, section(item.group(1)), Integer.parseInt(item.group(2)) + 1);
            return item.group(3) == null ? what : NLS.bind(Messages.Path_itemPart, what, part(item.group(3)));
        }
        return switch (path) {
            case "summary" -> Messages.Situation_summary;
            case "scores.attractiveness" -> Messages.Portfolio_attractiveness;
            case "scores.strength" -> Messages.Portfolio_strength;
            default -> path;
        };
    }

    private static String section(String name) {
        return switch (name) {
            case "objectives" -> Messages.Path_objective;
            case "actions" -> Messages.Path_action;
            case "opportunities" -> Messages.Path_opportunity;
            case "risks" -> Messages.Path_risk;
            case "budget" -> Messages.Path_budgetLine;
            case "reviews" -> Messages.Path_review;
            default -> name;
        };
    }

    private static String part(String name) {
        return switch (name) {
            case "customName" -> Messages.Field_name;
            case "name" -> Messages.Field_name;
            case "baseline" -> Messages.Field_baseline;
            case "target" -> Messages.Field_target;
            case "due" -> Messages.Field_due;
            case "revenue" -> Messages.Field_revenue;
            case "margin" -> Messages.Field_margin;
            case "text" -> Messages.Field_text;
            case "owner" -> Messages.Field_owner;
            case "objective" -> Messages.Field_objective;
            case "value" -> Messages.Field_value;
            case "probability" -> Messages.Field_probability;
            case "mitigation" -> Messages.Field_mitigation;
            case "item" -> Messages.Field_item;
            case "amount" -> Messages.Field_amount;
            case "author" -> Messages.Field_author;
            case "notes" -> Messages.Field_notes;
            default -> name;
        };
    }

    private static String perspective(String name) {
        return "customer".equals(name) ? Messages.Swot_CUSTOMER : Messages.Swot_OURS;
    }

    private static String quadrant(String name) {
        return switch (name) {
            case "strengths" -> Messages.Swot_STRENGTHS;
            case "weaknesses" -> Messages.Swot_WEAKNESSES;
            case "opportunities" -> Messages.Swot_OPPORTUNITIES;
            default -> Messages.Swot_THREATS;
        };
    }
}
