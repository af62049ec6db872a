package keystone.dossier.ui.internal;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;

import keystone.dossier.AtRisk;
import keystone.dossier.DossierService;
import keystone.dossier.RiskThresholds;
import keystone.model.KeystoneTopics;
import keystone.ui.PortfolioTableView;

/**
 * The win-back / at-risk list: every key account with an active churn signal, the largest revenue at risk first,
 * each signal explained.
 */
public final class AtRiskView extends PortfolioTableView<AtRisk> {

    public static final String ID = "keystone.dossier.ui.views.atRisk";

    @Override
    protected String widgetId() {
        return "dossier.atRisk";
    }

    @Override
    protected List<Column<AtRisk>> columns() {
        NumberFormat money = NumberFormat.getNumberInstance();
        money.setMaximumFractionDigits(0);
        return List.of(
                new Column<>(Messages.AtRisk_account, 240, SWT.LEFT, AtRisk::accountName,
                        Comparator.comparing(AtRisk::accountName)),
                new Column<>(Messages.AtRisk_revenue, 150, SWT.RIGHT, r -> money.format(r.revenueAtRisk()),
                        Comparator.comparing(AtRisk::revenueAtRisk)),
                new Column<>(Messages.AtRisk_signals, 600, SWT.LEFT, AtRiskView::signals,
                        Comparator.comparing(r -> r.signals().size())));
    }

    static String signals(AtRisk row) {
        return row.signals().stream().map(Messages::explain).collect(Collectors.joining("; "));
    }

    @Override
    protected Supplier<List<AtRisk>> loader() {
        DossierService service = getSite().getService(DossierService.class);
        RiskThresholds thresholds = RiskPreferences.thresholds();
        return () -> service.atRisk(LocalDate.now(), thresholds);
    }

    private Runnable stopListening = () -> { };

    @Override
    public void createPartControl(org.eclipse.swt.widgets.Composite parent) {
        super.createPartControl(parent);
        stopListening = RiskPreferences.onChange(parent.getDisplay(), this::reload);
    }

    @Override
    public void dispose() {
        stopListening.run();
        super.dispose();
    }

    @Override
    protected List<String> topics() {
        return List.of(KeystoneTopics.ACCOUNT_ALL, KeystoneTopics.SALES_ALL, KeystoneTopics.DATABASE_ALL,
                KeystoneTopics.DOSSIER_CHANGED);
    }

    @Override
    protected long accountId(AtRisk row) {
        return row.accountId();
    }

    @Override
    protected String accountName(AtRisk row) {
        return row.accountName();
    }

    @Override
    protected String summary(List<AtRisk> rows) {
        return rows.isEmpty() ? Messages.AtRisk_none : NLS.bind(Messages.AtRisk_count, rows.size());
    }
}
