package keystone.plan.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;

import org.eclipse.osgi.util.NLS;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import keystone.model.account.Account;
import keystone.plan.AccountPlan;
import keystone.plan.Quarter;

/**
 * Inline validation in the real plan editor: text that is no number or date is reported and never reaches the
 * plan, rule violations (negative targets, dates outside the plan year) keep the plan from being saved, and an
 * owner the account does not know is a warning only.
 */
class PlanInputTest {

    private final PlanUiFixture ui = new PlanUiFixture();

    @AfterEach
    void cleanUp() {
        ui.cleanUp();
    }

    private PlanEditor newPlan(Account account) {
        ui.plans().create(account.id(), ui.today.getYear());
        return ui.openPlan(account, ui.today.getYear());
    }

    @Test
    void aTargetThatIsNoNumberIsReportedAndANegativeOneIsNotSaved() {
        Account account = ui.freshAccount("Plan Input Test " + System.nanoTime());
        PlanEditor editor = newPlan(account);
        ui.show(editor, TargetsPage.ID);

        ui.driver.text(TargetsPage.key(Quarter.Q1, true)).setText("12x");
        ui.driver.waitUntil("the wrong number is reported", () -> ui.showsMessage(editor,
                NLS.bind(Messages.Input_notNumber, "12x")));
        assertNull(ui.driver.syncCall(() -> editor.document().current().target(Quarter.Q1).revenue()));
        assertFalse(ui.driver.syncCall(editor::isDirty), "nothing reached the plan");

        ui.driver.text(TargetsPage.key(Quarter.Q2, true)).setText("1000");
        ui.driver.executeCommand("org.eclipse.ui.file.save");
        ui.driver.waitUntil("saving is refused while a field is wrong", () -> ui.showsMessage(editor,
                NLS.bind(Messages.Editor_notSaved, NLS.bind(Messages.Input_notNumber, "12x"))));
        assertTrue(ui.driver.syncCall(editor::isDirty));

        ui.driver.text(TargetsPage.key(Quarter.Q1, true)).setText("-5");
        String negative = NLS.bind(Messages.Rule_NEGATIVE, Problems.field("targets.Q1.revenue"));
        ui.driver.waitUntil("a negative target is reported", () -> ui.showsMessage(editor, negative));
        ui.driver.executeCommand("org.eclipse.ui.file.save");
        ui.driver.waitUntil("and not saved", () -> ui.showsMessage(editor, NLS.bind(Messages.Editor_notSaved, negative)));
        assertNull(ui.plans().load(account.id(), ui.today.getYear()).orElseThrow().target(Quarter.Q2).revenue());

        ui.driver.text(TargetsPage.key(Quarter.Q1, true)).setText("5");
        ui.save(editor);
        AccountPlan stored = ui.plans().load(account.id(), ui.today.getYear()).orElseThrow();
        assertEquals(0, BigDecimal.valueOf(5).compareTo(stored.target(Quarter.Q1).revenue()));
        assertEquals(0, BigDecimal.valueOf(1000).compareTo(stored.target(Quarter.Q2).revenue()));
        assertFalse(ui.showsMessage(editor, NLS.bind(Messages.Editor_notSaved, "")), "the refusal is gone");
    }

    @Test
    void anActionDueOutsideThePlanYearIsAnErrorAndAnUnknownOwnerOnlyAWarning() {
        Account account = ui.freshAccount("Plan Owner Test " + System.nanoTime());
        PlanEditor editor = newPlan(account);
        ui.show(editor, ActionsPage.ID);
        ui.click("actions.add");
        ui.driver.text("actions.text").setText("Call the purchasing director");
        int outside = ui.today.getYear() - 1;
        ui.driver.text("actions.due").setText(outside + "-06-30");
        String outsideYear = NLS.bind(Messages.Rule_OUTSIDE_PLAN_YEAR, Problems.field("actions[0].due"),
                ui.today.getYear());
        ui.driver.waitUntil("a due date outside the year is reported", () -> ui.showsMessage(editor, outsideYear));
        ui.driver.text("actions.due").setText(ui.today.getYear() + "-12-31");
        ui.driver.waitUntil("and the report is gone once it is inside", () -> !ui.showsMessage(editor, outsideYear));

        ui.driver.text("actions.owner").setText("Somebody Unknown");
        String unknown = NLS.bind(Messages.Rule_UNKNOWN_OWNER, Problems.field("actions[0].owner"));
        ui.driver.waitUntil("an unknown owner is a warning", () -> ui.showsMessage(editor, unknown));
        assertTrue(ui.driver.syncCall(() -> editor.document().blockingProblems().isEmpty()), "only a warning");
        ui.save(editor);
        assertEquals("Somebody Unknown",
                ui.plans().load(account.id(), ui.today.getYear()).orElseThrow().actions().get(0).owner());
        ui.driver.waitUntil("once saved the owner is known", () -> !ui.showsMessage(editor, unknown));
    }
}
