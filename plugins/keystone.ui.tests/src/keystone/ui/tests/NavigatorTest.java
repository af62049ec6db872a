package keystone.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.swt.custom.CLabel;
import org.junit.jupiter.api.Test;

import keystone.model.account.AccountService;
import keystone.model.account.AccountSummary;
import keystone.model.store.DatabaseService;
import keystone.testsupport.Services;
import keystone.testsupport.ui.TextHandle;
import keystone.ui.WidgetIds;

/**
 * The accounts navigator in the real workbench, on the demo database the application created at start.
 */
class NavigatorTest {

    private final WorkbenchFixture workbench = new WorkbenchFixture();

    private List<AccountSummary> stored() {
        return Services.get(AccountService.class).summaries(LocalDate.now());
    }

    @Test
    void navigatorListsTheDemoAccountsWithTheirRevenue() {
        List<AccountSummary> stored = stored();
        assertTrue(stored.size() >= 8, "the demo database has its key accounts: " + stored.size());
        workbench.driver.waitUntil("the navigator shows every stored account",
                () -> workbench.navigator().rowCount() == stored.size());
        Set<String> shown = Set.copyOf(workbench.navigator().column(0));
        assertEquals(stored.stream().map(AccountSummary::name).collect(Collectors.toSet()), shown);
        List<String> revenues = workbench.navigator().column(5);
        assertTrue(revenues.stream().anyMatch(r -> !r.equals("0")), "demo breadwinners have revenue: " + revenues);
    }

    @Test
    void filterNarrowsTheListAndClearingItRestoresIt() {
        List<AccountSummary> stored = stored();
        workbench.driver.waitUntil("all accounts are shown", () -> workbench.navigator().rowCount() == stored.size());
        String name = stored.get(0).name();
        TextHandle filter = workbench.driver.text(WidgetIds.NAVIGATOR_FILTER);

        filter.setText(name);
        workbench.driver.waitUntil("only matching accounts remain", () -> workbench.navigator().rowCount() < stored.size()
                && workbench.navigator().rowCount() >= 1);
        assertTrue(workbench.navigator().column(0).stream().allMatch(n -> n.toLowerCase().contains(name.toLowerCase())));

        filter.setText("no account is called this");
        workbench.driver.waitUntil("nothing matches", () -> workbench.navigator().rowCount() == 0);

        filter.setText("");
        workbench.driver.waitUntil("all accounts are back", () -> workbench.navigator().rowCount() == stored.size());
    }

    @Test
    void clickingAColumnHeaderSortsByItAndAgainReverses() {
        workbench.driver.waitUntil("accounts are shown", () -> workbench.navigator().rowCount() >= 8);
        workbench.navigator().clickHeader(4);
        List<String> countries = workbench.navigator().column(4);
        List<String> sorted = countries.stream().sorted(java.text.Collator.getInstance()).toList();
        assertEquals(sorted, countries);
        workbench.navigator().clickHeader(4);
        List<String> reversed = workbench.navigator().column(4);
        assertEquals(sorted.get(0), reversed.get(reversed.size() - 1));
        workbench.navigator().clickHeader(0);
    }

    @Test
    void statusLineNamesTheDatabaseInUse() {
        String directory = Services.get(DatabaseService.class).directory().toString();
        CLabel label = workbench.driver.waitFor("the status line shows the database",
                () -> workbench.driver.find(CLabel.class, l -> l.getText() != null && l.getText().contains(directory)));
        assertTrue(workbench.driver.syncCall(label::getText).contains(directory));
    }
}
