package keystone.plan.ui.internal;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

import keystone.plan.PlanStatus;
import keystone.ui.WidgetIds;
import keystone.ui.internal.UiJobs;

/**
 * Compares two years' plans of an account side by side (targets, actuals, objectives met...), the two years chosen
 * from the account's plan years; each choice reads the plans in the background.
 */
final class CompareYearsDialog extends Dialog {

    private final PlanServices services;
    private final long accountId;
    private final String accountName;
    private final List<Integer> years;
    private Combo first;
    private Combo second;
    private Table table;
    private List<YearComparison.Row> rows = List.of();

    CompareYearsDialog(Shell parent, PlanServices services, long accountId, String accountName, List<Integer> years) {
        super(parent);
        this.services = services;
        this.accountId = accountId;
        this.accountName = accountName;
        this.years = List.copyOf(years);
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(NLS.bind(Messages.Compare_title, accountName));
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        Composite choice = new Composite(area, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(4).applyTo(choice);
        new Label(choice, SWT.NONE).setText(Messages.Compare_year);
        first = combo(choice, "compare.first", years.size() - 2);
        new Label(choice, SWT.NONE).setText(Messages.Compare_with);
        second = combo(choice, "compare.second", years.size() - 1);
        table = new Table(area, SWT.BORDER | SWT.FULL_SELECTION);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        table.setData(WidgetIds.KEY, "compare.table");
        for (int i = 0; i < 3; i++) {
            TableColumn column = new TableColumn(table, i == 0 ? SWT.LEFT : SWT.RIGHT);
            column.setWidth(i == 0 ? 220 : 150);
        }
        GridDataFactory.fillDefaults().grab(true, true).hint(540, 320).applyTo(table);
        load();
        return area;
    }

    private Combo combo(Composite parent, String key, int selected) {
        Combo combo = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
        combo.setData(WidgetIds.KEY, key);
        years.forEach(y -> combo.add(String.valueOf(y)));
        combo.select(Math.max(0, selected));
        combo.addListener(SWT.Selection, e -> load());
        return combo;
    }

    private void load() {
        int a = years.get(first.getSelectionIndex());
        int b = years.get(second.getSelectionIndex());
        LocalDate today = LocalDate.now();
        UiJobs.run(Messages.Job_loadPlans, m -> YearComparison.rows(status(a, today), status(b, today)), loaded -> {
            if (table.isDisposed()) {
                return;
            }
            rows = loaded;
            table.getColumn(0).setText(Messages.Compare_measure);
            table.getColumn(1).setText(String.valueOf(a));
            table.getColumn(2).setText(String.valueOf(b));
            table.removeAll();
            for (YearComparison.Row row : loaded) {
                new TableItem(table, SWT.NONE).setText(new String[] {row.measure(), row.first(), row.second()});
            }
        });
    }

    private PlanStatus status(int year, LocalDate today) {
        return services.plans().load(accountId, year).map(p -> services.plans().status(p, today)).orElse(null);
    }

    /** The rows shown; for tests. */
    List<YearComparison.Row> rows() {
        return rows;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.CLOSE_ID, IDialogConstants.CLOSE_LABEL, true);
    }

    @Override
    protected void buttonPressed(int buttonId) {
        if (buttonId == IDialogConstants.CLOSE_ID) {
            close();
        }
        super.buttonPressed(buttonId);
    }
}
