package keystone.abcxyz.ui.internal;

import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.part.ViewPart;
import org.osgi.service.event.EventHandler;

import keystone.abcxyz.AbcXyzService;
import keystone.abcxyz.Classification;
import keystone.abcxyz.RunInfo;
import keystone.abcxyz.Settings;
import keystone.abcxyz.Transition;
import keystone.model.KeystoneTopics;
import keystone.ui.WidgetIds;
import keystone.ui.internal.UiJobs;

/**
 * How customers moved between two classifications (two calendar years, or two stored runs): the 9x9 transition
 * matrix and the list of movers, with key accounts that fell out of A highlighted.
 */
public final class MovementView extends ViewPart {

    public static final String ID = "keystone.abcxyz.ui.views.movement";

    /** One choice of the From and To lists: a calendar year or a stored run. */
    private record Choice(String label, Integer year, Long runId) {
    }

    private AbcXyzService analysis;
    private IEventBroker broker;
    private Combo from;
    private Combo to;
    private Label summary;
    private Table matrix;
    private Table movers;
    private List<Choice> choices = List.of();
    private final EventHandler runsChanged = event -> loadChoices();

    @Override
    public void createPartControl(Composite parent) {
        analysis = getSite().getService(AbcXyzService.class);
        GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(parent);
        Composite bar = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(5).applyTo(bar);
        new Label(bar, SWT.NONE).setText(Messages.Movement_from);
        from = new Combo(bar, SWT.READ_ONLY);
        from.setData(WidgetIds.KEY, "abcxyz.movement.from");
        new Label(bar, SWT.NONE).setText(Messages.Movement_to);
        to = new Combo(bar, SWT.READ_ONLY);
        to.setData(WidgetIds.KEY, "abcxyz.movement.to");
        Button compare = new Button(bar, SWT.PUSH);
        compare.setText(Messages.Movement_compare);
        compare.setData(WidgetIds.KEY, "abcxyz.movement.compare");
        compare.addListener(SWT.Selection, e -> compare());
        summary = new Label(parent, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(summary);
        SashForm sash = new SashForm(parent, SWT.VERTICAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
        matrix = table(sash, "abcxyz.movement.matrix");
        movers = table(sash, "abcxyz.movement.movers");
        createMatrixColumns();
        for (String title : new String[] {Messages.Movement_moverCustomer, Messages.Movement_moverFrom,
            Messages.Movement_moverTo, Messages.Movement_keyAccount}) {
            TableColumn column = new TableColumn(movers, SWT.LEFT);
            column.setText(title);
            column.setWidth(title.equals(Messages.Movement_moverCustomer) ? 260 : 90);
        }
        broker = getSite().getService(IEventBroker.class);
        broker.subscribe(KeystoneTopics.ANALYSIS_RUNS_CHANGED, runsChanged);
        loadChoices();
    }

    private static Table table(Composite parent, String id) {
        Table table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        table.setData(WidgetIds.KEY, id);
        return table;
    }

    private void createMatrixColumns() {
        TableColumn corner = new TableColumn(matrix, SWT.LEFT);
        corner.setText(Messages.Movement_fromCell);
        corner.setWidth(70);
        for (String cell : Transition.CELLS) {
            TableColumn column = new TableColumn(matrix, SWT.RIGHT);
            column.setText(cell);
            column.setWidth(52);
        }
    }

    private void loadChoices() {
        UiJobs.run(Messages.Movement_job, monitor -> {
            Settings defaults = analysis.defaultSettings();
            List<Choice> result = new ArrayList<>();
            int lastYear = defaults.to().getYear();
            for (int year = lastYear - 2; year <= lastYear; year++) {
                result.add(new Choice(NLS.bind(Messages.Movement_year, year), year, null));
            }
            DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT);
            for (RunInfo run : analysis.runs()) {
                result.add(new Choice(NLS.bind(Messages.Movement_run, new Object[] {run.id(),
                    when.format(run.computedAt().atZone(ZoneId.systemDefault())), run.settings().from(),
                    run.settings().to()}), null, run.id()));
            }
            return result;
        }, this::showChoices);
    }

    private void showChoices(List<Choice> loaded) {
        if (from.isDisposed()) {
            return;
        }
        choices = loaded;
        String[] labels = loaded.stream().map(Choice::label).toArray(String[]::new);
        from.setItems(labels);
        to.setItems(labels);
        if (loaded.size() >= 3) {
            from.select(1); // the year before the last full one
            to.select(2);
        }
    }

    private void compare() {
        if (from.getSelectionIndex() < 0 || to.getSelectionIndex() < 0) {
            return;
        }
        Choice a = choices.get(from.getSelectionIndex());
        Choice b = choices.get(to.getSelectionIndex());
        UiJobs.user(Messages.Movement_job, monitor -> analysis.compare(resolve(a, monitor), resolve(b, monitor)),
                this::show);
    }

    private Classification resolve(Choice choice, IProgressMonitor monitor) {
        if (choice.runId() != null) {
            return analysis.load(choice.runId());
        }
        Settings defaults = analysis.defaultSettings();
        Year year = Year.of(choice.year());
        return analysis.classify(defaults.withWindow(YearMonth.of(year.getValue(), 1), YearMonth.of(year.getValue(), 12)),
                monitor);
    }

    void show(Transition transition) {
        if (matrix.isDisposed()) {
            return;
        }
        matrix.removeAll();
        int[][] counts = transition.counts();
        for (int row = 0; row < Transition.CELLS.size(); row++) {
            TableItem item = new TableItem(matrix, SWT.NONE);
            item.setText(0, Transition.CELLS.get(row));
            for (int column = 0; column < Transition.CELLS.size(); column++) {
                item.setText(column + 1, Integer.toString(counts[row][column]));
                if (row == column) {
                    item.setBackground(column + 1, matrix.getDisplay().getSystemColor(SWT.COLOR_WIDGET_LIGHT_SHADOW));
                }
            }
        }
        movers.removeAll();
        long keyAccountsLeftA = 0;
        for (Transition.Mover mover : transition.movers()) {
            TableItem item = new TableItem(movers, SWT.NONE);
            item.setText(new String[] {mover.name().isBlank() ? mover.customerId() : mover.name(), mover.fromCell(),
                mover.toCell(), mover.keyAccount() ? "★" : ""});
            if (mover.keyAccount() && mover.leftA()) {
                keyAccountsLeftA++;
                item.setForeground(movers.getDisplay().getSystemColor(SWT.COLOR_RED));
            }
        }
        summary.setText(NLS.bind(Messages.Movement_summary, new Object[] {transition.movers().size(), keyAccountsLeftA,
            transition.onlyInFrom().size(), transition.onlyInTo().size()}));
        summary.getParent().layout();
    }

    @Override
    public void setFocus() {
        from.setFocus();
    }

    @Override
    public void dispose() {
        if (broker != null) {
            broker.unsubscribe(runsChanged);
        }
        super.dispose();
    }
}
