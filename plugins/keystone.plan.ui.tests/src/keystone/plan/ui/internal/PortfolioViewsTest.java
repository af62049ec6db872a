package keystone.plan.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

import keystone.model.account.AccountSummary;
import keystone.plan.OpenPlanAction;
import keystone.plan.PortfolioCell;
import keystone.plan.PortfolioRow;
import keystone.plan.PortfolioScores;
import keystone.testsupport.ui.TableHandle;
import keystone.ui.NavigatorColumn;

/**
 * The portfolio-wide plan views on the demo database in the real workbench: the dashboard lists every key
 * account with its plan, the portfolio matrix sets scores undoably, the navigator's Plan column and My Open
 * Actions show the plans.
 */
class PortfolioViewsTest {

    private final PlanUiFixture ui = new PlanUiFixture();

    private <T> T show(String id, Class<T> type) {
        return ui.driver.syncCall(() -> {
            try {
                return type.cast(PlatformUI.getWorkbench().getWorkbenchWindows()[0].getActivePage().showView(id));
            } catch (PartInitException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Test
    void theDashboardListsEveryKeyAccountWithThisYearsPlan() {
        List<AccountSummary> accounts = ui.accounts();
        DashboardView view = show(DashboardView.ID, DashboardView.class);
        TableHandle table = ui.driver.table("plan.dashboard");
        ui.driver.waitUntil("every key account is listed", () -> table.rowCount() == accounts.size());
        List<PortfolioRow> rows = ui.driver.syncCall(view::rows);
        assertEquals(accounts.stream().map(AccountSummary::id).collect(Collectors.toSet()),
                rows.stream().map(PortfolioRow::accountId).collect(Collectors.toSet()));
        assertEquals(accounts.stream().map(AccountSummary::name).sorted().toList(),
                table.column(0).stream().sorted().toList());
        assertTrue(rows.stream().allMatch(PortfolioRow::hasPlan), "the demo plans every key account this year");
        PortfolioRow first = rows.get(0);
        int row = table.indexOf(0, first.accountName());
        assertEquals(Format.percent(first.completeness()), table.cell(row, 7));
        assertEquals(Format.money(first.revenue().forecast()), table.cell(row, 5));
    }

    @Test
    void portfolioScoresAreSetInThisYearsPlanAndUndone() throws InterruptedException {
        PortfolioView view = show(PortfolioView.ID, PortfolioView.class);
        ui.driver.waitUntil("the portfolio is read", () -> view.data() != null);
        List<PortfolioRow> rows = ui.driver.syncCall(() -> view.data().rows());
        PortfolioRow row = rows.stream().filter(PortfolioRow::hasPlan).findFirst().orElseThrow();
        PortfolioScores before = ui.plans().load(row.accountId(), ui.today.getYear()).orElseThrow().scores();
        PortfolioScores wanted = new PortfolioScores(new BigDecimal("9.5"), new BigDecimal("1.5"));

        TableHandle table = ui.driver.table("portfolio.table");
        table.select(0, row.accountName());
        ui.driver.text("portfolio.attractiveness").setText("9,5");
        ui.driver.text("portfolio.strength").setText("1.5");
        ui.click("portfolio.apply");
        ui.driver.waitUntil("the scores are being stored", () -> view.lastEdit() != null);
        ui.driver.syncCall(() -> view.lastEdit().last()).join();
        assertEquals(wanted, ui.plans().load(row.accountId(), ui.today.getYear()).orElseThrow().scores());
        assertEquals(PortfolioCell.STAR, wanted.cell().orElseThrow());
        ui.driver.waitUntil("the view shows the account as a star", () -> view.data().rows().stream()
                .anyMatch(r -> r.accountId() == row.accountId() && r.cell() == PortfolioCell.STAR));

        ui.driver.syncRun(() -> {
            try {
                view.history().undo(view.undoContext(), null, null);
            } catch (org.eclipse.core.commands.ExecutionException e) {
                throw new IllegalStateException(e);
            }
        });
        ui.driver.syncCall(() -> view.lastEdit().last()).join();
        assertEquals(before, ui.plans().load(row.accountId(), ui.today.getYear()).orElseThrow().scores());
        ui.driver.waitUntil("the view shows the scores before", () -> before.equals(
                view.data().scores().getOrDefault(row.accountId(), PortfolioScores.NONE)));

        ui.driver.text("portfolio.strength").setText("11");
        ui.click("portfolio.apply");
        ui.driver.waitUntil("a score above 10 is refused", () -> ui.driver.byId(org.eclipse.swt.widgets.Label.class,
                "portfolio.problem").getText().contains("11"));
    }

    @Test
    void thePortfolioChartExportsToPngSvgAndPdf(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        PortfolioView view = show(PortfolioView.ID, PortfolioView.class);
        ui.driver.waitUntil("the portfolio is loaded", () -> view.data() != null);
        String name = ui.driver.syncCall(() -> view.data().rows().stream().map(r -> r.accountName())
                .filter(n -> n.chars().allMatch(c -> c < 0x80)).findFirst().orElseThrow());
        for (String file : new String[] {"portfolio.png", "portfolio.svg", "portfolio.pdf"}) {
            ui.driver.syncCall(() -> view.exportChart(dir.resolve(file))).join();
        }
        org.junit.jupiter.api.Assertions.assertNotNull(javax.imageio.ImageIO.read(dir.resolve("portfolio.png").toFile()));
        String svg = java.nio.file.Files.readString(dir.resolve("portfolio.svg"));
        assertTrue(svg.contains("<svg") && svg.contains(name), "the SVG names the accounts");
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(dir.resolve("portfolio.pdf").toFile())) {
            assertEquals(1, pdf.getNumberOfPages());
        }
    }

    @Test
    void theNavigatorColumnShowsEachPlansCompletenessFromOneQuery() {
        List<AccountSummary> accounts = ui.accounts();
        Map<Long, NavigatorColumn.Value> values = new PlanColumn().values(
                accounts.stream().map(AccountSummary::id).toList());
        Map<Long, PortfolioRow> rows = ui.plans().portfolio(ui.today.getYear(), ui.today).stream()
                .collect(Collectors.toMap(PortfolioRow::accountId, r -> r));
        for (AccountSummary a : accounts) {
            PortfolioRow row = rows.get(a.id());
            NavigatorColumn.Value value = values.get(a.id());
            assertTrue(value.text().startsWith(Format.percent(row.completeness())), value.text());
            assertEquals(row.stale(), value.text().contains(Messages.Column_stale), value.text());
        }
    }

    @Test
    void myOpenActionsListThePlansOpenActions() {
        List<OpenPlanAction> open = ui.plans().openActions(ui.today);
        assertTrue(open.size() > 0, "the demo plans have open actions");
        show("keystone.dossier.ui.views.openActions", Object.class);
        TableHandle table = ui.driver.table("dossier.openActions");
        Set<String> planActions = open.stream().map(a -> a.action().text()).collect(Collectors.toSet());
        ui.driver.waitUntil("the plans' actions are listed", () -> table.column(1).containsAll(planActions));
        List<String> due = table.column(0);
        assertEquals(due.size(), table.rowCount());
    }
}
