package keystone.dossier.ui.internal;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.events.HyperlinkAdapter;
import org.eclipse.ui.forms.events.HyperlinkEvent;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Hyperlink;
import org.eclipse.ui.forms.widgets.Section;

import keystone.dossier.Dossier;
import keystone.dossier.DossierService;
import keystone.dossier.Headline;
import keystone.dossier.HistoryStats;
import keystone.dossier.RiskSignal;
import keystone.model.account.Account;
import keystone.ui.DossierEditorContext;
import keystone.ui.WidgetIds;
import keystone.ui.internal.Labels;
import keystone.ui.internal.UiJobs;

/**
 * The dossier's Overview: what to read before a meeting. The account's type (explained), owner and team; the
 * headline figures from imported sales (revenue of the last 12 months and of the 12 before, trend, share of our
 * total revenue, last order); the open churn signals; the tender win rate and complaint resolution; the
 * qualification verdict. Everything is computed from what is stored and recomputed each time the page is shown.
 */
final class OverviewPage extends FormPage {

    static final String ID = "keystone.dossier.ui.pages.overview";

    /** What the page shows, computed in the background. */
    record Facts(Account account, boolean qualified, Headline headline, HistoryStats stats, List<RiskSignal> signals) {
    }

    private final DossierEditorContext context;
    private final DossierService dossiers;
    private Facts facts;
    private Composite body;
    private Label type;
    private Label owner;
    private Label team;
    private Label qualification;
    private Label revenue;
    private Label previous;
    private Label trend;
    private Label share;
    private Label lastOrder;
    private Label history;
    private Composite risks;
    private FormToolkit toolkit;

    OverviewPage(DossierEditorContext context) {
        super(context.editor(), ID, Messages.Overview_title);
        this.context = context;
        this.dossiers = context.editor().getSite().getService(DossierService.class);
        reload();
    }

    /** Recomputes the facts from the database; the page shows them when they arrive. */
    void reload() {
        long id = context.accountId();
        var thresholds = RiskPreferences.thresholds();
        boolean first = facts == null;
        UiJobs.run(Messages.Overview_job, monitor -> {
            LocalDate today = LocalDate.now();
            Dossier dossier = first ? SharedLoad.of(context, dossiers) : dossiers.load(id);
            return new Facts(dossier.account(), dossier.qualification().qualified(), dossiers.headline(id, today),
                    HistoryStats.of(dossier.history(), today), dossiers.signals(id, today, thresholds));
        }, loaded -> {
            facts = loaded;
            show();
        });
    }

    /** The facts shown, or null before they are loaded; for tests. */
    Facts facts() {
        return facts;
    }

    @Override
    public void setActive(boolean active) {
        super.setActive(active);
        if (active && facts != null) {
            reload(); // other pages may have been saved since
        }
    }

    @Override
    protected void createFormContent(IManagedForm managedForm) {
        toolkit = managedForm.getToolkit();
        managedForm.getForm().setText(Messages.Overview_title);
        toolkit.decorateFormHeading(managedForm.getForm().getForm());
        body = managedForm.getForm().getBody();
        GridLayoutFactory.fillDefaults().numColumns(2).equalWidth(true).margins(10, 10).spacing(12, 12).applyTo(body);

        Composite account = section(Messages.Overview_account);
        type = row(account, Messages.Overview_type, "overview.type");
        owner = row(account, Messages.Overview_owner, "overview.owner");
        team = row(account, Messages.Overview_team, "overview.team");
        qualification = row(account, Messages.Overview_qualification, "overview.qualification");
        Hyperlink edit = toolkit.createHyperlink(account, Messages.Overview_editGeneral, SWT.NONE);
        GridDataFactory.fillDefaults().span(2, 1).applyTo(edit);
        edit.addHyperlinkListener(new HyperlinkAdapter() {
            @Override
            public void linkActivated(HyperlinkEvent e) {
                getEditor().setActivePage(keystone.ui.KeystoneUi.GENERAL_PAGE_ID);
            }
        });

        Composite figures = section(Messages.Overview_figures);
        revenue = row(figures, Messages.Overview_revenue, "overview.revenue");
        previous = row(figures, Messages.Overview_previous, "overview.previous");
        trend = row(figures, Messages.Overview_trend, "overview.trend");
        share = row(figures, Messages.Overview_share, "overview.share");
        lastOrder = row(figures, Messages.Overview_lastOrder, "overview.lastOrder");
        history = row(figures, Messages.Overview_history, "overview.history");

        risks = section(Messages.Overview_risks);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(risks.getParent());
        show();
    }

