package keystone.ui.internal.navigator;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.core.commands.operations.IUndoContext;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.statushandlers.StatusManager;
import org.osgi.service.event.EventHandler;

import keystone.model.KeystoneTopics;
import keystone.model.account.AccountService;
import keystone.model.account.AccountSummary;
import keystone.ui.AccountEditorInput;
import keystone.ui.KeystoneUi;
import keystone.ui.NavigatorColumn;
import keystone.ui.UndoHandlers;
import keystone.ui.WidgetIds;
import keystone.ui.internal.Messages;
import keystone.ui.internal.UiJobs;

/**
 * The accounts navigator: every key account with its headline facts, filterable and sortable; double-click opens
 * the account. Reloads whenever the model announces a change: the accounts first, then (in a second background job)
 * the columns other plugins contribute, so the list never waits for the slowest column.
 */
public final class AccountsNavigatorView extends ViewPart {

    private TableViewer viewer;
    private Text filterText;
    private Label countLabel;
    private final AccountFilter filter = new AccountFilter();
    private static final NavigatorColumn.Value EMPTY = new NavigatorColumn.Value("", Double.MAX_VALUE);

    private final NavigatorColumnRegistry columns = new NavigatorColumnRegistry();
    private Map<String, Map<Long, NavigatorColumn.Value>> columnValues = Map.of();
    private List<AccountSummary> accounts = List.of();
    private boolean loaded;
    /** Number of the newest load; results of older loads are dropped. */
    private final AtomicLong generation = new AtomicLong();
    /** The job computing the contributed columns of the newest load, cancelled when a newer load starts. */
    private volatile Job columnsJob;
    /** Set when the database was replaced: the next accounts shown must not keep column values (ids changed). */
    private volatile boolean columnIdsStale;
    private IEventBroker broker;
    private final EventHandler reloadOnChange = event -> reload(
            event.getTopic().startsWith(KeystoneTopics.ROOT + "database/"));

    @Override
    public void createPartControl(Composite parent) {
        GridLayoutFactory.fillDefaults().margins(4, 4).spacing(4, 4).applyTo(parent);

        filterText = new Text(parent, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        filterText.setMessage(Messages.Navigator_filterHint);
        filterText.setData(WidgetIds.KEY, WidgetIds.NAVIGATOR_FILTER);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(filterText);
        filterText.addModifyListener(e -> {
            filter.setText(filterText.getText());
            viewer.refresh();
            updateCount();
        });

        viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
        viewer.getTable().setData(WidgetIds.KEY, WidgetIds.NAVIGATOR_TABLE);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        AccountColumns.Sorter sorter = AccountColumns.create(viewer);
        for (NavigatorColumnRegistry.Contribution column : columns.contributions()) {
            AccountColumns.add(viewer, sorter, column.name(), column.width(), SWT.LEFT,
                    a -> value(column, a).text(), java.util.Comparator.comparingDouble(a -> value(column, a).sortKey()));
        }
        viewer.addFilter(filter);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getControl());
        viewer.addDoubleClickListener(e -> openSelected());

        countLabel = new Label(parent, SWT.NONE);
        countLabel.setText(Messages.Navigator_loading);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(countLabel);

        getSite().setSelectionProvider(viewer);
        MenuManager menu = new MenuManager();
        viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
        getSite().registerContextMenu(menu, viewer);

        hookGlobalActions();
        broker = getSite().getService(IEventBroker.class);
        broker.subscribe(KeystoneTopics.ACCOUNT_ALL, reloadOnChange);
        broker.subscribe(KeystoneTopics.SALES_ALL, reloadOnChange);
        broker.subscribe(KeystoneTopics.DATABASE_ALL, reloadOnChange);
        for (NavigatorColumnRegistry.Contribution column : columns.contributions()) {
            if (column.refreshOn() != null && !column.refreshOn().isBlank()) {
                broker.subscribe(column.refreshOn(), reloadOnChange);
            }
        }
        reload();
    }

    private void hookGlobalActions() {
        IUndoContext context = getSite().getWorkbenchWindow().getWorkbench().getOperationSupport().getUndoContext();
        IActionBars bars = getViewSite().getActionBars();
        UndoHandlers.install(getSite(), bars, context);
        bars.setGlobalActionHandler(ActionFactory.DELETE.getId(), new org.eclipse.jface.action.Action() {
            @Override
            public void run() {
                try {
                    getSite().getService(IHandlerService.class).executeCommand(KeystoneUi.COMMAND_DELETE_ACCOUNT, null);
                } catch (org.eclipse.core.commands.common.CommandException e) {
                    StatusManager.getManager().handle(org.eclipse.core.runtime.Status.error(e.getMessage(), e),
                            StatusManager.LOG);
                }
            }
        });
        bars.updateActionBars();
    }

