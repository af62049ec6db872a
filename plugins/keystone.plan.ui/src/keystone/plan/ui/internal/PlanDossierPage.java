package keystone.plan.ui.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Section;
import org.osgi.service.event.EventHandler;

import keystone.model.KeystoneTopics;
import keystone.plan.AccountPlan;
import keystone.plan.ActionRules;
import keystone.plan.Completeness;
import keystone.plan.PlanState;
import keystone.plan.PlanStatus;
import keystone.plan.Staleness;
import keystone.ui.DossierEditorContext;
import keystone.ui.WidgetIds;
import keystone.ui.internal.UiJobs;

/**
 * The dossier's Plan page: the account's plans by year, how this year's plan is doing (completeness, staleness,
 * objectives' traffic lights, revenue against target), and the way into them: open a year's plan, create this
 * year's, roll a plan over into the next year (confirmed first; the old plan becomes a read-only snapshot), compare
 * two years.
 */
final class PlanDossierPage extends FormPage {

    static final String ID = "keystone.plan.ui.pages.dossierPlan";

    /** One year's plan as listed. */
    record YearRow(int year, PlanState state, int completeness, boolean stale, int overdueActions) {
    }

    /** What the page shows, read in the background. */
    record Overview(String accountName, List<YearRow> years, PlanStatus thisYear) {
    }

    private final DossierEditorContext context;
    private final PlanServices services;
    private final int thisYear = LocalDate.now().getYear();
    private Overview overview;
    private IEventBroker broker;
    private final EventHandler changed = this::planChanged;
    private Composite body;
    private Table years;
    private Label completeness;
    private Label staleness;
    private Label objectives;
    private Label revenue;
    private Button open;
    private Button create;
    private Button rollover;
    private Button compare;

    PlanDossierPage(DossierEditorContext context) {
        super(context.editor(), ID, Messages.DossierPage_title);
        this.context = context;
        this.services = PlanServices.of(context.editor().getSite());
        broker = context.editor().getSite().getService(IEventBroker.class);
        if (broker != null) {
            broker.subscribe(KeystoneTopics.PLAN_CHANGED, changed);
        }
        reload();
    }

    private void planChanged(org.osgi.service.event.Event event) {
        if (Long.valueOf(context.accountId()).equals(event.getProperty(KeystoneTopics.PROPERTY_ID))) {
            reload();
        }
    }

    /** Reads the plans again; the page shows them when they arrive. */
    void reload() {
        long accountId = context.accountId();
        LocalDate today = LocalDate.now();
        UiJobs.run(Messages.Job_loadPlans, monitor -> read(accountId, today), loaded -> {
            overview = loaded;
            show();
        });
    }

    private Overview read(long accountId, LocalDate today) {
        String name = services.accounts().find(accountId).map(a -> a.name()).orElse("");
        List<YearRow> rows = new ArrayList<>();
        PlanStatus current = null;
        for (int year : services.plans().years(accountId)) {
            Optional<AccountPlan> plan = services.plans().load(accountId, year);
            if (plan.isEmpty()) {
                continue; // deleted meanwhile
            }
            AccountPlan p = plan.get();
            rows.add(new YearRow(year, p.state(), Completeness.of(p).score(), Staleness.of(p, today).stale(),
                    ActionRules.overdue(p, today).size()));
            if (year == thisYear) {
                current = services.plans().status(p, today);
            }
        }
        return new Overview(name, rows, current);
    }

    /** What the page shows, or null before it is loaded; for tests. */
    Overview overview() {
        return overview;
    }

    @Override
    public void setActive(boolean active) {
        super.setActive(active);
        if (active && overview != null) {
            reload();
        }
    }