    private Composite section(String title) {
        Section section = toolkit.createSection(body, Section.TITLE_BAR);
        section.setText(title);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(section);
        Composite client = toolkit.createComposite(section);
        GridLayoutFactory.fillDefaults().numColumns(2).margins(4, 4).spacing(10, 4).applyTo(client);
        section.setClient(client);
        return client;
    }

    private Label row(Composite parent, String caption, String key) {
        toolkit.createLabel(parent, caption);
        Label value = toolkit.createLabel(parent, "", SWT.WRAP);
        value.setData(WidgetIds.KEY, key);
        GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(value);
        return value;
    }

    private void show() {
        if (facts == null || body == null || body.isDisposed()) {
            return;
        }
        Account a = facts.account();
        type.setText(Labels.of(a.type()));
        type.setToolTipText(Labels.tooltip(a.type()));
        owner.setText(a.owner().isBlank() ? Messages.Overview_nobody : a.owner());
        team.setText(a.team().isBlank() ? Messages.Overview_nobody : a.team());
        qualification.setText(facts.qualified() ? Messages.Qualification_qualified : Messages.Qualification_notQualified);

        Headline h = facts.headline();
        NumberFormat money = NumberFormat.getNumberInstance();
        money.setMaximumFractionDigits(0);
        NumberFormat percent = NumberFormat.getPercentInstance();
        percent.setMaximumFractionDigits(1);
        revenue.setText(a.customerId() == null ? Messages.Overview_noCustomer
                : NLS.bind(Messages.Overview_money, money.format(h.lastTwelveMonths()), a.currency()));
        previous.setText(NLS.bind(Messages.Overview_money, money.format(h.previousTwelveMonths()), a.currency()));
        trend.setText(h.trend().map(t -> NLS.bind(t.compareTo(BigDecimal.ONE) >= 0 ? Messages.Overview_trendUp
                : Messages.Overview_trendDown, percent.format(t.subtract(BigDecimal.ONE)))).orElse(Messages.History_none));
        share.setText(h.shareOfTotal().map(percent::format).orElse(Messages.History_none));
        lastOrder.setText(h.lastOrder().map(LocalDate::toString).orElse(Messages.Overview_neverOrdered));
        HistoryStats s = facts.stats();
        history.setText(NLS.bind(Messages.Overview_historyFigures,
                s.winRate().isPresent() ? percent.format(s.winRate().getAsDouble()) : Messages.History_none,
                s.averageResolutionDays().isPresent()
                        ? NumberFormat.getNumberInstance().format(Math.round(s.averageResolutionDays().getAsDouble()))
                        : Messages.History_none));

        for (var child : risks.getChildren()) {
            child.dispose();
        }
        if (facts.signals().isEmpty()) {
            Label none = toolkit.createLabel(risks, Messages.Overview_noRisks);
            none.setData(WidgetIds.KEY, "overview.risk");
            GridDataFactory.fillDefaults().span(2, 1).applyTo(none);
        }
        for (RiskSignal signal : facts.signals()) {
            Label mark = toolkit.createLabel(risks, "\u26a0");
            mark.setForeground(risks.getDisplay().getSystemColor(SWT.COLOR_RED));
            Label text = toolkit.createLabel(risks, Messages.explain(signal), SWT.WRAP);
            text.setData(WidgetIds.KEY, "overview.risk");
            GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(text);
        }
        body.layout(true, true);
        getManagedForm().reflow(true);
    }
}
