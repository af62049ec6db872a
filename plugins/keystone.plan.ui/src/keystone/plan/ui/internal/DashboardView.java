package keystone.plan.ui.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;

import keystone.model.KeystoneTopics;
import keystone.plan.PlanService;
import keystone.plan.PortfolioRow;
import keystone.ui.PortfolioTableView;

/**
 * The Portfolio Dashboard: every key account with this year's plan - revenue target and actual year to date, the
 * year-end forecast against the year's target, the plan's completeness, whether it is stale, its overdue actions,
 * and its portfolio cell against last year's. Accounts needing attention (stale plan, overdue actions, no plan) are
 * red; a double-click opens the account.
 */
public final class DashboardView extends PortfolioTableView<PortfolioRow> {

    public static final String ID = "keystone.plan.ui.views.dashboard";

    private final int year = LocalDate.now().getYear();

    @Override
    protected String widgetId() {
        return "plan.dashboard";
    }

    @Override
    protected List<Column<PortfolioRow>> columns() {
        return List.of(
                new Column<>(Messages.Dashboard_account, 220, SWT.LEFT, PortfolioRow::accountName,
                        Comparator.comparing(PortfolioRow::accountName)),
                new Column<>(Messages.DossierPage_state, 90, SWT.LEFT, r -> PlanLabels.of(r.state()),
                        Comparator.comparing(r -> r.state() == null ? -1 : r.state().ordinal())),
                new Column<>(Messages.Report_targetToDate, 110, SWT.RIGHT, r -> Format.money(r.revenue().targetToDate()),
                        Comparator.comparing(r -> r.revenue().targetToDate())),
                new Column<>(Messages.Report_actualToDate, 110, SWT.RIGHT, r -> Format.money(r.revenue().actualToDate()),
                        Comparator.comparing(r -> r.revenue().actualToDate())),
                new Column<>(Messages.Report_variance, 100, SWT.RIGHT,
                        r -> Format.signedMoney(r.revenue().varianceToDate()),
                        Comparator.comparing(r -> r.revenue().varianceToDate())),
                new Column<>(Messages.Dashboard_forecast, 110, SWT.RIGHT, r -> Format.money(r.revenue().forecast()),
                        Comparator.comparing(r -> r.revenue().forecast())),
                new Column<>(Messages.Dashboard_yearTarget, 110, SWT.RIGHT, r -> Format.money(r.revenue().target()),
                        Comparator.comparing(r -> r.revenue().target())),
                new Column<>(Messages.Situation_completeness, 100, SWT.RIGHT, r -> Format.percent(r.completeness()),
                        Comparator.comparing(r -> r.completeness() == null ? -1 : r.completeness())),
                new Column<>(Messages.Dashboard_stale, 60, SWT.LEFT, r -> r.stale() ? Messages.Dashboard_staleMark : "",
                        Comparator.comparing(PortfolioRow::stale)),
                new Column<>(Messages.Dashboard_overdue, 80, SWT.RIGHT,
                        r -> r.overdueActions() == 0 ? "" : String.valueOf(r.overdueActions()),
                        Comparator.comparingInt(PortfolioRow::overdueActions)),
                new Column<>(Messages.Dashboard_cell, 100, SWT.LEFT, r -> PlanLabels.of(r.cell()),
                        Comparator.comparing(r -> r.cell() == null ? -1 : r.cell().ordinal())),
                new Column<>(Messages.Dashboard_movement, 180, SWT.LEFT, DashboardView::movement,
                        Comparator.comparing(PortfolioRow::moved)));
    }

    /** "Status → Star" for an account that changed cells since last year; blank otherwise. */
    static String movement(PortfolioRow row) {
        return row.moved() ? NLS.bind(Messages.Dashboard_moved, PlanLabels.of(row.lastYearCell()),
                PlanLabels.of(row.cell())) : "";
    }

    @Override
    protected Supplier<List<PortfolioRow>> loader() {
        PlanService plans = getSite().getService(PlanService.class);
        int planYear = year;
        return () -> plans.portfolio(planYear, LocalDate.now());
    }

    @Override
    protected List<String> topics() {
        return List.of(KeystoneTopics.ACCOUNT_ALL, KeystoneTopics.SALES_ALL, KeystoneTopics.DATABASE_ALL,
                KeystoneTopics.PLAN_CHANGED);
    }

    @Override
    protected boolean alarming(PortfolioRow row) {
        return !row.hasPlan() || row.stale() || row.overdueActions() > 0;
    }

    @Override
    protected long accountId(PortfolioRow row) {
        return row.accountId();
    }

    @Override
    protected String accountName(PortfolioRow row) {
        return row.accountName();
    }

    @Override
    protected String summary(List<PortfolioRow> rows) {
        long planned = rows.stream().filter(PortfolioRow::hasPlan).count();
        long stale = rows.stream().filter(PortfolioRow::stale).count();
        int overdue = rows.stream().mapToInt(PortfolioRow::overdueActions).sum();
        BigDecimal target = rows.stream().map(r -> r.revenue().target()).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal forecast = rows.stream().map(r -> r.revenue().forecast()).reduce(BigDecimal.ZERO, BigDecimal::add);
        return NLS.bind(Messages.Dashboard_summary, new Object[] {rows.size(), planned, year, stale, overdue,
            Format.money(forecast), Format.money(target)});
    }
}
