package keystone.ui.internal.navigator;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.commands.operations.IUndoContext;
import org.eclipse.core.runtime.ILog;
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
import org.eclipse.ui.operations.RedoActionHandler;
import org.eclipse.ui.operations.UndoActionHandler;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.statushandlers.StatusManager;
import org.osgi.service.event.EventHandler;

import keystone.model.KeystoneTopics;
import keystone.model.account.AccountService;
import keystone.model.account.AccountSummary;
import keystone.ui.AccountEditorInput;
import keystone.ui.KeystoneUi;
import keystone.ui.NavigatorColumn;
import keystone.ui.WidgetIds;
import keystone.ui.internal.Messages;
import keystone.ui.internal.UiJobs;

/**
 * The accounts navigator: every key account with its headline facts, filterable and sortable; double-click opens
 * the account. Reloads whenever the model announces a change.
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
    private IEventBroker broker;
    private final EventHandler reloadOnChange = event -> reload();

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
        bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), new UndoActionHandler(getSite(), context));
        bars.setGlobalActionHandler(ActionFactory.REDO.getId(), new RedoActionHandler(getSite(), context));
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

    /** Reads the accounts (and the values of contributed columns) in the background; shows them when they arrive. */
    public void reload() {
        AccountService service = getSite().getService(AccountService.class);
        List<NavigatorColumnRegistry.Contribution> contributed = columns.contributions();
        UiJobs.run(Messages.Job_loadAccounts, monitor -> {
            List<AccountSummary> summaries = service.summaries(LocalDate.now());
            List<Long> ids = summaries.stream().map(AccountSummary::id).toList();
            Map<String, Map<Long, NavigatorColumn.Value>> values = new HashMap<>();
            for (NavigatorColumnRegistry.Contribution column : contributed) {
                try {
                    values.put(column.id(), Map.copyOf(column.column().get().values(ids)));
                } catch (RuntimeException e) {
                    // one plugin's broken column must not take the navigator down: log it and show it empty
                    ILog.of(AccountsNavigatorView.class).error("Navigator column " + column.id() + " failed", e);
                }
            }
            return new Loaded(summaries, values);
        }, this::show);
    }

    /** The accounts and the values of contributed columns, read together. */
    private record Loaded(List<AccountSummary> accounts, Map<String, Map<Long, NavigatorColumn.Value>> values) {
    }

    private NavigatorColumn.Value value(NavigatorColumnRegistry.Contribution column, AccountSummary account) {
        return columnValues.getOrDefault(column.id(), Map.of()).getOrDefault(account.id(), EMPTY);
    }

    private void show(Loaded result) {
        if (viewer == null || viewer.getControl().isDisposed()) {
            return;
        }
        columnValues = result.values();
        List<AccountSummary> loaded = result.accounts();
        accounts = loaded;
        viewer.setInput(loaded);
        updateCount();
        this.loaded = true;
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
        super.dispose();
    }
}
