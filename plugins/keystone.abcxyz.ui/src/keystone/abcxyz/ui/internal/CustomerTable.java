package keystone.abcxyz.ui.internal;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;

import keystone.abcxyz.CustomerResult;
import keystone.ui.WidgetIds;

/**
 * The customers of the selected matrix cell, sortable by any column; key accounts, new and lapsed customers
 * flagged.
 */
final class CustomerTable {

    static final String ID = "abcxyz.customers";

    private record Column(String title, int width, int style, Function<CustomerResult, String> text,
            Comparator<CustomerResult> order) {
    }

    private final TableViewer viewer;
    private Comparator<CustomerResult> order = Comparator.comparingInt(CustomerResult::rank);
    private boolean descending;

    CustomerTable(Composite parent) {
        viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI | SWT.VIRTUAL);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.getTable().setData(WidgetIds.KEY, ID);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        Collator collator = Collator.getInstance();
        List<Column> columns = List.of(
                new Column(Messages.Column_rank, 60, SWT.RIGHT, r -> Integer.toString(r.rank()),
                        Comparator.comparingInt(CustomerResult::rank)),
                new Column(Messages.Column_customer, 240, SWT.LEFT, CustomerResult::name,
                        Comparator.comparing(CustomerResult::name, collator)),
                new Column(Messages.Column_id, 80, SWT.LEFT, CustomerResult::customerId,
                        Comparator.comparing(CustomerResult::customerId)),
                new Column(Messages.Column_value, 110, SWT.RIGHT, r -> Format.money(r.value()),
                        Comparator.comparingDouble(CustomerResult::value)),
                new Column(Messages.Column_shareBefore, 100, SWT.RIGHT, r -> Format.percent(r.cumulativeShare()),
                        Comparator.comparingDouble(CustomerResult::cumulativeShare)),
                new Column(Messages.Column_cv, 60, SWT.RIGHT, r -> Format.decimal(r.cv()),
                        Comparator.comparingDouble(r -> Double.isNaN(r.cv()) ? Double.MAX_VALUE : r.cv())),
                new Column(Messages.Column_flags, 160, SWT.LEFT, CustomerTable::flags,
                        Comparator.comparing(CustomerTable::flags)));
        for (Column column : columns) {
            TableViewerColumn c = new TableViewerColumn(viewer, column.style());
            c.getColumn().setText(column.title());
            c.getColumn().setWidth(column.width());
            c.setLabelProvider(new ColumnLabelProvider() {
                @Override
                public String getText(Object element) {
                    return column.text().apply((CustomerResult) element);
                }
            });
            c.getColumn().addListener(SWT.Selection, e -> {
                descending = order == column.order() && !descending;
                order = column.order();
                viewer.getTable().setSortColumn(c.getColumn());
                viewer.getTable().setSortDirection(descending ? SWT.DOWN : SWT.UP);
                viewer.refresh();
            });
        }
        viewer.setComparator(new ViewerComparator() {
            @Override
            public int compare(Viewer v, Object a, Object b) {
                int result = order.thenComparingInt(CustomerResult::rank).compare((CustomerResult) a, (CustomerResult) b);
                return descending ? -result : result;
            }
        });
    }

    static String flags(CustomerResult r) {
        List<String> flags = new ArrayList<>();
        if (r.keyAccount()) {
            flags.add("★ " + Messages.Flag_keyAccount);
        }
        if (r.newCustomer()) {
            flags.add(Messages.Flag_new);
        }
        if (r.lapsed()) {
            flags.add(Messages.Flag_lapsed);
        }
        return String.join(", ", flags);
    }

    TableViewer viewer() {
        return viewer;
    }

    void show(List<CustomerResult> customers) {
        viewer.setInput(customers);
    }
}
