package keystone.dossier.ui.internal;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.forms.editor.FormEditor;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.statushandlers.StatusManager;

import keystone.dossier.DossierService;
import keystone.dossier.SearchHit;
import keystone.ui.AccountEditorInput;
import keystone.ui.KeystoneUi;
import keystone.ui.WidgetIds;
import keystone.ui.internal.UiJobs;

/**
 * Dossier search: finds accounts by any text in their dossier (names, history, minutes, reasons, competitor
 * notes); a double-click opens the account at the page where the text was found. Searches run in the background.
 */
public final class SearchView extends ViewPart {

    public static final String ID = "keystone.dossier.ui.views.search";
    static final int LIMIT = 200;
    /** How long typing must pause before a search starts, so that a word typed is one search, not one a key. */
    static final long TYPING_DELAY_MILLIS = 300;

    private Text query;
    private Label summary;
    private TableViewer results;
    private List<SearchHit> hits = List.of();
    private final AtomicInteger generation = new AtomicInteger();
    /** The latest search started, cancelled when a newer one replaces it; null before the first. */
    private Job searching;

    @Override
    public void createPartControl(Composite parent) {
        GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(parent);
        query = new Text(parent, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        query.setMessage(Messages.Search_hint);
        query.setData(WidgetIds.KEY, "dossier.search.query");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(query);
        query.addListener(SWT.DefaultSelection, e -> search(0)); // Enter: at once
        query.addModifyListener(e -> search(TYPING_DELAY_MILLIS));
        summary = new Label(parent, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(summary);
        results = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        results.getTable().setHeaderVisible(true);
        results.getTable().setData(WidgetIds.KEY, "dossier.search.results");
        results.setContentProvider(ArrayContentProvider.getInstance());
        column(Messages.Search_account, 220, SearchHit::accountName);
        column(Messages.Search_section, 110, h -> Messages.section(h.section()));
        column(Messages.Search_snippet, 600, SearchHit::snippet);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(results.getControl());
        results.addDoubleClickListener(e -> {
            if (results.getStructuredSelection().getFirstElement() instanceof SearchHit hit) {
                open(hit);
            }
        });
    }

    private void column(String title, int width, java.util.function.Function<SearchHit, String> text) {
        TableViewerColumn c = new TableViewerColumn(results, SWT.LEFT);
        c.getColumn().setText(title);
        c.getColumn().setWidth(width);
        c.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((SearchHit) element);
            }
        });
    }

    /**
     * Searches for the text in the box after {@code delayMillis}, cancelling the search started before; only the
     * latest search's results are shown.
     */
    private void search(long delayMillis) {
        String text = query.getText().strip();
        int mine = generation.incrementAndGet();
        cancelSearch();
        if (text.length() < 2) {
            show(mine, List.of());
            return;
        }
        DossierService dossiers = getSite().getService(DossierService.class);
        searching = UiJobs.delayed(delayMillis, Messages.Search_job, monitor -> {
            List<SearchHit> found = dossiers.search(text, LIMIT);
            if (monitor.isCanceled()) {
                throw new OperationCanceledException(); // outdated while the SQL ran
            }
            return found;
        }, found -> show(mine, found));
    }

    private void cancelSearch() {
        if (searching != null) {
            searching.cancel(); // a waiting search never starts; a running one's results are dropped
            searching = null;
        }
    }

    private void show(int searchNumber, List<SearchHit> found) {
        if (searchNumber != generation.get() || results.getControl().isDisposed()) {
            return;
        }
        hits = found;
        results.setInput(found);
        summary.setText(NLS.bind(Messages.Search_count, found.size()));
        summary.getParent().layout();
    }

    /** Opens the account's editor on the page of the hit's section (the first page when there is none yet). */
    void open(SearchHit hit) {
        try {
            IEditorPart editor = getSite().getPage().openEditor(new AccountEditorInput(hit.accountId(), hit.accountName()),
                    KeystoneUi.ACCOUNT_EDITOR_ID);
            String page = switch (hit.section()) {
                case QUALIFICATION -> QualificationPage.ID;
                case HISTORY -> HistoryPage.ID;
                case COMPETITORS -> CompetitorsPage.ID;
                case RISKS -> RisksPage.ID;
                case OVERVIEW -> null; // the general information, the editor's first page
            };
            if (page != null && editor instanceof FormEditor form && form.setActivePage(page) instanceof HistoryPage history) {
                history.find(query.getText()); // shows the events with the text found
            }
        } catch (PartInitException e) {
            StatusManager.getManager().handle(e.getStatus(), StatusManager.SHOW | StatusManager.LOG);
        }
    }

    /** The results shown; for tests. */
    List<SearchHit> hits() {
        return hits;
    }

    @Override
    public void setFocus() {
        query.setFocus();
    }

    @Override
    public void dispose() {
        cancelSearch();
        super.dispose();
    }
}
