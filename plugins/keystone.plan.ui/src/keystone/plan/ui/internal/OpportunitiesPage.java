package keystone.plan.ui.internal;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import keystone.plan.AccountPlan;
import keystone.plan.Opportunity;
import keystone.plan.PlanValidation;
import keystone.plan.SalesStage;
import keystone.ui.WidgetIds;

/**
 * The opportunities the plan pursues at the account: name, value, expected close, probability and the stage of our
 * sales process each is in, with the pipeline's total and probability-weighted value.
 */
final class OpportunitiesPage extends PlanFormPage {

    static final String ID = "keystone.plan.ui.pages.opportunities";

    /** A new opportunity's probability in percent: the first stage's usual chance. */
    static final int NEW_PROBABILITY = 10;

    OpportunitiesPage(PlanEditor editor) {
        super(editor, ID, Messages.Opportunities_title);
    }

    @Override
    protected List<String> paths() {
        return List.of("opportunities");
    }

    @Override
    protected void createContent(Composite body) {
        Label pipeline = toolkit.createLabel(body, "", SWT.WRAP);
        pipeline.setData(WidgetIds.KEY, "opportunities.pipeline");
        GridDataFactory.fillDefaults().grab(true, false).hint(400, SWT.DEFAULT).applyTo(pipeline);
        ItemList<Opportunity> list = new ItemList<>(this, toolkit, body, "opportunities", List.of(
                new ItemList.Column<>(Messages.Field_name, 240, Opportunity::name),
                new ItemList.Column<>(Messages.Field_value, 100, o -> Format.money(o.value())),
                new ItemList.Column<>(Messages.Opportunities_close, 100, o -> o.expectedClose().toString()),
                new ItemList.Column<>(Messages.Field_probability, 80, o -> o.probability() + " %"),
                new ItemList.Column<>(Messages.Opportunities_weighted, 100, o -> Format.money(o.weightedValue())),
                new ItemList.Column<>(Messages.Opportunities_stage, 200, o -> PlanLabels.of(o.stage()))),
                AccountPlan::opportunities, AccountPlan::withOpportunities, this::newOpportunity, 160);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(list.root());
        list.text("name", Messages.Field_name, false, Opportunity::name, (o, t) -> new Opportunity(o.id(), t,
                o.value(), o.expectedClose(), o.probability(), o.stage())).setTextLimit(PlanValidation.NAME);
        list.text("value", Messages.Field_value, false, o -> Inputs.show(o.value()), (o, t) -> new Opportunity(o.id(),
                o.name(), Inputs.number(t), o.expectedClose(), o.probability(), o.stage()));
        list.text("expectedClose", Messages.Opportunities_close, false, o -> o.expectedClose().toString(),
                (o, t) -> new Opportunity(o.id(), o.name(), o.value(), Inputs.date(t), o.probability(), o.stage()));
        list.text("probability", Messages.Field_probability, false, o -> String.valueOf(o.probability()),
                (o, t) -> new Opportunity(o.id(), o.name(), o.value(), o.expectedClose(), Inputs.percent(t),
                        o.stage()));
        List<String> stages = Arrays.stream(SalesStage.values()).map(PlanLabels::of).toList();
        list.combo("stage", Messages.Opportunities_stage, () -> stages, o -> o.stage().ordinal(),
                (o, i) -> new Opportunity(o.id(), o.name(), o.value(), o.expectedClose(), o.probability(),
                        SalesStage.values()[i]));
        onRefresh(() -> {
            List<Opportunity> all = document().current().opportunities();
            BigDecimal total = all.stream().map(Opportunity::value).filter(Objects::nonNull)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal weighted = all.stream().map(Opportunity::weightedValue).reduce(BigDecimal.ZERO, BigDecimal::add);
            pipeline.setText(NLS.bind(Messages.Opportunities_pipeline, new Object[] {all.size(), Format.money(total),
                Format.money(weighted)}));
        });
    }

    private Opportunity newOpportunity(AccountPlan plan) {
        return new Opportunity(Opportunity.NEW_ID, Messages.Opportunities_new, null, plan.lastDay(), NEW_PROBABILITY,
                SalesStage.INFORMATION_GATHERING);
    }
}
