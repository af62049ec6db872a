package keystone.plan.ui.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.IMessageManager;

import keystone.plan.AccountPlan;
import keystone.plan.ActionRules;
import keystone.plan.Metric;
import keystone.plan.Objective;
import keystone.plan.ObjectiveProgress;
import keystone.plan.PlanStatus;
import keystone.plan.PlanValidation;
import keystone.plan.RagStatus;

/**
 * The plan's measurable objectives: a table with each objective's baseline, target, due date, current value,
 * projection and traffic light (from the plan's status), and the number of actions serving it - flagged below the
 * two the plan needs; below, the selected objective's metric from the catalogue (or a name of its own), baseline,
 * target and due date.
 */
final class ObjectivesPage extends PlanFormPage {

    static final String ID = "keystone.plan.ui.pages.objectives";

    private ItemList<Objective> list;

    ObjectivesPage(PlanEditor editor) {
        super(editor, ID, Messages.Objectives_title);
    }

    @Override
    protected List<String> paths() {
        return List.of("objectives");
    }

    ItemList<Objective> list() {
        return list;
    }

    @Override
    protected void createContent(Composite body) {
        list = new ItemList<>(this, toolkit, body, "objectives", List.of(
                new ItemList.Column<>(Messages.Objectives_objective, 200, PlanLabels::of),
                new ItemList.Column<>(Messages.Field_baseline, 90, o -> Format.value(o.metric(), o.baseline())),
                new ItemList.Column<>(Messages.Field_target, 90, o -> Format.value(o.metric(), o.target())),
                new ItemList.Column<>(Messages.Field_due, 90, o -> o.due().toString()),
                new ItemList.Column<>(Messages.Objectives_current, 90,
                        o -> progress(o).map(p -> Format.value(o.metric(), p.current())).orElse(Format.NONE)),
                new ItemList.Column<>(Messages.Objectives_projected, 90,
                        o -> progress(o).map(p -> Format.value(o.metric(), p.projected())).orElse(Format.NONE)),
                new ItemList.Column<>(Messages.Objectives_status, 80,
                        o -> progress(o).map(p -> PlanLabels.of(p.status())).orElse(Format.NONE)),
                new ItemList.Column<>(Messages.Objectives_actions, 80, this::actions)),
                AccountPlan::objectives, AccountPlan::withObjectives, ObjectivesPage::newObjective, 140);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(list.root());
        list.rowColor(o -> {
            if (progress(o).map(p -> p.status() == RagStatus.RED).orElse(false)) {
                return SWT.COLOR_RED;
            }
            return thin(o) ? SWT.COLOR_DARK_YELLOW : null;
        });
        List<String> metrics = Arrays.stream(Metric.values()).map(PlanLabels::of).toList();
        list.combo("metric", Messages.Objectives_metric, () -> metrics, o -> o.metric().ordinal(),
                (o, i) -> new Objective(o.id(), Metric.values()[i], o.customName(), o.baseline(), o.target(), o.due()));
        Text custom = list.text("customName", Messages.Objectives_customName, false, Objective::customName,
                (o, t) -> new Objective(o.id(), o.metric(), t, o.baseline(), o.target(), o.due()));
        custom.setTextLimit(PlanValidation.NAME);
        list.onRefresh(o -> custom.setEnabled(o != null && o.metric() == Metric.CUSTOM && !document().readOnly()));
        list.text("baseline", Messages.Field_baseline, false, o -> Inputs.show(o.baseline()),
                (o, t) -> o.withBaseline(Inputs.number(t)));
        list.text("target", Messages.Field_target, false, o -> Inputs.show(o.target()),
                (o, t) -> o.withTarget(Inputs.number(t)));
        list.text("due", Messages.Field_due, false, o -> o.due().toString(), (o, t) -> o.withDue(Inputs.date(t)));
        list.label("current", Messages.Objectives_current, o -> progress(o)
                .map(p -> NLS.bind(Messages.Objectives_progress, new Object[] {Format.value(o.metric(), p.current()),
                    Format.value(o.metric(), p.projected()), PlanLabels.of(p.status())}))
                .orElse(o.metric().measurable() ? Messages.Objectives_noValue : Messages.Objectives_notMeasurable));
        list.label("actions", Messages.Objectives_actions, this::actions);
    }

    private static Objective newObjective(AccountPlan plan) {
        long lowest = plan.objectives().stream().mapToLong(Objective::id).min().orElse(0);
        long id = Math.min(lowest, 0) - 1; // a temporary id, so that actions can serve it before it is saved
        return new Objective(id, Metric.REVENUE, "", null, null, plan.lastDay());
    }

    /** The objective's progress in the latest status, matched by id (the status may be of an earlier edit). */
    private Optional<ObjectiveProgress> progress(Objective objective) {
        PlanStatus status = document().status();
        if (status == null || objective.id() == Objective.NEW_ID) {
            return Optional.empty();
        }
        return status.objectives().stream().filter(p -> p.objective().id() == objective.id()).findFirst();
    }

    private boolean thin(Objective objective) {
        return ActionRules.linkedActions(document().current(), objective) < ActionRules.MIN_ACTIONS_PER_OBJECTIVE;
    }

    private String actions(Objective objective) {
        int count = ActionRules.linkedActions(document().current(), objective);
        return thin(objective) ? NLS.bind(Messages.Objectives_thinCount, count) : String.valueOf(count);
    }

    @Override
    protected void pageMessages(IMessageManager manager) {
        AccountPlan plan = document().current();
        for (int i = 0; i < plan.objectives().size(); i++) {
            Objective o = plan.objectives().get(i);
            if (thin(o)) {
                manager.addMessage("thin#" + i, NLS.bind(Messages.Objectives_thin, new Object[] {i + 1,
                    PlanLabels.of(o), ActionRules.linkedActions(plan, o), ActionRules.MIN_ACTIONS_PER_OBJECTIVE}),
                        null, IMessageProvider.WARNING);
            }
        }
    }
}
