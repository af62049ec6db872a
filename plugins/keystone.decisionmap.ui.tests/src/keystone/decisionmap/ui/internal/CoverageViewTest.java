package keystone.decisionmap.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

import keystone.decisionmap.AccountCoverage;
import keystone.decisionmap.MapQuality;
import keystone.testsupport.ui.SwtDriver;
import keystone.testsupport.ui.TableHandle;

/**
 * The portfolio coverage view on the demo database in the real workbench: every key account, worst first.
 */
class CoverageViewTest {

    private final SwtDriver driver = SwtDriver.forWorkbench();

    @Test
    void everyKeyAccountIsListedWorstFirstWithItsFindings() {
        CoverageView view = driver.syncCall(() -> {
            try {
                return (CoverageView) PlatformUI.getWorkbench().getWorkbenchWindows()[0].getActivePage()
                        .showView(CoverageView.ID);
            } catch (PartInitException e) {
                throw new IllegalStateException(e);
            }
        });
        TableHandle table = driver.table("decisionmap.coverage");
        driver.waitUntil("the demo's key accounts are listed", () -> table.rowCount() == 8);
        List<AccountCoverage> rows = view.rows();
        assertEquals(MapQuality.RED, rows.get(0).coverage().quality(), "the worst first");
        for (int i = 1; i < rows.size(); i++) {
            assertTrue(rows.get(i - 1).coverage().severity() >= rows.get(i).coverage().severity(), "worst first");
        }
        assertTrue(table.column(1).get(0).startsWith("red"), table.column(1).toString());
        assertTrue(table.column(5).stream().anyMatch(f -> f.contains("no economic buyer")), table.column(5).toString());
    }

    @Test
    void theNavigatorGetsACoverageColumnFromThisPlugin() {
        TableHandle navigator = driver.table(keystone.ui.WidgetIds.NAVIGATOR_TABLE);
        int column = driver.syncCall(() -> {
            var columns = navigator.widget().getColumns();
            for (int i = 0; i < columns.length; i++) {
                if (columns[i].getText().equals("Coverage")) {
                    return i;
                }
            }
            return -1;
        });
        assertTrue(column >= 0, "a Coverage column");
        driver.waitUntil("every account shows its coverage", () -> navigator.rowCount() == 8
                && navigator.column(column).stream().allMatch(v -> v.matches("(red|amber|green).*")));
    }
}
