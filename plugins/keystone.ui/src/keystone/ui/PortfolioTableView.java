package keystone.ui;

import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;
import org.osgi.service.event.EventHandler;

import keystone.model.KeystoneTopics;
import keystone.ui.internal.Messages;
import keystone.ui.internal.UiJobs;
import keystone.ui.internal.navigator.AccountsNavigatorView;

/**
 * Base of portfolio-wide list views that plugins contribute (at-risk accounts, open actions, coverage): rows loaded
 * in a background job, reloaded when the model announces a change,
 * sortable by any column, and a double-click opens the row's account.
 *
 * @param <T> the row type
 */
public abstract class PortfolioTableView<T> extends ViewPart {

    /** One column: title, width, text, and the order a click on its header sorts by. */
    public record Column<T>(String title, int width, int style, Function<T, String> text, Comparator<T> order) {
    }

    private TableViewer viewer;
    private Label summary;
    private IEventBroker broker;
    private Comparator<T> order;
    private boolean descending;
    private List<T> rows = List.of();
    private final EventHandler reload = event -> reload();

    protected abstract String widgetId();

    protected abstract List<Column<T>> columns();

    /**
     * Called on the UI thread (where services are looked up); the supplier it returns reads the rows in a background
     * job.
     */
    protected abstract Supplier<List<T>> loader();

    protected abstract long accountId(T row);

    protected abstract String accountName(T row);

    protected abstract String summary(List<T> rows);

    /** A row needing attention is drawn in red. */
    protected boolean alarming(T row) {
        return false;
    }

    /** The topics after which the rows are read again. */
    protected List<String> topics() {
        return List.of(KeystoneTopics.ACCOUNT_ALL, KeystoneTopics.SALES_ALL, KeystoneTopics.DATABASE_ALL);
    }

    @Override
    public void createPartControl(Composite parent) {
        GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(parent);
        summary = new Label(parent, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(summary);
        viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.getTable().setData(WidgetIds.KEY, widgetId());
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getControl());
        Color red = parent.getDisplay().getSystemColor(SWT.COLOR_RED);
        for (Column<T> column : columns()) {
            TableViewerColumn c = new TableViewerColumn(viewer, column.style());
            c.getColumn().setText(column.title());
            c.getColumn().setWidth(column.width());
            c.setLabelProvider(new ColumnLabelProvider() {
                @SuppressWarnings("unchecked")
                @Override
                public String getText(Object element) {
                    return column.text().apply((T) element);
                }

                @SuppressWarnings("unchecked")
                @Override
                public Color getForeground(Object element) {
                    return alarming((T) element) ? red : null;
                }
            });
            c.getColumn().addListener(SWT.Selection, e -> {
                descending = order == column.order() && !descending;
                order = column.order();
                viewer.refresh();
            });
        }
        viewer.setComparator(new ViewerComparator() {
            @SuppressWarnings("unchecked")
            @Override
            public int compare(Viewer v, Object a, Object b) {
                if (order == null) {
                    return Integer.compare(rows.indexOf(a), rows.indexOf(b)); // the service's order
                }
                int result = order.compare((T) a, (T) b);
                return descending ? -result : result;
            }
        });
        viewer.addDoubleClickListener(e -> {
            @SuppressWarnings("unchecked")
            T row = (T) viewer.getStructuredSelection().getFirstElement();
            if (row != null) {
                AccountsNavigatorView.open(getSite().getPage(), accountId(row), accountName(row));
            }
        });
        broker = getSite().getService(IEventBroker.class);
        topics().forEach(topic -> broker.subscribe(topic, reload));
        reload();
    }

    /** Reads the rows again in the background. */
    public void reload() {
        Supplier<List<T>> rowsLoader = loader();
        UiJobs.run(Messages.Job_loadPortfolio, monitor -> rowsLoader.get(), loaded -> {
            if (!viewer.getControl().isDisposed()) {
                rows = loaded;
                viewer.setInput(loaded);
                summary.setText(summary(loaded));
                summary.getParent().layout();
            }
        });
    }

    /** The rows as loaded, in the service's order; for tests. */
    public List<T> rows() {
        return rows;
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @Override
    public void dispose() {
        if (broker != null) {
            broker.unsubscribe(reload);
        }
        super.dispose();
    }
}