    /**
     * Reads the accounts in the background and shows them as soon as they arrive; a second background job then
     * computes the contributed columns and fills them in. Until then a contributed cell shows the value of the
     * previous load, or stays empty (also when the database was replaced, as ids then name other accounts).
     * Each load is numbered: a phase of an older load that finishes after a newer one started is dropped, so a
     * slow load never overwrites a newer one.
     */
    public void reload() {
        reload(false);
    }

    private void reload(boolean databaseReplaced) {
        AccountService service = getSite().getService(AccountService.class);
        long load = generation.incrementAndGet();
        if (databaseReplaced) {
            columnIdsStale = true;
        }
        cancelColumns();
        UiJobs.run(Messages.Job_loadAccounts, monitor -> service.summaries(LocalDate.now()),
                summaries -> show(load, summaries));
    }

    /** Whether {@code load} is still the newest load and the view is still open. */
    private boolean current(long load) {
        return load == generation.get() && viewer != null && !viewer.getControl().isDisposed();
    }

    private NavigatorColumn.Value value(NavigatorColumnRegistry.Contribution column, AccountSummary account) {
        return columnValues.getOrDefault(column.id(), Map.of()).getOrDefault(account.id(), EMPTY);
    }

    /** Phase one, on the UI thread: shows the accounts, then starts computing the contributed columns. */
    private void show(long load, List<AccountSummary> summaries) {
        if (!current(load)) {
            return;
        }
        if (columnIdsStale) {
            columnIdsStale = false;
            columnValues = Map.of();
        }
        accounts = summaries;
        viewer.setInput(summaries);
        updateCount();
        this.loaded = true;
        List<NavigatorColumnRegistry.Contribution> contributed = columns.contributions();
        if (!contributed.isEmpty()) {
            List<Long> ids = summaries.stream().map(AccountSummary::id).toList();
            columnsJob = UiJobs.run(Messages.Job_loadAccounts, monitor -> computeColumns(contributed, ids, monitor),
                    values -> showColumns(load, values));
        }
    }

    /** Phase two, in the background: the values of every contributed column; a broken column stays empty. */
    private static Map<String, Map<Long, NavigatorColumn.Value>> computeColumns(
            List<NavigatorColumnRegistry.Contribution> contributed, List<Long> ids, IProgressMonitor monitor) {
        Map<String, Map<Long, NavigatorColumn.Value>> values = new HashMap<>();
        for (NavigatorColumnRegistry.Contribution column : contributed) {
            if (monitor.isCanceled()) {
                throw new OperationCanceledException(); // a newer load started; its own job computes the columns
            }
            try {
                values.put(column.id(), Map.copyOf(column.column().get().values(ids)));
            } catch (RuntimeException e) {
                // one plugin's broken column must not take the navigator down: log it and show it empty
                ILog.of(AccountsNavigatorView.class).error("Navigator column " + column.id() + " failed", e);
            }
        }
        return values;
    }

    /** Phase two, on the UI thread: fills in the contributed columns (and re-sorts, if sorted by one of them). */
    private void showColumns(long load, Map<String, Map<Long, NavigatorColumn.Value>> values) {
        if (!current(load)) {
            return;
        }
        columnValues = values;
        viewer.refresh();
    }

    private void cancelColumns() {
        Job running = columnsJob;
        if (running != null) {
            running.cancel();
        }
    }

    private void updateCount() {
        countLabel.setText(NLS.bind(Messages.Navigator_count, viewer.getTable().getItemCount(), accounts.size()));
        countLabel.getParent().layout(new org.eclipse.swt.widgets.Control[] {countLabel});
    }

    private void openSelected() {
        if (viewer.getStructuredSelection().getFirstElement() instanceof AccountSummary account) {
            open(getSite().getPage(), account.id(), account.name());
        }
    }

    /** Opens (or activates) the editor of one account. */
    public static void open(IWorkbenchPage page, long id, String name) {
        try {
            page.openEditor(new AccountEditorInput(id, name), KeystoneUi.ACCOUNT_EDITOR_ID);
        } catch (PartInitException e) {
            StatusManager.getManager().handle(e.getStatus(), StatusManager.SHOW | StatusManager.LOG);
        }
    }

    /** Whether the accounts have been shown at least once (the start-up benchmark's "usable"). */
    public boolean isLoaded() {
        return loaded;
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @Override
    public void dispose() {
        if (broker != null) {
            broker.unsubscribe(reloadOnChange);
        }
        generation.incrementAndGet(); // results still on their way are dropped
        cancelColumns();
        super.dispose();
    }
}
