package keystone.plan.ui.internal;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.swt.ChartComposite;

import keystone.plan.ObjectiveProgress;
import keystone.plan.PlanStatus;
import keystone.plan.PlanVsActual;
import keystone.plan.RagStatus;
import keystone.ui.ChartExportDialog;
import keystone.ui.WidgetIds;

/**
 * Plan vs Actual: the quarterly revenue targets against actual sales as a chart (exportable to PNG, SVG and PDF) and
 * a table of both measures by quarter with the year's totals, the run-rate forecast for the year, and each
 * objective's traffic light. Everything comes from the plan's status, recomputed after each edit.
 */
final class PlanVsActualPage extends PlanFormPage {

    static final String ID = "keystone.plan.ui.pages.planVsActual";

    private ChartComposite chart;
    private PlanVsActual charted;
    private Table quarters;
    private Table objectives;
    private Label revenueYear;
    private Label marginYear;

    PlanVsActualPage(PlanEditor editor) {
        super(editor, ID, Messages.PlanVsActual_title);
    }

    @Override
    protected List<String> paths() {
        return List.of(); // nothing is edited here
    }

    @Override
    protected void createContent(Composite body) {
        GridLayoutFactory.fillDefaults().numColumns(2).margins(10, 10).spacing(12, 8).applyTo(body);
        // no properties/save/print menu: jfreechart-swt 1.0's Save-As calls a class removed from JFreeChart 1.5
        chart = new ChartComposite(body, SWT.NONE, null, false, false, false, true, true);
        chart.setData(WidgetIds.KEY, "pva.chart");
        GridDataFactory.fillDefaults().grab(true, true).hint(560, 300).applyTo(chart);
        Composite side = toolkit.createComposite(body);
        GridLayoutFactory.fillDefaults().spacing(6, 6).applyTo(side);
        GridDataFactory.fillDefaults().align(SWT.FILL, SWT.TOP).hint(300, SWT.DEFAULT).applyTo(side);
        revenueYear = figures(side, "pva.revenueYear");
        marginYear = figures(side, "pva.marginYear");
        Button export = toolkit.createButton(side, Messages.PlanVsActual_exportChart, SWT.PUSH);
        export.setData(WidgetIds.KEY, "pva.exportChart");
        export.addListener(SWT.Selection, e -> promptExportChart());

        quarters = table(body, "pva.quarters", Messages.PlanVsActual_quarter, Messages.PlanVsActual_revenueTarget,
                Messages.PlanVsActual_revenueActual, Messages.PlanVsActual_revenueVariance,
                Messages.PlanVsActual_cumulativeTarget, Messages.PlanVsActual_cumulativeActual,
                Messages.PlanVsActual_marginTarget, Messages.PlanVsActual_marginActual,
                Messages.PlanVsActual_marginVariance);
        objectives = table(body, "pva.objectives", Messages.Objectives_objective, Messages.Field_target,
                Messages.Objectives_current, Messages.Objectives_projected, Messages.Objectives_status);
        onRefresh(this::show);
    }

    private Label figures(Composite parent, String key) {
        Label label = toolkit.createLabel(parent, "", SWT.WRAP);
        label.setData(WidgetIds.KEY, key);
        GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(label);
        return label;
    }

    private Table table(Composite body, String key, String... titles) {
        Table table = toolkit.createTable(body, SWT.FULL_SELECTION | SWT.SINGLE | SWT.BORDER);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        table.setData(WidgetIds.KEY, key);
        for (int i = 0; i < titles.length; i++) {
            TableColumn column = new TableColumn(table, i == 0 ? SWT.LEFT : SWT.RIGHT);
            column.setText(titles[i]);
            column.setWidth(i == 0 ? 160 : 110);
        }
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(700, SWT.DEFAULT).applyTo(table);
        return table;
    }

    /** The status shown, or null while the first is computed; for tests. */
    PlanStatus shown() {
        return document().status();
    }

    private void show() {
        PlanStatus status = document().status();
        if (status == null) {
            revenueYear.setText(Messages.Situation_computing);
            return;
        }
        PlanVsActual vs = status.vsActual();
        if (!vs.equals(charted)) {
            charted = vs;
            chart.setChart(PlanReports.planVsActualChart(vs));
            chart.forceRedraw();
        }
        String currency = document().account().currency();
        revenueYear.setText(year(Messages.PlanVsActual_revenueYear, vs.revenue(), currency));
        marginYear.setText(year(Messages.PlanVsActual_marginYear, vs.margin(), currency));
        quarters.removeAll();
        for (PlanVsActual.QuarterRow q : vs.quarters()) {
            new TableItem(quarters, SWT.NONE).setText(new String[] {
                NLS.bind(Messages.Targets_quarterName, q.quarter().number()), Format.money(q.revenue().target()),
                Format.money(q.revenue().actual()), Format.signedMoney(q.revenue().variance()),
                Format.money(q.revenue().cumulativeTarget()), Format.money(q.revenue().cumulativeActual()),
                Format.money(q.margin().target()), Format.money(q.margin().actual()),
                Format.signedMoney(q.margin().variance())});
        }
        TableItem total = new TableItem(quarters, SWT.NONE);
        total.setText(new String[] {Messages.Targets_total, Format.money(vs.revenue().target()),
            Format.money(vs.revenue().actualToDate()), Format.signedMoney(vs.revenue().forecastVariance()), "", "",
            Format.money(vs.margin().target()), Format.money(vs.margin().actualToDate()),
            Format.signedMoney(vs.margin().forecastVariance())});
        objectives.removeAll();
        for (ObjectiveProgress p : status.objectives()) {
            TableItem row = new TableItem(objectives, SWT.NONE);
            var o = p.objective();
            row.setText(new String[] {PlanLabels.of(o), Format.value(o.metric(), o.target()),
                Format.value(o.metric(), p.current()), Format.value(o.metric(), p.projected()),
                PlanLabels.of(p.status())});
            row.setForeground(4, objectives.getDisplay().getSystemColor(color(p.status())));
        }
    }

    private static String year(String template, PlanVsActual.YearFigures y, String currency) {
        return NLS.bind(template, new Object[] {Format.money(y.target()), Format.money(y.targetToDate()),
            Format.money(y.actualToDate()), Format.signedMoney(y.varianceToDate()), Format.money(y.forecast()),
            Format.signedMoney(y.forecastVariance()), currency});
    }

    private static int color(RagStatus status) {
        if (status == null) {
            return SWT.COLOR_WIDGET_FOREGROUND;
        }
        return switch (status) {
            case RED -> SWT.COLOR_RED;
            case AMBER -> SWT.COLOR_DARK_YELLOW;
            case GREEN -> SWT.COLOR_DARK_GREEN;
        };
    }

    private void promptExportChart() {
        if (charted == null) {
            return;
        }
        ChartExportDialog.open(getSite().getShell(), null, this::exportChart);
    }

    /** Exports the chart shown to {@code file} (PNG, SVG or PDF by its extension) in a background job. */
    Job exportChart(Path file) {
        JFreeChart copy = PlanReports.planVsActualChart(charted); // the job must not share the chart on screen
        return PlanExport.chart(copy::draw, file);
    }
}
