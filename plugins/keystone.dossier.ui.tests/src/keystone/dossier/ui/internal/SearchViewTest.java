package keystone.dossier.ui.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

import keystone.dossier.SearchHit;
import keystone.testsupport.ui.SwtDriver;

/**
 * Dossier search in the real workbench on the demo database: text from meeting minutes is found in the history.
 */
class SearchViewTest {

    private final SwtDriver driver = SwtDriver.forWorkbench();

    @Test
    void theSearchFindsTextFromMeetingMinutes() {
        SearchView view = driver.syncCall(() -> {
            try {
                return (SearchView) PlatformUI.getWorkbench().getWorkbenchWindows()[0].getActivePage()
                        .showView(SearchView.ID);
            } catch (PartInitException e) {
                throw new IllegalStateException(e);
            }
        });
        // words from the demo's meeting minutes
        driver.text("dossier.search.query").setText("total cost of ownership");
        driver.waitUntil("accounts whose minutes mention it are listed", () -> !view.hits().isEmpty());
        assertTrue(view.hits().stream().anyMatch(h -> h.section() == SearchHit.Section.HISTORY), view.hits().toString());
        assertTrue(view.hits().stream().allMatch(h -> h.snippet().toLowerCase().contains("total cost of ownership")),
                view.hits().toString());
        assertTrue(driver.table("dossier.search.results").rowCount() == view.hits().size());

        // a double-click opens the account on its History page, showing the events with the text
        int row = view.hits().indexOf(view.hits().stream().filter(h -> h.section() == SearchHit.Section.HISTORY)
                .findFirst().orElseThrow());
        driver.syncRun(() -> view.open(view.hits().get(row)));
        HistoryPage history = driver.waitFor("the History page is open", () -> driver.syncCall(() -> {
            var editor = PlatformUI.getWorkbench().getWorkbenchWindows()[0].getActivePage().getActiveEditor();
            return java.util.Optional.ofNullable(editor instanceof org.eclipse.ui.forms.editor.FormEditor form
                    && form.getActivePageInstance() instanceof HistoryPage page ? page : null);
        }));
        driver.waitUntil("it shows the events mentioning the text", () -> driver.syncCall(() -> history.current() != null
                && !history.shown().isEmpty() && history.shown().stream().allMatch(e -> Events.contains(e,
                        "total cost of ownership"))));
        driver.syncRun(() -> PlatformUI.getWorkbench().getWorkbenchWindows()[0].getActivePage().closeAllEditors(false));
    }
}
