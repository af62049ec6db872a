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
    }
}
