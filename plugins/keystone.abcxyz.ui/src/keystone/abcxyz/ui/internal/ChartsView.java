package keystone.abcxyz.ui.internal;

import java.nio.file.Path;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.jface.action.Action;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.swt.ChartComposite;
import org.osgi.service.event.EventHandler;

import keystone.abcxyz.AbcXyzService;
import keystone.abcxyz.Classification;
import keystone.model.KeystoneTopics;
import keystone.ui.ChartExportDialog;
import keystone.ui.WidgetIds;

/**
 * The ABC-XYZ charts of the latest classification: a scatter of every customer by cumulative share and CV, and
 * the Pareto curve; each exports to PNG, SVG and PDF in a background job.
 */
public final class ChartsView extends ViewPart {

    public static final String ID = "keystone.abcxyz.ui.views.charts";
    static final int EXPORT_WIDTH = 1200;
    static final int EXPORT_HEIGHT = 800;

    private AbcXyzService analysis;
    private IEventBroker broker;
    private CTabFolder tabs;
    private ChartComposite scatter;
    private ChartComposite pareto;
    private Label hint;
    private ScatterHover hover;
    private Classification shown;
    private final EventHandler classified = event -> analysis.latest().ifPresent(this::show);

    @Override
    public void createPartControl(Composite parent) {
        analysis = getSite().getService(AbcXyzService.class);
        tabs = new CTabFolder(parent, SWT.BOTTOM | SWT.FLAT);
        hint = new Label(tabs, SWT.WRAP);
        hint.setText(Messages.Charts_noData);
        // no properties/save/print menu: jfreechart-swt 1.0's Save-As calls a class removed from JFreeChart 1.5
        scatter = new ChartComposite(tabs, SWT.NONE, null, false, false, false, true, false);
        scatter.setData(WidgetIds.KEY, "abcxyz.scatter");
        pareto = new ChartComposite(tabs, SWT.NONE, null, false, false, false, true, true);
        pareto.setData(WidgetIds.KEY, "abcxyz.pareto");
        tab(Messages.Charts_scatter, scatter);
        tab(Messages.Charts_pareto, pareto);
        tabs.setSelection(0);
        hover = new ScatterHover(scatter);
        getViewSite().getActionBars().getToolBarManager().add(new Action(Messages.Charts_export) {
            @Override
            public void run() {
                exportCurrent();
            }
        });
        broker = getSite().getService(IEventBroker.class);
        broker.subscribe(KeystoneTopics.ANALYSIS_CLASSIFIED, classified);
        analysis.latest().ifPresent(this::show);
    }

    private void tab(String title, ChartComposite chart) {
        CTabItem item = new CTabItem(tabs, SWT.NONE);
        item.setText(title);
        item.setControl(chart);
    }

    void show(Classification classification) {
        if (tabs.isDisposed()) {
            return;
        }
        shown = classification;
        scatter.setChart(Charts.scatter(classification));
        pareto.setChart(Charts.pareto(classification));
        hover.show(classification);
        scatter.forceRedraw();
        pareto.forceRedraw();
    }

    /** The chart on the selected tab, built afresh so the export job does not share it with the screen. */
    JFreeChart currentChartCopy() {
        return tabs.getSelectionIndex() == 1 ? Charts.pareto(shown) : Charts.scatter(shown);
    }

    private void exportCurrent() {
        if (shown == null) {
            return;
        }
        ChartExportDialog.open(getSite().getShell(), null, file -> export(currentChartCopy(), file));
    }

    /** Exports {@code chart} to {@code file} in a background job; the format follows the extension. */
    public static Job export(JFreeChart chart, Path file) {
        return export(chart::draw, file);
    }

    /** Exports any drawing (a chart, the matrix) to {@code file} in a background job. */
    static Job export(keystone.charts.Drawing drawing, Path file) {
        return ChartExportDialog.export(drawing, EXPORT_WIDTH, EXPORT_HEIGHT, file, Messages.Charts_exportJob,
                Messages.Charts_exportFailed);
    }

    /** The classification on screen; for tests. */
    public Classification shown() {
        return shown;
    }

    @Override
    public void setFocus() {
        tabs.setFocus();
    }

    @Override
    public void dispose() {
        if (broker != null) {
            broker.unsubscribe(classified);
        }
        super.dispose();
    }
}
