package keystone.plan.ui.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import keystone.plan.AccountPlan;
import keystone.plan.ActionStatus;
import keystone.plan.Objective;
import keystone.plan.PlanAction;
import keystone.plan.PlanValidation;
import keystone.ui.WidgetIds;

/**
 * The plan's actions: what, who, by when, how far, and the objective each serves; overdue ones in red. Owners are
 * checked against the people the account knows (its owner and team, and everyone already in the plan): an unknown
 * owner is a warning, not an error.
 */
final class ActionsPage extends PlanFormPage {

    static final String ID = "keystone.plan.ui.pages.actions";

    /** A new action is due this many days from today (kept inside the plan year). */
    static final int NEW_ACTION_DAYS = 30;

    private ItemList<PlanAction> list;

    ActionsPage(PlanEditor editor) {
        super(editor, ID, Messages.Actions_title);
    }

    @Override
    protected List<String> paths() {
        return List.of("actions");
    }

    ItemList<PlanAction> list() {
        return list;
    }

    @Override
    protected void createContent(Composite body) {
        LocalDate today = document().today();
        list = new ItemList<>(this, toolkit, body, "actions", List.of(
                new ItemList.Column<>(Messages.Field_text, 260, PlanAction::text),
                new ItemList.Column<>(Messages.Field_owner, 140, PlanAction::owner),
                new ItemList.Column<>(Messages.Field_due, 90, a -> a.due().toString()),
                new ItemList.Column<>(Messages.Actions_status, 100, a -> PlanLabels.of(a.status())),
                new ItemList.Column<>(Messages.Field_objective, 180, this::objective),
                new ItemList.Column<>(Messages.Actions_overdue, 80, a -> a.overdue(today) ? Messages.Actions_overdueMark
                        : "")),
                AccountPlan::actions, AccountPlan::withActions, this::newAction, 160);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(list.root());
        list.rowColor(a -> a.overdue(today) ? SWT.COLOR_RED : null);
        list.text("text", Messages.Field_text, true, PlanAction::text,
                (a, t) -> new PlanAction(a.id(), t, a.owner(), a.due(), a.status(), a.objectiveId()))
                .setTextLimit(PlanValidation.TEXT);
        list.text("owner", Messages.Field_owner, false, PlanAction::owner,
                (a, t) -> new PlanAction(a.id(), a.text(), t, a.due(), a.status(), a.objectiveId()))
                .setTextLimit(PlanValidation.PERSON);
        list.text("due", Messages.Field_due, false, a -> a.due().toString(), (a, t) -> a.withDue(Inputs.date(t)));
        List<String> statuses = Arrays.stream(ActionStatus.values()).map(PlanLabels::of).toList();
        list.combo("status", Messages.Actions_status, () -> statuses, a -> a.status().ordinal(),
                (a, i) -> a.withStatus(ActionStatus.values()[i]));
        list.combo("objective", Messages.Field_objective, this::objectiveChoices, this::objectiveIndex,
                (a, i) -> a.withObjectiveId(i == 0 ? null : document().current().objectives().get(i - 1).id()));

        Label known = toolkit.createLabel(body, "", SWT.WRAP);
        known.setData(WidgetIds.KEY, "actions.knownOwners");
        GridDataFactory.fillDefaults().grab(true, false).hint(400, SWT.DEFAULT).applyTo(known);
        onRefresh(() -> known.setText(NLS.bind(Messages.Actions_knownOwners,
                String.join(", ", document().knownOwners()))));
    }

    private PlanAction newAction(AccountPlan plan) {
        LocalDate due = document().today().plusDays(NEW_ACTION_DAYS);
        due = due.isBefore(plan.firstDay()) ? plan.firstDay() : due.isAfter(plan.lastDay()) ? plan.lastDay() : due;
        String owner = document().account() == null ? "" : document().account().owner();
        return new PlanAction(PlanAction.NEW_ID, Messages.Actions_new, owner, due, ActionStatus.OPEN, null);
    }

    /** "(none)" and the plan's objectives, numbered. */
    private List<String> objectiveChoices() {
        List<String> choices = new ArrayList<>();
        choices.add(Messages.Actions_noObjective);
        List<Objective> objectives = document().current().objectives();
        for (int i = 0; i < objectives.size(); i++) {
            choices.add(label(i, objectives.get(i)));
        }
        return choices;
    }

    private int objectiveIndex(PlanAction action) {
        if (action.objectiveId() == null) {
            return 0;
        }
        List<Objective> objectives = document().current().objectives();
        for (int i = 0; i < objectives.size(); i++) {
            if (action.serves(objectives.get(i).id())) {
                return i + 1;
            }
        }
        return -1; // an objective no longer in the plan; validation reports it
    }

    private String objective(PlanAction action) {
        int index = objectiveIndex(action);
        return index <= 0 ? "" : label(index - 1, document().current().objectives().get(index - 1));
    }

    /** "2. Share of wallet": numbered, since two objectives may carry the same metric. */
    static String label(int index, Objective objective) {
        return (index + 1) + ". " + PlanLabels.of(objective);
    }
}
