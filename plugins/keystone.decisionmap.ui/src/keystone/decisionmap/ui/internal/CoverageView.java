package keystone.decisionmap.ui.internal;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;

import keystone.decisionmap.AccountCoverage;
import keystone.decisionmap.CoverageReport;
import keystone.decisionmap.DecisionMapService;
import keystone.decisionmap.MapQuality;
import keystone.model.KeystoneTopics;
import keystone.ui.PortfolioTableView;

/**
 * Coverage across all key accounts, worst first: map quality, share of decision makers we reach, single-threaded
 * and neglected key people, missing economic buyer or top-management supporter. Red maps are drawn in red.
 */
public final class CoverageView extends PortfolioTableView<AccountCoverage> {

    public static final String ID = "keystone.decisionmap.ui.views.coverage";
    /** Days without contact after which a key person counts as neglected. */
    static final int STALE_DAYS = 90;

    @Override
    protected String widgetId() {
        return "decisionmap.coverage";
    }

    @Override
    protected List<Column<AccountCoverage>> columns() {
        NumberFormat percent = NumberFormat.getPercentInstance();
        return List.of(
                new Column<>(Messages.Coverage_account, 230, SWT.LEFT, AccountCoverage::accountName,
                        Comparator.comparing(AccountCoverage::accountName)),
                new Column<>(Messages.Coverage_quality, 230, SWT.LEFT, c -> Messages.of(c.coverage().quality()),
                        Comparator.comparing(c -> c.coverage().quality())),
                new Column<>(Messages.Coverage_share, 150, SWT.RIGHT, c -> c.coverage().decisionMakerShare().isPresent()
                        ? percent.format(c.coverage().decisionMakerShare().getAsDouble()) : "–",
                        Comparator.comparingDouble(c -> c.coverage().decisionMakerShare().orElse(-1))),
                new Column<>(Messages.Coverage_singleThreaded, 110, SWT.RIGHT,
                        c -> Integer.toString(c.coverage().singleThreaded().size()),
                        Comparator.comparingInt(c -> c.coverage().singleThreaded().size())),
                new Column<>(Messages.Coverage_stale, 170, SWT.RIGHT, c -> Integer.toString(c.coverage().stale().size()),
                        Comparator.comparingInt(c -> c.coverage().stale().size())),
                new Column<>(Messages.Coverage_findings, 360, SWT.LEFT, CoverageView::findings,
                        Comparator.comparing(CoverageView::findings)));
    }

    static String findings(AccountCoverage c) {
        return findings(c.coverage());
    }

    static String findings(CoverageReport report) {
        List<String> findings = new ArrayList<>();
        if (report.noEconomicBuyer()) {
            findings.add(Messages.Finding_noEconomicBuyer);
        }
        if (report.noSupporterInTopManagement()) {
            findings.add(Messages.Finding_noTopSupporter);
        }
        return findings.isEmpty() ? Messages.Finding_none : String.join("; ", findings);
    }

    @Override
    protected Supplier<List<AccountCoverage>> loader() {
        DecisionMapService service = getSite().getService(DecisionMapService.class);
        return () -> service.portfolioCoverage(LocalDate.now(), STALE_DAYS);
    }

    @Override
    protected List<String> topics() {
        return List.of(KeystoneTopics.ACCOUNT_ALL, KeystoneTopics.DATABASE_ALL, KeystoneTopics.DECISION_MAP_CHANGED);
    }

    @Override
    protected boolean alarming(AccountCoverage row) {
        return row.coverage().quality() == MapQuality.RED;
    }

    @Override
    protected long accountId(AccountCoverage row) {
        return row.accountId();
    }

    @Override
    protected String accountName(AccountCoverage row) {
        return row.accountName();
    }

    @Override
    protected String summary(List<AccountCoverage> rows) {
        return NLS.bind(Messages.Coverage_count, new Object[] {rows.size(), count(rows, MapQuality.RED),
            count(rows, MapQuality.AMBER), count(rows, MapQuality.GREEN)});
    }

    private static long count(List<AccountCoverage> rows, MapQuality quality) {
        return rows.stream().filter(r -> r.coverage().quality() == quality).count();
    }
}
