package keystone.plan.ui.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.commands.operations.IOperationHistory;
import org.eclipse.core.commands.operations.IUndoContext;
import org.eclipse.core.commands.operations.ObjectUndoContext;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.swt.ChartComposite;
import org.osgi.service.event.EventHandler;

import keystone.model.KeystoneTopics;
import keystone.plan.PlanService;
import keystone.plan.PortfolioRow;
import keystone.plan.PortfolioScores;
import keystone.ui.ChartExportDialog;
import keystone.ui.UndoHandlers;
import keystone.ui.WidgetIds;
import keystone.ui.internal.UiJobs;

/**
 * The key-account portfolio (domain brief, section 6): the accounts placed by attractiveness against our relative
 * strength in the four cells, with where those that moved stood last year; below, the accounts with their scores.
 * Selecting an account lets the user set its scores (0 to 10) in this year's plan, stored at once and undoable on
 * the view's own undo context.
 */
public final class PortfolioView extends ViewPart {

    public static final String ID = "keystone.plan.ui.views.portfolio";

    /** What the view shows, read in the background. */
    record Data(List<PortfolioRow> rows, Map<Long, PortfolioScores> scores, Map<Long, PortfolioScores> lastYear) {
    }

    private final int year = LocalDate.now().getYear();
    private PlanService plans;
    private IOperationHistory history;
    private IUndoContext undoContext;
    private IEventBroker broker;
    private final EventHandler reload = event -> reload();
    private Data data;
    private ChartComposite chart;
    private Table table;
    private Text attractiveness;
    private Text strength;
    private Button apply;
    private Label problem;
    private ScoreEdit lastEdit;
    /** Scores set, undone or redone here and maybe not stored yet: newer than {@link #data} until it catches up. */
    private final java.util.Map<Long, PortfolioScores> pending = new java.util.HashMap<>();

