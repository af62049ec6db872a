package keystone.abcxyz.ui.internal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;
import org.osgi.service.event.EventHandler;

import keystone.abcxyz.AbcClass;
import keystone.abcxyz.AbcXyzService;
import keystone.abcxyz.Classification;
import keystone.abcxyz.CustomerResult;
import keystone.abcxyz.Settings;
import keystone.abcxyz.XyzClass;
import keystone.model.KeystoneTopics;
import keystone.ui.ChartExportDialog;
import keystone.ui.WidgetIds;
import keystone.ui.internal.UiJobs;

/**
 * The ABC-XYZ matrix view: settings, the 3x3 heat map with strategies, and the customers of the selected cell,
 * from which a customer can be made a key account. Classification runs as a background job.
 */
public final class MatrixView extends ViewPart {

    public static final String ID = "keystone.abcxyz.ui.views.matrix";
    static final String ID_SUMMARY = "abcxyz.summary";

    private AbcXyzService analysis;
    private IEventBroker broker;
    private SettingsBar settingsBar;
    private HeatMap heatMap;
    private CustomerTable customers;
    private Label summary;
    private Classification shown;
    private AbcClass selectedAbc;
    private XyzClass selectedXyz;
    private final EventHandler dataChanged = event -> recomputeWithCurrentSettings();
    /** Another view or job classified: show the service's latest result (held in memory, no SQL). */
    private final EventHandler classified = event -> analysis.latest().ifPresent(this::show);

    @Override
    public void createPartControl(Composite parent) {
        analysis = getSite().getService(AbcXyzService.class);
        GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(parent);
        settingsBar = new SettingsBar(parent, this::recompute);
        summary = new Label(parent, SWT.NONE);
        summary.setData(WidgetIds.KEY, ID_SUMMARY);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(summary);
        SashForm sash = new SashForm(parent, SWT.VERTICAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
        heatMap = new HeatMap(sash);
        heatMap.control().setData(WidgetIds.KEY, "abcxyz.matrix");
        customers = new CustomerTable(sash);
        sash.setWeights(62, 38);
        heatMap.onSelect(this::selectCell);
        hookMakeKeyAccount();
        getViewSite().getActionBars().getToolBarManager().add(new Action(Messages.Charts_export) {
            @Override
            public void run() {
                exportMatrix();
            }
        });
        getViewSite().getActionBars().getToolBarManager().add(new Action(Messages.SaveRun) {
            @Override
            public void run() {
                saveRun();
            }
        });

        broker = getSite().getService(IEventBroker.class);
        broker.subscribe(KeystoneTopics.SALES_ALL, dataChanged);
        broker.subscribe(KeystoneTopics.DATABASE_ALL, dataChanged);
        broker.subscribe(KeystoneTopics.ACCOUNT_ALL, dataChanged); // key-account flags
        broker.subscribe(KeystoneTopics.ANALYSIS_CLASSIFIED, classified);
        UiJobs.deferred(Messages.Matrix_computing, monitor -> analysis.classify(analysis.defaultSettings(), monitor),
                this::show);
    }

    private void hookMakeKeyAccount() {
        MenuManager menu = new MenuManager();
        menu.add(new Action(Messages.MakeKeyAccount) {
            @Override
            public void run() {
                makeKeyAccount();
            }
        });
        customers.viewer().getControl().setMenu(menu.createContextMenu(customers.viewer().getControl()));
    }

    private void makeKeyAccount() {
        IStructuredSelection selection = customers.viewer().getStructuredSelection();
        if (selection.getFirstElement() instanceof CustomerResult customer) {
            KeyAccountMaker.make(getSite(), customer);
        }
    }

    private void exportMatrix() {
        if (shown == null) {
            return;
        }
        ChartExportDialog.open(getSite().getShell(), null, this::export);
    }

    /** Exports the heat map as shown to {@code file} (PNG, SVG or PDF by extension) in a background job. */
    public org.eclipse.core.runtime.jobs.Job export(java.nio.file.Path file) {
        return ChartsView.export(heatMap.drawing(), file);
    }

    private void saveRun() {
        Classification current = shown;
        if (current != null) {
            UiJobs.run(Messages.SaveRun, monitor -> analysis.save(current),
                    run -> setContentDescription(NLS.bind(Messages.SaveRun_done, run.id())));
        }
    }

    private void recomputeWithCurrentSettings() {
        settingsBar.read().ifPresent(this::recompute);
    }

    /** Classifies in the background with {@code settings}; the view updates when the result arrives. */
    public void recompute(Settings settings) {
        UiJobs.user(Messages.Matrix_computing, monitor -> analysis.classify(settings, monitor), this::show);
    }

    private void show(Classification classification) {
        if (summary == null || summary.isDisposed()) {
            return;
        }
        shown = classification;
        String when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
                .format(classification.computedAt().atZone(ZoneId.systemDefault()));
        summary.setText(classification.results().isEmpty() ? Messages.Matrix_empty
                : NLS.bind(Messages.Matrix_summary, new Object[] {classification.results().size(),
                    Format.money(classification.totalValue()), classification.settings().from(),
                    classification.settings().to(), when}));
        settingsBar.show(classification.settings());
        heatMap.show(classification);
        if (selectedAbc != null) {
            selectCell(selectedAbc, selectedXyz);
        }
    }

    private void selectCell(AbcClass abc, XyzClass xyz) {
        selectedAbc = abc;
        selectedXyz = xyz;
        List<CustomerResult> inCell = shown == null ? List.of()
                : shown.results().stream().filter(r -> r.abc() == abc && r.xyz() == xyz).toList();
        customers.show(inCell);
        setContentDescription(NLS.bind(Messages.Matrix_cell, abc.name() + xyz.name(), inCell.size()));
    }

    /** The classification on screen; for tests. */
    public Classification shown() {
        return shown;
    }

    /** Where a cell is on the heat map, in its own coordinates; for tests that click it. */
    public Point cellCentre(AbcClass abc, XyzClass xyz) {
        return heatMap.cellCentre(abc, xyz);
    }

    @Override
    public void setFocus() {
        heatMap.control().setFocus();
    }

    @Override
    public void dispose() {
        if (broker != null) {
            broker.unsubscribe(dataChanged);
            broker.unsubscribe(classified);
        }
        super.dispose();
    }
}
