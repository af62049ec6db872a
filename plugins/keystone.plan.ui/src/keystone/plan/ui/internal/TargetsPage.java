package keystone.plan.ui.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import keystone.plan.AccountPlan;
import keystone.plan.PlanActuals;
import keystone.plan.Quarter;
import keystone.plan.QuarterTarget;
import keystone.ui.WidgetIds;
import keystone.ui.internal.UiJobs;

/**
 * The plan's revenue and margin targets by quarter, with the year's totals and, for reference, last year's actual
 * sales of each quarter. Every figure typed is checked to be a number; negative ones are reported.
 */
final class TargetsPage extends PlanFormPage {

    static final String ID = "keystone.plan.ui.pages.targets";

    private PlanActuals lastYear;
    private boolean loading;

    TargetsPage(PlanEditor editor) {
        super(editor, ID, Messages.Targets_title);
    }

    @Override
    protected List<String> paths() {
        return List.of("targets");
    }

    /** The widget id and message key of a quarter's target: {@code targets.Q1.revenue}. */
    static String key(Quarter quarter, boolean revenue) {
        return "targets." + quarter + (revenue ? ".revenue" : ".margin");
    }

    @Override
    protected void createContent(Composite body) {
        Composite grid = section(body, Messages.Targets_title, 5);
        GridDataFactory.fillDefaults().grab(false, false).applyTo(grid.getParent());
        for (String title : new String[] {Messages.Targets_quarter, Messages.Targets_revenue, Messages.Targets_margin,
            Messages.Targets_lastYearRevenue, Messages.Targets_lastYearMargin}) {
            Label header = toolkit.createLabel(grid, title);
            header.setFont(org.eclipse.jface.resource.JFaceResources.getBannerFont());
        }
        List<Label> references = new ArrayList<>();
        for (Quarter q : Quarter.values()) {
            toolkit.createLabel(grid, NLS.bind(Messages.Targets_quarterName, q.number()));
            target(grid, q, true);
            target(grid, q, false);
            references.add(reference(grid, "targets." + q + ".lastYearRevenue"));
            references.add(reference(grid, "targets." + q + ".lastYearMargin"));
        }
        toolkit.createLabel(grid, Messages.Targets_total).setFont(
                org.eclipse.jface.resource.JFaceResources.getBannerFont());
        Label totalRevenue = reference(grid, "targets.total.revenue");
        Label totalMargin = reference(grid, "targets.total.margin");
        Label lastRevenue = reference(grid, "targets.total.lastYearRevenue");
        Label lastMargin = reference(grid, "targets.total.lastYearMargin");
        Label hint = toolkit.createLabel(body, Messages.Targets_hint, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(400, SWT.DEFAULT).applyTo(hint);
        GridLayoutFactory.fillDefaults().numColumns(5).margins(4, 4).spacing(16, 6).applyTo(grid);

        onRefresh(() -> {
            AccountPlan plan = document().current();
            totalRevenue.setText(Format.money(total(plan, QuarterTarget::revenue)));
            totalMargin.setText(Format.money(total(plan, QuarterTarget::margin)));
            if (lastYear == null) {
                loadLastYear();
                return;
            }
            for (Quarter q : Quarter.values()) {
                references.get(q.ordinal() * 2).setText(Format.money(lastYear.quarter(q).revenue()));
                references.get(q.ordinal() * 2 + 1).setText(Format.money(lastYear.quarter(q).margin()));
            }
            lastRevenue.setText(Format.money(lastYear.revenue()));
            lastMargin.setText(Format.money(lastYear.margin()));
        });
    }

    private void target(Composite grid, Quarter quarter, boolean revenue) {
        Text text = field(grid, key(quarter, revenue), SWT.SINGLE | SWT.RIGHT,
                p -> Inputs.show(revenue ? p.target(quarter).revenue() : p.target(quarter).margin()),
                (p, t) -> p.withTargets(with(p, quarter, revenue, Inputs.number(t))));
        GridDataFactory.fillDefaults().hint(120, SWT.DEFAULT).applyTo(text);
    }

    private Label reference(Composite grid, String key) {
        Label label = toolkit.createLabel(grid, "", SWT.RIGHT);
        label.setData(WidgetIds.KEY, key);
        GridDataFactory.fillDefaults().hint(120, SWT.DEFAULT).applyTo(label);
        return label;
    }

    private void loadLastYear() {
        if (loading) {
            return;
        }
        loading = true;
        PlanDocument d = document();
        long account = d.current().accountId();
        int year = d.current().year() - 1;
        UiJobs.run(Messages.Job_actuals, m -> editor.services().plans().actuals(account, year, d.today()), actuals -> {
            lastYear = actuals;
            refresh();
        });
    }

    /** The plan's targets with one quarter's revenue or margin replaced. */
    static List<QuarterTarget> with(AccountPlan plan, Quarter quarter, boolean revenue, BigDecimal value) {
        List<QuarterTarget> targets = new ArrayList<>(plan.targets());
        QuarterTarget t = plan.target(quarter);
        targets.set(quarter.ordinal(), revenue ? new QuarterTarget(quarter, value, t.margin())
                : new QuarterTarget(quarter, t.revenue(), value));
        return targets;
    }

    /** The sum of the quarters' targets; quarters without one count as 0. */
    static BigDecimal total(AccountPlan plan, Function<QuarterTarget, BigDecimal> measure) {
        return plan.targets().stream().map(measure).filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
