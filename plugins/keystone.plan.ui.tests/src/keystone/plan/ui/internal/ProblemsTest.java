package keystone.plan.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.eclipse.osgi.util.NLS;
import org.junit.jupiter.api.Test;

import keystone.plan.PlanValidation;

/**
 * Validation problems in words: every kind of path names its field.
 */
class ProblemsTest {

    @Test
    void pathsNameTheirFields() {
        assertEquals(NLS.bind(Messages.Path_item, Messages.Path_action, 2) + ": " + Messages.Field_owner,
                Problems.field("actions[1].owner"));
        assertEquals(NLS.bind(Messages.Path_target, "Q3", Messages.Field_margin), Problems.field("targets.Q3.margin"));
        assertEquals(NLS.bind(Messages.Path_swot, new Object[] {Messages.Swot_OURS, Messages.Swot_THREATS, 1}),
                Problems.field("swot.ours.threats[0]"));
        assertEquals(Messages.Situation_summary, Problems.field("summary"));
    }

    @Test
    void rangesSayTheirLimits() {
        assertEquals(NLS.bind(Messages.Rule_OUT_OF_RANGE, Messages.Portfolio_strength, "10"), Problems.describe(
                new PlanValidation.Problem("scores.strength", PlanValidation.Rule.OUT_OF_RANGE, "x"), 2026));
        assertEquals(NLS.bind(Messages.Rule_OUTSIDE_PLAN_YEAR, Problems.field("objectives[0].due"), 2026),
                Problems.describe(new PlanValidation.Problem("objectives[0].due",
                        PlanValidation.Rule.OUTSIDE_PLAN_YEAR, "x"), 2026));
    }
}