    @Override
    public void createPartControl(Composite parent) {
        plans = getSite().getService(PlanService.class);
        history = PlatformUI.getWorkbench().getOperationSupport().getOperationHistory();
        undoContext = new ObjectUndoContext(this);
        UndoHandlers.install(getSite(), getViewSite().getActionBars(), undoContext);

        SashForm sash = new SashForm(parent, SWT.VERTICAL);
        // no properties/save/print menu: jfreechart-swt 1.0's Save-As calls a class removed from JFreeChart 1.5
        chart = new ChartComposite(sash, SWT.NONE, null, false, false, false, true, true);
        chart.setData(WidgetIds.KEY, "portfolio.chart");
        Composite lower = new Composite(sash, SWT.NONE);
        GridLayoutFactory.fillDefaults().margins(4, 4).numColumns(2).applyTo(lower);
        table = new Table(lower, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        table.setData(WidgetIds.KEY, "portfolio.table");
        for (String title : new String[] {Messages.Dashboard_account, Messages.Portfolio_attractiveness,
            Messages.Portfolio_strength, Messages.Dashboard_cell, Messages.Portfolio_lastYear,
            Messages.Dashboard_movement}) {
            TableColumn column = new TableColumn(table, SWT.LEFT);
            column.setText(title);
            column.setWidth(title == Messages.Dashboard_account ? 220 : 130);
        }
        GridDataFactory.fillDefaults().grab(true, true).applyTo(table);
        table.addListener(SWT.Selection, e -> showSelected());
        createEditor(lower);
        sash.setWeights(3, 2);

        broker = getSite().getService(IEventBroker.class);
        broker.subscribe(KeystoneTopics.PLAN_CHANGED, reload);
        broker.subscribe(KeystoneTopics.ACCOUNT_ALL, reload);
        broker.subscribe(KeystoneTopics.DATABASE_ALL, reload);
        reload();
    }

    private void createEditor(Composite parent) {
        Composite editor = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(editor);
        GridDataFactory.fillDefaults().align(SWT.FILL, SWT.TOP).applyTo(editor);
        new Label(editor, SWT.NONE).setText(Messages.Portfolio_attractiveness);
        attractiveness = new Text(editor, SWT.BORDER | SWT.SINGLE);
        attractiveness.setData(WidgetIds.KEY, "portfolio.attractiveness");
        GridDataFactory.fillDefaults().hint(80, SWT.DEFAULT).applyTo(attractiveness);
        new Label(editor, SWT.NONE).setText(Messages.Portfolio_strength);
        strength = new Text(editor, SWT.BORDER | SWT.SINGLE);
        strength.setData(WidgetIds.KEY, "portfolio.strength");
        GridDataFactory.fillDefaults().hint(80, SWT.DEFAULT).applyTo(strength);
        apply = new Button(editor, SWT.PUSH);
        apply.setText(Messages.Portfolio_apply);
        apply.setData(WidgetIds.KEY, "portfolio.apply");
        GridDataFactory.fillDefaults().span(2, 1).applyTo(apply);
        apply.addListener(SWT.Selection, e -> applyTyped());
        attractiveness.addListener(SWT.DefaultSelection, e -> applyTyped());
        strength.addListener(SWT.DefaultSelection, e -> applyTyped());
        Button export = new Button(editor, SWT.PUSH);
        export.setText(Messages.PlanVsActual_exportChart);
        export.setData(WidgetIds.KEY, "portfolio.exportChart");
        GridDataFactory.fillDefaults().span(2, 1).applyTo(export);
        export.addListener(SWT.Selection, e -> ChartExportDialog.open(getSite().getShell(), null, this::exportChart));
        problem = new Label(editor, SWT.WRAP);
        problem.setData(WidgetIds.KEY, "portfolio.problem");
        problem.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_RED));
        GridDataFactory.fillDefaults().span(2, 1).hint(220, SWT.DEFAULT).applyTo(problem);
    }

    /** Reads the portfolio and every plan's scores again in the background. */
    public void reload() {
        PlanService service = plans;
        int planYear = year;
        UiJobs.run(Messages.Job_loadPortfolio, m -> read(service, planYear), loaded -> {
            if (!table.isDisposed()) {
                data = loaded;
                // a pending score is settled once the stored one equals it
                pending.entrySet().removeIf(e -> e.getValue().equals(loaded.scores().getOrDefault(e.getKey(),
                        PortfolioScores.NONE)));
                show();
            }
        });
    }

    static Data read(PlanService plans, int year) {
        List<PortfolioRow> rows = plans.portfolio(year, LocalDate.now());
        Map<Long, PortfolioScores> scores = plans.scores(year);
        Map<Long, PortfolioScores> lastYear = new HashMap<>(plans.scores(year - 1));
        lastYear.values().removeIf(s -> s.cell().isEmpty()); // only a scored plan has a place last year
        return new Data(rows, scores, lastYear);
    }

    private void show() {
        chart.setChart(PlanReports.portfolioChart(data.rows(), data.scores(), data.lastYear()));
        chart.forceRedraw();
        long selected = selectedRow() == null ? -1 : selectedRow().accountId();
        table.removeAll();
        for (PortfolioRow row : data.rows()) {
            PortfolioScores s = data.scores().getOrDefault(row.accountId(), PortfolioScores.NONE);
            TableItem item = new TableItem(table, SWT.NONE);
            item.setText(new String[] {row.accountName(), Format.score(s.attractiveness()), Format.score(s.strength()),
                PlanLabels.of(row.cell()), PlanLabels.of(row.lastYearCell()), DashboardView.movement(row)});
            item.setData(row);
            if (row.accountId() == selected) {
                table.setSelection(item);
            }
        }
        showSelected();
    }

    private PortfolioRow selectedRow() {
        int index = table.getSelectionIndex();
        return index < 0 ? null : (PortfolioRow) table.getItem(index).getData();
    }

    private void showSelected() {
        PortfolioRow row = selectedRow();
        boolean editable = row != null && row.hasPlan();
        PortfolioScores s = row == null ? PortfolioScores.NONE
                : data.scores().getOrDefault(row.accountId(), PortfolioScores.NONE);
        attractiveness.setText(Inputs.show(s.attractiveness()));
        strength.setText(Inputs.show(s.strength()));
        attractiveness.setEnabled(editable);
        strength.setEnabled(editable);
        apply.setEnabled(editable);
        problem.setText(row != null && !row.hasPlan() ? NLS.bind(Messages.DossierPage_noPlan, year) : "");
        problem.getParent().layout();
    }

    private void applyTyped() {
        PortfolioRow row = selectedRow();
        if (row == null || !row.hasPlan()) {
            return;
        }
        try {
            BigDecimal a = score(attractiveness.getText());
            BigDecimal s = score(strength.getText());
            problem.setText("");
            setScores(row.accountId(), row.accountName(), new PortfolioScores(a, s));
        } catch (Inputs.Invalid e) {
            problem.setText(e.getMessage());
        }
        problem.getParent().layout();
    }

    private static BigDecimal score(String text) throws Inputs.Invalid {
        BigDecimal value = Inputs.number(text);
        if (value != null && (value.signum() < 0 || value.compareTo(BigDecimal.TEN) > 0)) {
            throw new Inputs.Invalid(NLS.bind(Messages.Portfolio_badScore, text.strip()));
        }
        return value;
    }

    /**
     * Stores {@code scores} in the account's plan of this year as an undoable operation on the view's undo context;
     * returns it (its {@link ScoreEdit#last() job} stores them). Nothing happens when the scores are unchanged.
     */
    ScoreEdit setScores(long accountId, String accountName, PortfolioScores scores) {
        PortfolioScores before = pending.containsKey(accountId) ? pending.get(accountId) : data == null
                ? PortfolioScores.NONE : data.scores().getOrDefault(accountId, PortfolioScores.NONE);
        if (before.equals(scores)) {
            return null;
        }
        ScoreEdit edit = new ScoreEdit(plans, accountId, accountName, year, before, scores,
                shown -> pending.put(accountId, shown));
        edit.addContext(undoContext);
        try {
            history.execute(edit, null, null);
        } catch (ExecutionException e) {
            throw new IllegalStateException("storing scores is scheduled, it cannot fail here", e);
        }
        lastEdit = edit;
        return edit;
    }

    /** The last scores set; for tests. */
    ScoreEdit lastEdit() {
        return lastEdit;
    }

    IOperationHistory history() {
        return history;
    }

    IUndoContext undoContext() {
        return undoContext;
    }

    /** Exports the portfolio chart as shown to {@code file} (PNG, SVG or PDF by its extension) in a background job. */
    org.eclipse.core.runtime.jobs.Job exportChart(java.nio.file.Path file) {
        if (data == null) {
            return null;
        }
        // a chart of its own: the job must not share the one on screen
        JFreeChart copy = PlanReports.portfolioChart(data.rows(), data.scores(), data.lastYear());
        return PlanExport.chart(copy::draw, file);
    }

    /** What the view shows, or null before it is loaded; for tests. */
    Data data() {
        return data;
    }

    @Override
    public void setFocus() {
        table.setFocus();
    }

    @Override
    public void dispose() {
        if (broker != null) {
            broker.unsubscribe(reload);
        }
        if (history != null) {
            history.dispose(undoContext, true, true, true);
        }
        super.dispose();
    }
}
