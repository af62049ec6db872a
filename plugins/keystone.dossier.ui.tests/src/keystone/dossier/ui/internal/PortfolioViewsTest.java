package keystone.dossier.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

import keystone.dossier.AtRisk;
import keystone.dossier.OpenAction;
import keystone.testsupport.ui.SwtDriver;
import keystone.testsupport.ui.TableHandle;

/**
 * The at-risk and open-actions views on the demo database in the real workbench.
 */
class PortfolioViewsTest {

    private final SwtDriver driver = SwtDriver.forWorkbench();

    private <T> T show(String id, Class<T> type) {
        return driver.syncCall(() -> {
            try {
                return type.cast(PlatformUI.getWorkbench().getWorkbenchWindows()[0].getActivePage().showView(id));
            } catch (PartInitException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Test
    void atRiskListsAccountsWithSignalsLargestRevenueAtRiskFirstWithExplanations() {
        AtRiskView view = show(AtRiskView.ID, AtRiskView.class);
        TableHandle table = driver.table("dossier.atRisk");
        driver.waitUntil("the demo's accounts with signals are listed", () -> table.rowCount() >= 2);
        List<AtRisk> rows = view.rows();
        for (int i = 1; i < rows.size(); i++) {
            assertTrue(rows.get(i - 1).revenueAtRisk().compareTo(rows.get(i).revenueAtRisk()) >= 0, "sorted");
        }
        assertEquals(rows.get(0).accountName(), table.cell(0, 0));
        String explained = String.join(" ", table.column(2));
        assertTrue(explained.contains("Lost tender") || explained.contains("Complaint open")
                || explained.contains("Key contact left"), explained);
        assertTrue(rows.get(0).revenueAtRisk().compareTo(BigDecimal.ZERO) >= 0);
    }

    @Test
    void openActionsShowOverdueFirstAcrossAccounts() {
        OpenActionsView view = show(OpenActionsView.ID, OpenActionsView.class);
        TableHandle table = driver.table("dossier.openActions");
        driver.waitUntil("the demo's open follow-ups are listed", () -> table.rowCount() > 0);
        List<OpenAction> rows = view.rows();
        boolean seenOnTime = false;
        for (OpenAction action : rows) {
            if (!action.overdue()) {
                seenOnTime = true;
            }
            assertTrue(!(seenOnTime && action.overdue()), "overdue actions come first");
        }
        assertTrue(rows.stream().map(OpenAction::accountId).distinct().count() >= 2, "across accounts");
    }
}