    @Override
    protected void createFormContent(IManagedForm managedForm) {
        FormToolkit toolkit = managedForm.getToolkit();
        managedForm.getForm().setText(Messages.DossierPage_title);
        toolkit.decorateFormHeading(managedForm.getForm().getForm());
        body = managedForm.getForm().getBody();
        GridLayoutFactory.fillDefaults().numColumns(2).margins(10, 10).spacing(12, 12).applyTo(body);

        Section plans = toolkit.createSection(body, Section.TITLE_BAR);
        plans.setText(Messages.DossierPage_years);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(plans);
        Composite list = toolkit.createComposite(plans);
        plans.setClient(list);
        GridLayoutFactory.fillDefaults().numColumns(2).margins(4, 4).applyTo(list);
        years = toolkit.createTable(list, SWT.FULL_SELECTION | SWT.SINGLE | SWT.BORDER);
        years.setHeaderVisible(true);
        years.setLinesVisible(true);
        years.setData(WidgetIds.KEY, "planDossier.years");
        for (String title : new String[] {Messages.DossierPage_year, Messages.DossierPage_state,
            Messages.Situation_completeness, Messages.Dashboard_stale, Messages.Dashboard_overdue}) {
            TableColumn column = new TableColumn(years, SWT.LEFT);
            column.setText(title);
            column.setWidth(110);
        }
        GridDataFactory.fillDefaults().grab(true, true).hint(460, 140).applyTo(years);
        years.addListener(SWT.Selection, e -> enableButtons());
        years.addListener(SWT.DefaultSelection, e -> selectedYear().ifPresent(this::open));
        Composite buttons = toolkit.createComposite(list);
        GridLayoutFactory.fillDefaults().applyTo(buttons);
        GridDataFactory.fillDefaults().align(SWT.FILL, SWT.TOP).applyTo(buttons);
        open = button(toolkit, buttons, "planDossier.open", Messages.DossierPage_open,
                () -> selectedYear().ifPresent(this::open));
        create = button(toolkit, buttons, "planDossier.create", NLS.bind(Messages.DossierPage_create, thisYear),
                this::create);
        rollover = button(toolkit, buttons, "planDossier.rollover", Messages.DossierPage_rollover,
                () -> selectedYear().ifPresent(this::confirmRollOver));
        compare = button(toolkit, buttons, "planDossier.compare", Messages.DossierPage_compare, this::compare);

        Section current = toolkit.createSection(body, Section.TITLE_BAR);
        current.setText(NLS.bind(Messages.DossierPage_thisYear, thisYear));
        GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.TOP).applyTo(current);
        Composite facts = toolkit.createComposite(current);
        current.setClient(facts);
        GridLayoutFactory.fillDefaults().numColumns(2).margins(4, 4).spacing(10, 4).applyTo(facts);
        completeness = row(toolkit, facts, Messages.Situation_completeness, "planDossier.completeness");
        staleness = row(toolkit, facts, Messages.Situation_staleness, "planDossier.staleness");
        objectives = row(toolkit, facts, Messages.Situation_objectives, "planDossier.rag");
        revenue = row(toolkit, facts, Messages.DossierPage_revenue, "planDossier.revenue");
        show();
    }

    private static Button button(FormToolkit toolkit, Composite parent, String key, String text, Runnable action) {
        Button button = toolkit.createButton(parent, text, SWT.PUSH);
        button.setData(WidgetIds.KEY, key);
        GridDataFactory.fillDefaults().applyTo(button);
        button.addListener(SWT.Selection, e -> action.run());
        return button;
    }

    private static Label row(FormToolkit toolkit, Composite parent, String caption, String key) {
        toolkit.createLabel(parent, caption);
        Label value = toolkit.createLabel(parent, "", SWT.WRAP);
        value.setData(WidgetIds.KEY, key);
        GridDataFactory.fillDefaults().grab(true, false).hint(260, SWT.DEFAULT).applyTo(value);
        return value;
    }

    private void show() {
        if (overview == null || body == null || body.isDisposed()) {
            return;
        }
        int selected = selectedYear().orElse(thisYear);
        years.removeAll();
        for (YearRow row : overview.years()) {
            TableItem item = new TableItem(years, SWT.NONE);
            item.setText(new String[] {String.valueOf(row.year()), PlanLabels.of(row.state()),
                Format.percent(row.completeness()), row.stale() ? Messages.Dashboard_staleMark : "",
                row.overdueActions() == 0 ? "" : String.valueOf(row.overdueActions())});
            item.setData(row.year());
            if (row.year() == selected) {
                years.setSelection(item);
            }
        }
        if (years.getSelectionIndex() < 0 && years.getItemCount() > 0) {
            years.setSelection(years.getItemCount() - 1);
        }
        PlanStatus status = overview.thisYear();
        if (status == null) {
            String none = NLS.bind(Messages.DossierPage_noPlan, thisYear);
            completeness.setText(none);
            staleness.setText("");
            objectives.setText("");
            revenue.setText("");
        } else {
            Completeness c = status.completeness();
            completeness.setText(c.complete() ? Format.percent(c.score()) : NLS.bind(Messages.DossierPage_scoreMissing,
                    Format.percent(c.score()), NLS.bind(Messages.DossierPage_missing, String.join(
                            Messages.List_separator, c.missing().stream().map(PlanLabels::of).toList()))));
            Staleness s = status.staleness();
            staleness.setText(NLS.bind(s.stale() ? Messages.Situation_stale : Messages.Situation_fresh, s.since(),
                    s.days()));
            objectives.setText(SituationPage.ragSummary(status));
            var r = status.vsActual().revenue();
            revenue.setText(NLS.bind(Messages.DossierPage_revenueText, new Object[] {Format.money(r.actualToDate()),
                Format.money(r.targetToDate()), Format.money(r.forecast()), Format.money(r.target())}));
        }
        enableButtons();
        body.layout(true, true);
        getManagedForm().reflow(true);
    }

    private void enableButtons() {
        if (overview == null || open == null || open.isDisposed()) {
            return;
        }
        Optional<Integer> year = selectedYear();
        Map<Integer, YearRow> byYear = new java.util.HashMap<>();
        overview.years().forEach(r -> byYear.put(r.year(), r));
        open.setEnabled(year.isPresent());
        create.setEnabled(!byYear.containsKey(thisYear));
        create.setVisible(!byYear.containsKey(thisYear));
        boolean canRoll = year.isPresent() && byYear.get(year.get()).state() != PlanState.SNAPSHOT
                && !byYear.containsKey(year.get() + 1);
        rollover.setEnabled(canRoll);
        rollover.setText(NLS.bind(Messages.DossierPage_rolloverTo, year.orElse(thisYear) + 1));
        compare.setEnabled(overview.years().size() >= 2);
        rollover.getParent().layout(true);
    }

    private Optional<Integer> selectedYear() {
        if (years == null || years.isDisposed() || years.getSelectionIndex() < 0) {
            return Optional.empty();
        }
        return Optional.of((Integer) years.getItem(years.getSelectionIndex()).getData());
    }

    // ------------------------------------------------------------------------------------------------ actions

    /** Opens the plan editor of {@code year}. */
    PlanEditor open(int year) {
        return PlanEditors.open(getSite().getPage(), context.accountId(), accountName(), year);
    }

    private String accountName() {
        return overview != null && !overview.accountName().isBlank() ? overview.accountName()
                : getEditor().getEditorInput().getName();
    }

    /** Creates this year's plan (an empty draft) and opens it. */
    Job create() {
        long accountId = context.accountId();
        return UiJobs.run(NLS.bind(Messages.Job_createPlan, thisYear),
                monitor -> services.plans().create(accountId, thisYear), created -> {
                    reload();
                    open(created.year());
                });
    }

    private void confirmRollOver(int year) {
        if (MessageDialog.openConfirm(getSite().getShell(), Messages.DossierPage_rolloverTitle,
                NLS.bind(Messages.DossierPage_rolloverQuestion, new Object[] {year, year + 1, accountName()}))) {
            rollOver(year);
        }
    }

    /** Rolls the plan of {@code year} over into the next year, without asking; for the button and tests. */
    Job rollOver(int year) {
        long accountId = context.accountId();
        return UiJobs.user(NLS.bind(Messages.Job_rollover, year, year + 1),
                monitor -> services.plans().rollover(accountId, year), rolled -> reload());
    }

    private void compare() {
        if (overview == null || overview.years().size() < 2) {
            return;
        }
        List<Integer> all = overview.years().stream().map(YearRow::year).toList();
        new CompareYearsDialog(getSite().getShell(), services, context.accountId(), accountName(), all).open();
    }

    @Override
    public void dispose() {
        if (broker != null) {
            broker.unsubscribe(changed);
        }
        super.dispose();
    }
}
