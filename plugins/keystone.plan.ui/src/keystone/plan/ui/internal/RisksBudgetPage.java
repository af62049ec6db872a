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
import keystone.plan.BudgetLine;
import keystone.plan.PlanValidation;
import keystone.plan.Risk;
import keystone.plan.RiskLevel;
import keystone.ui.WidgetIds;

/**
 * The risks to the plan, rated by probability and impact with what we do about each (the most severe in red), and
 * the budget - the cost to serve the account - line by line with its total.
 */
final class RisksBudgetPage extends PlanFormPage {

    static final String ID = "keystone.plan.ui.pages.risksBudget";

    /** Severity (probability times impact, 1 to 9) from which a risk shows in red. */
    static final int SEVERE = 6;

    RisksBudgetPage(PlanEditor editor) {
        super(editor, ID, Messages.RisksBudget_title);
    }

    @Override
    protected List<String> paths() {
        return List.of("risks", "budget");
    }

    @Override
    protected void createContent(Composite body) {
        Composite risks = section(body, Messages.Risks_title, 1);
        ItemList<Risk> riskList = new ItemList<>(this, toolkit, risks, "risks", List.of(
                new ItemList.Column<>(Messages.Field_text, 280, Risk::text),
                new ItemList.Column<>(Messages.Field_probability, 90, r -> PlanLabels.of(r.probability())),
                new ItemList.Column<>(Messages.Risks_impact, 90, r -> PlanLabels.of(r.impact())),
                new ItemList.Column<>(Messages.Risks_severity, 70, r -> String.valueOf(r.severity())),
                new ItemList.Column<>(Messages.Field_mitigation, 280, Risk::mitigation)),
                AccountPlan::risks, AccountPlan::withRisks,
                p -> new Risk(Risk.NEW_ID, Messages.Risks_new, RiskLevel.MEDIUM, RiskLevel.MEDIUM, ""), 120);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(riskList.root());
        riskList.rowColor(r -> r.severity() >= SEVERE ? SWT.COLOR_RED : null);
        riskList.text("text", Messages.Field_text, true, Risk::text,
                (r, t) -> new Risk(r.id(), t, r.probability(), r.impact(), r.mitigation()))
                .setTextLimit(PlanValidation.TEXT);
        List<String> levels = Arrays.stream(RiskLevel.values()).map(PlanLabels::of).toList();
        riskList.combo("probability", Messages.Field_probability, () -> levels, r -> r.probability().ordinal(),
                (r, i) -> new Risk(r.id(), r.text(), RiskLevel.values()[i], r.impact(), r.mitigation()));
        riskList.combo("impact", Messages.Risks_impact, () -> levels, r -> r.impact().ordinal(),
                (r, i) -> new Risk(r.id(), r.text(), r.probability(), RiskLevel.values()[i], r.mitigation()));
        riskList.text("mitigation", Messages.Field_mitigation, true, Risk::mitigation,
                (r, t) -> new Risk(r.id(), r.text(), r.probability(), r.impact(), t)).setTextLimit(PlanValidation.TEXT);

        Composite budget = section(body, Messages.Budget_title, 1);
        ItemList<BudgetLine> budgetList = new ItemList<>(this, toolkit, budget, "budget", List.of(
                new ItemList.Column<>(Messages.Field_item, 320, BudgetLine::item),
                new ItemList.Column<>(Messages.Field_amount, 120, b -> Format.money(b.amount()))),
                AccountPlan::budget, AccountPlan::withBudget,
                p -> new BudgetLine(BudgetLine.NEW_ID, Messages.Budget_new, BigDecimal.ZERO), 100);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(budgetList.root());
        budgetList.text("item", Messages.Field_item, false, BudgetLine::item,
                (b, t) -> new BudgetLine(b.id(), t, b.amount())).setTextLimit(PlanValidation.NAME);
        budgetList.text("amount", Messages.Field_amount, false, b -> Inputs.show(b.amount()),
                (b, t) -> new BudgetLine(b.id(), b.item(), Inputs.number(t)));
        Label total = toolkit.createLabel(budget, "", SWT.NONE);
        total.setData(WidgetIds.KEY, "budget.total");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(total);
        onRefresh(() -> total.setText(NLS.bind(Messages.Budget_total, Format.money(total(document().current())),
                document().account().currency())));
    }

    static BigDecimal total(AccountPlan plan) {
        return plan.budget().stream().map(BudgetLine::amount).filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
