package keystone.ui.internal.navigator;

import java.math.BigDecimal;
import java.text.Collator;
import java.text.NumberFormat;
import java.util.Comparator;
import java.util.function.Function;

import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;

import keystone.model.account.AccountSummary;
import keystone.ui.internal.Labels;
import keystone.ui.internal.Messages;

/**
 * The navigator's columns and their sorting: a click on a header sorts by it, a second click reverses.
 */
final class AccountColumns {

    private record Column(String title, int width, int style, Function<AccountSummary, String> text,
            Comparator<AccountSummary> order) {
    }

    private AccountColumns() {
    }

    /** Creates the navigator's own columns; returns the sorter, for columns other plugins add. */
    static Sorter create(TableViewer viewer) {
        Collator collator = Collator.getInstance();
        NumberFormat money = NumberFormat.getNumberInstance();
        money.setMaximumFractionDigits(0);
        Column[] columns = {
            new Column(Messages.Navigator_name, 190, SWT.LEFT, AccountSummary::name,
                    Comparator.comparing(AccountSummary::name, collator)),
            new Column(Messages.Navigator_type, 90, SWT.LEFT, a -> Labels.of(a.type()),
                    Comparator.comparing(a -> Labels.of(a.type()), collator)),
            new Column(Messages.Navigator_owner, 110, SWT.LEFT, AccountSummary::owner,
                    Comparator.comparing(AccountSummary::owner, collator)),
            new Column(Messages.Navigator_industry, 100, SWT.LEFT, AccountSummary::industry,
                    Comparator.comparing(AccountSummary::industry, collator)),
            new Column(Messages.Navigator_country, 85, SWT.LEFT, AccountSummary::country,
                    Comparator.comparing(AccountSummary::country, collator)),
            new Column(Messages.Navigator_revenue, 120, SWT.RIGHT, a -> money.format(revenue(a)),
                    Comparator.comparing(AccountColumns::revenue)),
        };
        Sorter sorter = new Sorter(viewer.getTable());
        viewer.setComparator(sorter);
        for (Column column : columns) {
            add(viewer, sorter, column);
        }
        sorter.sortBy(viewer.getTable().getColumn(0), columns[0].order());
        return sorter;
    }

    /** Adds one sortable column. */
    static void add(TableViewer viewer, Sorter sorter, String title, int width, int style,
            Function<AccountSummary, String> text, Comparator<AccountSummary> order) {
        add(viewer, sorter, new Column(title, width, style, text, order));
    }

    private static void add(TableViewer viewer, Sorter sorter, Column column) {
        TableViewerColumn c = new TableViewerColumn(viewer, column.style());
        c.getColumn().setText(column.title());
        c.getColumn().setWidth(column.width());
        c.getColumn().setMoveable(true);
        c.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return column.text().apply((AccountSummary) element);
            }
        });
        c.getColumn().addListener(SWT.Selection, e -> {
            sorter.sortBy(c.getColumn(), column.order());
            viewer.refresh();
        });
    }

    private static BigDecimal revenue(AccountSummary a) {
        return a.revenueLast12Months() == null ? BigDecimal.ZERO : a.revenueLast12Months();
    }

    /** Sorts by the chosen column, ties broken by id so the order is stable. */
    static final class Sorter extends ViewerComparator {
        private final Table table;
        private TableColumn column;
        private Comparator<AccountSummary> order;
        private boolean descending;

        Sorter(Table table) {
            this.table = table;
        }

        void sortBy(TableColumn newColumn, Comparator<AccountSummary> newOrder) {
            descending = newColumn == column && !descending;
            column = newColumn;
            order = newOrder;
            table.setSortColumn(column);
            table.setSortDirection(descending ? SWT.DOWN : SWT.UP);
        }

        @Override
        public int compare(Viewer viewer, Object e1, Object e2) {
            AccountSummary a = (AccountSummary) e1;
            AccountSummary b = (AccountSummary) e2;
            int result = order.thenComparingLong(AccountSummary::id).compare(a, b);
            return descending ? -result : result;
        }
    }
}
