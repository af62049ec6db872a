package keystone.dossier.ui.internal;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Section;

import keystone.dossier.Complaint;
import keystone.dossier.Delivery;
import keystone.dossier.DossierValidation;
import keystone.dossier.Dossier;
import keystone.dossier.FollowUp;
import keystone.dossier.HistoryEvent;
import keystone.dossier.HistoryStats;
import keystone.dossier.Meeting;
import keystone.dossier.Tender;
import keystone.dossier.TenderOutcome;
import keystone.ui.DossierEditorContext;
import keystone.ui.WidgetIds;

/**
 * The dossier's History page: the relationship history as a timeline and a table, filtered by type, period and
 * text, with the tender win rate and the average complaint resolution time of the period; below, the selected
 * event's details, including a meeting's minutes and follow-up actions. Every change is undoable.
 *
 * <p>The page keeps the events in the order they were added, so the selection stays on its event while its date
 * is edited; the table and the timeline show them newest first. The table is virtual: thousands of events cost
 * nothing until they are scrolled into view.</p>
 */
final class HistoryPage extends DossierFormPage<List<HistoryEvent>> {

    static final String ID = "keystone.dossier.ui.pages.history";

    /** The period filter's presets. */
    enum Period {
        ALL, LAST_12_MONTHS, LAST_3_YEARS, THIS_YEAR, CUSTOM
    }

    private final LocalDate today = LocalDate.now();
    private HistoryEvent.Kind kindFilter;
    private LocalDate from;
    private LocalDate to;
    private String textFilter = "";
    /** Indices into {@link #current()} of the events shown, newest first. */
    private List<Integer> rows = List.of();
    private int selected = -1;
    private int selectedFollowUp = -1;
    private boolean updating;

    private Label figures;
    private Label count;
    private Combo periodCombo;
    private Combo kinds;
    private Text fromText;
    private Text toText;
    private Text findText;
    private Table table;
    private HistoryTimeline timeline;
    private Composite details;
    private StackLayout kindStack;
    private final Map<HistoryEvent.Kind, Composite> kindPanels = new EnumMap<>(HistoryEvent.Kind.class);
    private Table followUps;
    private final List<Runnable> refreshers = new ArrayList<>();

    HistoryPage(DossierEditorContext context) {
        super(context, ID, Messages.History_title);
    }

    @Override
    protected List<HistoryEvent> partOf(Dossier dossier) {
        return dossier.history();
    }

    @Override
    protected Dossier with(Dossier latest, List<HistoryEvent> part) {
        return latest.withHistory(part);
    }

    @Override
    protected void loaded() {
        List<HistoryEvent> all = current();
        selected = -1;
        for (int i = 0; i < all.size(); i++) {
            if (selected < 0 || all.get(i).date().isAfter(all.get(selected).date())) {
                selected = i; // the newest
            }
        }
    }

    // ---------------------------------------------------------------------------------------------- controls

    @Override
    protected void createFormContent(IManagedForm managedForm) {
        FormToolkit toolkit = managedForm.getToolkit();
        managedForm.getForm().setText(Messages.History_title);
        toolkit.decorateFormHeading(managedForm.getForm().getForm());
        Composite body = managedForm.getForm().getBody();
        GridLayoutFactory.fillDefaults().margins(10, 10).spacing(8, 8).applyTo(body);

        figures = toolkit.createLabel(body, "", SWT.WRAP);
        figures.setData(WidgetIds.KEY, "history.figures");
        GridDataFactory.fillDefaults().grab(true, false).hint(400, SWT.DEFAULT).applyTo(figures);
        createFilters(toolkit, body);

        timeline = new HistoryTimeline(body, index -> {
            selected = index;
            selectedFollowUp = -1;
            refresh();
        });
        toolkit.adapt(timeline);
        GridDataFactory.fillDefaults().grab(true, false).hint(400, HistoryTimeline.HEIGHT).applyTo(timeline);

        table = toolkit.createTable(body, SWT.VIRTUAL | SWT.FULL_SELECTION | SWT.SINGLE | SWT.BORDER);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        table.setData(WidgetIds.KEY, "history.table");
        String[] titles = {Messages.History_date, Messages.History_type, Messages.History_eventTitle,
            Messages.History_details};
        int[] widths = {100, 130, 260, 480};
        for (int i = 0; i < titles.length; i++) {
            TableColumn column = new TableColumn(table, SWT.LEFT);
            column.setText(titles[i]);
            column.setWidth(widths[i]);
        }
        table.addListener(SWT.SetData, e -> {
            TableItem item = (TableItem) e.item;
            int row = table.indexOf(item);
            if (row >= 0 && row < rows.size()) {
                HistoryEvent event = current().get(rows.get(row));
                item.setText(new String[] {event.date().toString(), Events.label(event.kind()), oneLine(event.title()),
                    Events.summary(event)});
            }
        });
        table.addListener(SWT.Selection, e -> {
            int row = table.getSelectionIndex();
            if (!updating && row >= 0 && row < rows.size()) {
                selected = rows.get(row);
                selectedFollowUp = -1;
                refresh();
            }
        });
        GridDataFactory.fillDefaults().grab(true, true).hint(600, 200).applyTo(table);

        Composite buttons = toolkit.createComposite(body);
        GridLayoutFactory.fillDefaults().numColumns(6).applyTo(buttons);
        for (HistoryEvent.Kind kind : HistoryEvent.Kind.values()) {
            Button add = toolkit.createButton(buttons, NLS.bind(Messages.History_add, Events.label(kind)), SWT.PUSH);
            add.setData(WidgetIds.KEY, "history.add." + kind.name().toLowerCase(Locale.ROOT));
            add.addListener(SWT.Selection, e -> addEvent(kind));
        }
        Button remove = toolkit.createButton(buttons, Messages.History_remove, SWT.PUSH);
        remove.setData(WidgetIds.KEY, "history.remove");
        remove.addListener(SWT.Selection, e -> removeEvent());
        count = toolkit.createLabel(buttons, "");
        GridDataFactory.fillDefaults().grab(true, false).align(SWT.END, SWT.CENTER).applyTo(count);

        createDetails(toolkit, body);
        refresh();
    }

    private void createFilters(FormToolkit toolkit, Composite body) {
        Composite bar = toolkit.createComposite(body);
        GridLayoutFactory.fillDefaults().numColumns(10).applyTo(bar);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);

        toolkit.createLabel(bar, Messages.History_type);
        kinds = new Combo(bar, SWT.READ_ONLY | SWT.DROP_DOWN);
        toolkit.adapt(kinds, true, false);
        kinds.setData(WidgetIds.KEY, "history.filter.kind");
        kinds.add(Messages.History_allKinds);
        for (HistoryEvent.Kind kind : HistoryEvent.Kind.values()) {
            kinds.add(Events.label(kind));
        }
        kinds.select(0);
        kinds.addListener(SWT.Selection, e -> {
            int i = kinds.getSelectionIndex();
            kindFilter = i <= 0 ? null : HistoryEvent.Kind.values()[i - 1];
            refresh();
        });

        toolkit.createLabel(bar, Messages.History_period);
        periodCombo = new Combo(bar, SWT.READ_ONLY | SWT.DROP_DOWN);
        toolkit.adapt(periodCombo, true, false);
        periodCombo.setData(WidgetIds.KEY, "history.filter.period");
        for (Period p : Period.values()) {
            periodCombo.add(label(p));
        }
        periodCombo.select(0);
        periodCombo.addListener(SWT.Selection, e -> choosePeriod(Period.values()[periodCombo.getSelectionIndex()]));

        toolkit.createLabel(bar, Messages.History_from);
        fromText = periodField(toolkit, bar, "history.filter.from");
        toolkit.createLabel(bar, Messages.History_to);
        toText = periodField(toolkit, bar, "history.filter.to");

        toolkit.createLabel(bar, Messages.History_find);
        findText = toolkit.createText(bar, "", SWT.SINGLE | SWT.SEARCH | SWT.BORDER);
        findText.setData(WidgetIds.KEY, "history.filter.text");
        GridDataFactory.fillDefaults().grab(true, false).hint(160, SWT.DEFAULT).applyTo(findText);
        findText.addModifyListener(e -> {
            textFilter = findText.getText().strip().toLowerCase(Locale.ROOT);
            refresh();
        });
    }

    private Text periodField(FormToolkit toolkit, Composite bar, String key) {
        Text text = toolkit.createText(bar, "", SWT.SINGLE | SWT.BORDER);
        text.setData(WidgetIds.KEY, key);
        text.setMessage("YYYY-MM-DD");
        GridDataFactory.fillDefaults().hint(90, SWT.DEFAULT).applyTo(text);
        text.addModifyListener(e -> {
            if (!updating) {
                customPeriod();
            }
        });
        return text;
    }

    private void createDetails(FormToolkit toolkit, Composite body) {
        Section section = toolkit.createSection(body, Section.TITLE_BAR);
        section.setText(Messages.History_details);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(section);
        details = toolkit.createComposite(section);
        section.setClient(details);
        GridLayoutFactory.fillDefaults().numColumns(2).margins(4, 4).applyTo(details);

        field(toolkit, details, "date", Messages.History_date, false, HistoryEvent.class, e -> e.date().toString(),
                (e, t) -> date(t, "date").filter(d -> e instanceof Complaint c
                        ? inOrder(d, c.resolvedOn(), "date") : true).map(d -> Events.withCommon(e, d, e.title(), e.notes())));
        field(toolkit, details, "title", Messages.History_eventTitle, false, HistoryEvent.class, HistoryEvent::title,
                (e, t) -> required(t, "title", Messages.History_eventTitle)
                        .map(v -> Events.withCommon(e, e.date(), v, e.notes())))
                .setTextLimit(DossierValidation.Field.EVENT_TITLE.maxLength());
        field(toolkit, details, "notes", Messages.History_notes, true, HistoryEvent.class, HistoryEvent::notes,
                (e, t) -> Optional.of(Events.withCommon(e, e.date(), e.title(), t)));

        Composite stackHolder = toolkit.createComposite(details);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(stackHolder);
        kindStack = new StackLayout();
        stackHolder.setLayout(kindStack);
        refreshers.add(0, () -> { // first, so that the fields' own enabling comes after it
            HistoryEvent e = selectedEvent();
            Composite top = e == null ? null : kindPanels.get(e.kind());
            if (kindStack.topControl != top) {
                kindStack.topControl = top;
                stackHolder.layout(true, true);
                details.layout(true, true);
                getManagedForm().reflow(true);
            }
            setEnabled(details, e != null);
        });
        kindPanels.put(HistoryEvent.Kind.DELIVERY, deliveryPanel(toolkit, stackHolder));
        kindPanels.put(HistoryEvent.Kind.TENDER, tenderPanel(toolkit, stackHolder));
        kindPanels.put(HistoryEvent.Kind.COMPLAINT, complaintPanel(toolkit, stackHolder));
        kindPanels.put(HistoryEvent.Kind.MEETING, meetingPanel(toolkit, stackHolder));
    }

    private Composite panel(FormToolkit toolkit, Composite parent) {
        Composite panel = toolkit.createComposite(parent);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(panel);
        return panel;
    }

    private Composite deliveryPanel(FormToolkit toolkit, Composite parent) {
        Composite panel = panel(toolkit, parent);
        field(toolkit, panel, "delivery.what", Messages.Delivery_what, true, Delivery.class, Delivery::what,
                (d, t) -> Optional.of(new Delivery(d.id(), d.accountId(), d.date(), d.title(), d.notes(), t, d.value())));
        field(toolkit, panel, "delivery.value", Messages.Delivery_value, false, Delivery.class,
                d -> Inputs.show(d.value()), (d, t) -> money(t, "delivery.value").map(v -> new Delivery(d.id(),
                        d.accountId(), d.date(), d.title(), d.notes(), d.what(), Inputs.orNull(v))));
        return panel;
    }

    private Composite tenderPanel(FormToolkit toolkit, Composite parent) {
        Composite panel = panel(toolkit, parent);
        toolkit.createLabel(panel, Messages.Tender_outcome);
        Combo outcome = new Combo(panel, SWT.READ_ONLY | SWT.DROP_DOWN);
        toolkit.adapt(outcome, true, false);
        outcome.setData(WidgetIds.KEY, "history.tender.outcome");
        for (TenderOutcome o : TenderOutcome.values()) {
            outcome.add(Events.label(o));
        }
        outcome.addListener(SWT.Selection, e -> {
            if (!updating && selectedEvent() instanceof Tender t) {
                TenderOutcome chosen = TenderOutcome.values()[outcome.getSelectionIndex()];
                if (chosen != t.outcome()) {
                    replace(new Tender(t.id(), t.accountId(), t.date(), t.title(), t.notes(), chosen, t.reason(),
                            t.winningCompetitor(), t.value()), "tender.outcome", false);
                }
            }
        });
        refreshers.add(() -> {
            if (selectedEvent() instanceof Tender t) {
                outcome.select(t.outcome().ordinal());
            }
        });
        field(toolkit, panel, "tender.reason", Messages.Tender_reason, true, Tender.class, Tender::reason,
                (t, v) -> Optional.of(new Tender(t.id(), t.accountId(), t.date(), t.title(), t.notes(), t.outcome(), v,
                        t.winningCompetitor(), t.value())));
        field(toolkit, panel, "tender.winner", Messages.Tender_winner, false, Tender.class, Tender::winningCompetitor,
                (t, v) -> Optional.of(new Tender(t.id(), t.accountId(), t.date(), t.title(), t.notes(), t.outcome(),
                        t.reason(), v, t.value())))
                .setTextLimit(DossierValidation.Field.TENDER_WINNING_COMPETITOR.maxLength());
        field(toolkit, panel, "tender.value", Messages.Tender_value, false, Tender.class, t -> Inputs.show(t.value()),
                (t, v) -> money(v, "tender.value").map(m -> new Tender(t.id(), t.accountId(), t.date(), t.title(),
                        t.notes(), t.outcome(), t.reason(), t.winningCompetitor(), Inputs.orNull(m))));
        return panel;
    }

    private Composite complaintPanel(FormToolkit toolkit, Composite parent) {
        Composite panel = panel(toolkit, parent);
        field(toolkit, panel, "complaint.resolvedOn", Messages.Complaint_resolvedOn, false, Complaint.class,
                c -> Inputs.show(c.resolvedOn()), (c, v) -> {
                    if (v.isBlank()) {
                        return Optional.of(new Complaint(c.id(), c.accountId(), c.date(), c.title(), c.notes(), null,
                                c.resolution()));
                    }
                    return date(v, "complaint.resolvedOn").filter(d -> inOrder(c.date(), d, "complaint.resolvedOn"))
                            .map(d -> new Complaint(c.id(), c.accountId(), c.date(), c.title(), c.notes(), d,
                                    c.resolution()));
                });
        field(toolkit, panel, "complaint.resolution", Messages.Complaint_resolution, true, Complaint.class,
                Complaint::resolution, (c, v) -> Optional.of(new Complaint(c.id(), c.accountId(), c.date(), c.title(),
                        c.notes(), c.resolvedOn(), v)));
        return panel;
    }

    private Composite meetingPanel(FormToolkit toolkit, Composite parent) {
        Composite panel = panel(toolkit, parent);
        field(toolkit, panel, "meeting.participants", Messages.Meeting_participants, false, Meeting.class,
                Meeting::participants, (m, v) -> Optional.of(new Meeting(m.id(), m.accountId(), m.date(), m.title(),
                        m.notes(), v, m.minutes(), m.followUps())));
        field(toolkit, panel, "meeting.minutes", Messages.Meeting_minutes, true, Meeting.class, Meeting::minutes,
                (m, v) -> Optional.of(new Meeting(m.id(), m.accountId(), m.date(), m.title(), m.notes(),
                        m.participants(), v, m.followUps())));

        Label label = toolkit.createLabel(panel, Messages.Meeting_followUps);
        GridDataFactory.fillDefaults().align(SWT.FILL, SWT.TOP).applyTo(label);
        Composite actions = toolkit.createComposite(panel);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(actions);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(actions);
        followUps = toolkit.createTable(actions, SWT.FULL_SELECTION | SWT.SINGLE | SWT.BORDER);
        followUps.setHeaderVisible(true);
        followUps.setData(WidgetIds.KEY, "history.followUps");
        for (String title : new String[] {Messages.FollowUp_action, Messages.FollowUp_owner, Messages.FollowUp_due,
            Messages.FollowUp_done}) {
            TableColumn column = new TableColumn(followUps, SWT.LEFT);
            column.setText(title);
            column.setWidth(title == Messages.FollowUp_action ? 320 : 120);
        }
        GridDataFactory.fillDefaults().grab(true, false).hint(500, 90).applyTo(followUps);
        followUps.addListener(SWT.Selection, e -> {
            if (!updating) {
                selectedFollowUp = followUps.getSelectionIndex();
                refresh();
            }
        });
        Composite buttons = toolkit.createComposite(actions);
        GridLayoutFactory.fillDefaults().applyTo(buttons);
        Button add = toolkit.createButton(buttons, Messages.FollowUp_add, SWT.PUSH);
        add.setData(WidgetIds.KEY, "history.followUp.add");
        add.addListener(SWT.Selection, e -> {
            if (selectedEvent() instanceof Meeting m) {
                List<FollowUp> list = new ArrayList<>(m.followUps());
                list.add(Events.newFollowUp(m));
                selectedFollowUp = list.size() - 1;
                replace(m.withFollowUps(list), "followUp.add", false);
            }
        });
        Button remove = toolkit.createButton(buttons, Messages.FollowUp_remove, SWT.PUSH);
        remove.setData(WidgetIds.KEY, "history.followUp.remove");
        remove.addListener(SWT.Selection, e -> {
            if (selectedEvent() instanceof Meeting m && selectedFollowUp >= 0) {
                List<FollowUp> list = new ArrayList<>(m.followUps());
                list.remove(selectedFollowUp);
                selectedFollowUp = Math.min(selectedFollowUp, list.size() - 1);
                replace(m.withFollowUps(list), "followUp.remove", false);
            }
        });
        refreshers.add(this::showFollowUps);

        followUpField(toolkit, panel, "followUp.action", Messages.FollowUp_action, FollowUp::action,
                (f, v) -> required(v, "followUp.action", Messages.FollowUp_action)
                        .map(a -> new FollowUp(f.id(), a, f.owner(), f.due(), f.done())));
        followUpField(toolkit, panel, "followUp.owner", Messages.FollowUp_owner, FollowUp::owner,
                (f, v) -> Optional.of(new FollowUp(f.id(), f.action(), v, f.due(), f.done())))
                .setTextLimit(DossierValidation.Field.FOLLOW_UP_OWNER.maxLength());
        followUpField(toolkit, panel, "followUp.due", Messages.FollowUp_due, f -> f.due().toString(),
                (f, v) -> date(v, "followUp.due").map(d -> new FollowUp(f.id(), f.action(), f.owner(), d, f.done())));
        toolkit.createLabel(panel, "");
        Button done = toolkit.createButton(panel, Messages.FollowUp_done, SWT.CHECK);
        done.setData(WidgetIds.KEY, "history.followUp.done");
        done.addListener(SWT.Selection, e -> {
            if (!updating && selectedEvent() instanceof Meeting m && selectedFollowUp >= 0) {
                FollowUp f = m.followUps().get(selectedFollowUp);
                replaceFollowUp(m, new FollowUp(f.id(), f.action(), f.owner(), f.due(), done.getSelection()),
                        "followUp.done", false);
            }
        });
        refreshers.add(() -> {
            FollowUp f = selectedFollowUp();
            done.setEnabled(f != null);
            done.setSelection(f != null && f.done());
        });
        return panel;
    }

    /**
     * A text field of the selected event when it is of {@code kind}; a change replaces the event (an empty result of
     * {@code set} means the text is not valid: the field's message says why and the event keeps its value).
     */
    private <E extends HistoryEvent> Text field(FormToolkit toolkit, Composite parent, String key, String label,
            boolean multi, Class<E> kind, Function<E, String> get, BiFunction<E, String, Optional<E>> set) {
        Label caption = toolkit.createLabel(parent, label);
        GridDataFactory.fillDefaults().align(SWT.FILL, multi ? SWT.TOP : SWT.CENTER).applyTo(caption);
        Text text = toolkit.createText(parent, "", (multi ? SWT.MULTI | SWT.WRAP | SWT.V_SCROLL : SWT.SINGLE) | SWT.BORDER);
        text.setData(WidgetIds.KEY, "history." + key);
        text.setTextLimit(DossierValidation.Field.EVENT_NOTES.maxLength());
        GridDataFactory.fillDefaults().grab(true, false).hint(300, multi ? 70 : SWT.DEFAULT).applyTo(text);
        text.addModifyListener(e -> {
            HistoryEvent event = selectedEvent();
            if (!updating && kind.isInstance(event)) {
                set.apply(kind.cast(event), text.getText()).ifPresent(changed -> replace(changed, key, true));
            }
        });
        refreshers.add(() -> {
            HistoryEvent event = selectedEvent();
            if (kind.isInstance(event)) {
                show(text, get.apply(kind.cast(event)));
                report(key, null);
            } else if (event == null) {
                show(text, "");
            }
        });
        return text;
    }

    private Text followUpField(FormToolkit toolkit, Composite parent, String key, String label,
            Function<FollowUp, String> get, BiFunction<FollowUp, String, Optional<FollowUp>> set) {
        toolkit.createLabel(parent, label);
        Text text = toolkit.createText(parent, "", SWT.SINGLE | SWT.BORDER);
        text.setData(WidgetIds.KEY, "history." + key);
        text.setTextLimit(DossierValidation.Field.FOLLOW_UP_ACTION.maxLength());
        GridDataFactory.fillDefaults().grab(true, false).applyTo(text);
        text.addModifyListener(e -> {
            if (!updating && selectedEvent() instanceof Meeting m && selectedFollowUp >= 0) {
                set.apply(m.followUps().get(selectedFollowUp), text.getText())
                        .ifPresent(changed -> replaceFollowUp(m, changed, key, true));
            }
        });
        refreshers.add(() -> {
            FollowUp f = selectedFollowUp();
            text.setEnabled(f != null);
            show(text, f == null ? "" : get.apply(f));
            report(key, null);
        });
        return text;
    }

    // ---------------------------------------------------------------------------------------------- edits

    private void addEvent(HistoryEvent.Kind kind) {
        if (current() == null) {
            return;
        }
        List<HistoryEvent> list = new ArrayList<>(current());
        list.add(Events.create(kind, context.accountId(), today));
        selected = list.size() - 1;
        selectedFollowUp = -1;
        if (kindFilter != null && kindFilter != kind) {
            kindFilter = null; // the new event must be visible
            kinds.select(0);
        }
        edit(Messages.History_edit, "add", list, false);
    }

    private void removeEvent() {
        if (current() == null || selectedEvent() == null) {
            return;
        }
        List<HistoryEvent> list = new ArrayList<>(current());
        list.remove(selected);
        selected = -1;
        edit(Messages.History_edit, "remove", list, false);
    }

    /** Replaces the selected event by {@code changed}; keystrokes in one field of one event make one edit. */
    private void replace(HistoryEvent changed, String field, boolean typing) {
        List<HistoryEvent> list = new ArrayList<>(current());
        list.set(selected, changed);
        edit(Messages.History_edit, field + "#" + selected, list, typing);
    }

    private void replaceFollowUp(Meeting m, FollowUp changed, String field, boolean typing) {
        List<FollowUp> list = new ArrayList<>(m.followUps());
        list.set(selectedFollowUp, changed);
        replace(m.withFollowUps(list), field + "#" + selectedFollowUp, typing);
    }

    // ---------------------------------------------------------------------------------------------- validation

    private Optional<LocalDate> date(String text, String key) {
        Optional<LocalDate> date = Inputs.date(text);
        report(key, date.isEmpty() ? NLS.bind(Messages.History_badDate, text) : null);
        return date;
    }

    private Optional<BigDecimal> money(String text, String key) {
        Optional<BigDecimal> value = Inputs.money(text);
        report(key, value.isEmpty() ? NLS.bind(Messages.History_badMoney, text) : null);
        return value;
    }

    private Optional<String> required(String text, String key, String label) {
        boolean blank = text.isBlank();
        report(key, blank ? NLS.bind(Messages.History_required, label) : null);
        return blank ? Optional.empty() : Optional.of(text);
    }

    /** A complaint cannot be resolved before it was opened; says so when {@code resolvedOn} is before {@code opened}. */
    private boolean inOrder(LocalDate opened, LocalDate resolvedOn, String key) {
        boolean ok = resolvedOn == null || !resolvedOn.isBefore(opened);
        report(key, ok ? null : NLS.bind(Messages.History_resolvedBeforeOpened, opened, resolvedOn));
        return ok;
    }

    // ---------------------------------------------------------------------------------------------- showing

    HistoryEvent selectedEvent() {
        List<HistoryEvent> all = current();
        return all == null || selected < 0 || selected >= all.size() ? null : all.get(selected);
    }

    private FollowUp selectedFollowUp() {
        return selectedEvent() instanceof Meeting m && selectedFollowUp >= 0 && selectedFollowUp < m.followUps().size()
                ? m.followUps().get(selectedFollowUp)
                : null;
    }

    /** The events shown after filtering, newest first; for tests. */
    List<HistoryEvent> shown() {
        return rows.stream().map(current()::get).toList();
    }

    /** Shows the events containing {@code text}; the search view opens the page with its query. */
    void find(String text) {
        if (findText != null && !findText.isDisposed()) {
            findText.setText(text);
        } else {
            textFilter = text.strip().toLowerCase(Locale.ROOT);
        }
    }

    @Override
    public void saved() {
        HistoryEvent before = selectedEvent();
        super.saved();
        selected = -1;
        if (before != null) {
            List<HistoryEvent> all = current();
            for (int i = 0; i < all.size() && selected < 0; i++) {
                HistoryEvent e = all.get(i);
                if (before.id() != HistoryEvent.NEW_ID ? e.id() == before.id()
                        : e.kind() == before.kind() && e.date().equals(before.date()) && e.title().equals(before.title())) {
                    selected = i;
                }
            }
        }
        refresh();
    }

    @Override
    protected void refresh() {
        if (table == null || table.isDisposed() || current() == null) {
            return;
        }
        List<HistoryEvent> all = current();
        if (selected >= all.size()) {
            selected = -1; // after an undo of "add"
        }
        List<Integer> inPeriod = new ArrayList<>();
        List<HistoryEvent> periodEvents = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            HistoryEvent e = all.get(i);
            if ((from == null || !e.date().isBefore(from)) && (to == null || !e.date().isAfter(to))) {
                periodEvents.add(e);
                if ((kindFilter == null || e.kind() == kindFilter)
                        && (textFilter.isEmpty() || Events.contains(e, textFilter))) {
                    inPeriod.add(i);
                }
            }
        }
        inPeriod.sort((a, b) -> {
            int byDate = all.get(b).date().compareTo(all.get(a).date());
            return byDate != 0 ? byDate : Integer.compare(b, a);
        });
        rows = inPeriod;
        updating = true;
        try {
            figures.setText(figures(HistoryStats.of(periodEvents, today)));
            count.setText(NLS.bind(Messages.History_count, rows.size(), all.size()));
            count.getParent().layout();
            table.clearAll();
            table.setItemCount(rows.size());
            int row = rows.indexOf(selected);
            if (row >= 0) {
                table.setSelection(row);
                table.showSelection();
            } else {
                table.deselectAll();
            }
            timeline.show(all, rows, selected, from, to, today);
            refreshers.forEach(Runnable::run);
        } finally {
            updating = false;
        }
    }

    private void showFollowUps() {
        followUps.removeAll();
        if (selectedEvent() instanceof Meeting m) {
            for (FollowUp f : m.followUps()) {
                TableItem item = new TableItem(followUps, SWT.NONE);
                item.setText(new String[] {oneLine(f.action()), f.owner(), f.due().toString(),
                    f.done() ? Messages.FollowUp_doneMark : ""});
                if (f.overdue(today)) {
                    item.setForeground(followUps.getDisplay().getSystemColor(SWT.COLOR_RED));
                }
            }
            if (selectedFollowUp >= m.followUps().size()) {
                selectedFollowUp = m.followUps().size() - 1;
            }
            if (selectedFollowUp >= 0) {
                followUps.setSelection(selectedFollowUp);
            }
        }
    }

    private static String figures(HistoryStats s) {
        NumberFormat percent = NumberFormat.getPercentInstance();
        NumberFormat days = NumberFormat.getNumberInstance();
        days.setMaximumFractionDigits(1);
        String winRate = s.winRate().isPresent() ? percent.format(s.winRate().getAsDouble()) : Messages.History_none;
        String average = s.averageResolutionDays().isPresent() ? days.format(s.averageResolutionDays().getAsDouble())
                : Messages.History_none;
        return NLS.bind(Messages.History_figures, new Object[] {s.tendersWon(), s.tendersLost(), s.tendersWithdrawn(),
            s.tendersOpen(), winRate, s.complaintsResolved(), average, s.complaintsOpen()});
    }

    private void choosePeriod(Period chosen) {
        switch (chosen) {
            case ALL -> setPeriod(null, null);
            case LAST_12_MONTHS -> setPeriod(today.minusMonths(12).plusDays(1), today);
            case LAST_3_YEARS -> setPeriod(today.minusYears(3).plusDays(1), today);
            case THIS_YEAR -> setPeriod(today.withDayOfYear(1), today.withDayOfYear(today.lengthOfYear()));
            case CUSTOM -> customPeriod();
        }
    }

    private void setPeriod(LocalDate newFrom, LocalDate newTo) {
        from = newFrom;
        to = newTo;
        updating = true;
        try {
            show(fromText, Inputs.show(newFrom));
            show(toText, Inputs.show(newTo));
        } finally {
            updating = false;
        }
        report("filter", null);
        refresh();
    }

    private void customPeriod() {
        Optional<LocalDate> f = fromText.getText().isBlank() ? Optional.empty() : Inputs.date(fromText.getText());
        Optional<LocalDate> t = toText.getText().isBlank() ? Optional.empty() : Inputs.date(toText.getText());
        boolean fromOk = fromText.getText().isBlank() || f.isPresent();
        boolean toOk = toText.getText().isBlank() || t.isPresent();
        if (!fromOk || !toOk) {
            report("filter", NLS.bind(Messages.History_badDate, fromOk ? toText.getText() : fromText.getText()));
            return;
        }
        report("filter", null);
        periodCombo.select(Period.CUSTOM.ordinal());
        from = f.orElse(null);
        to = t.orElse(null);
        refresh();
    }

    private static String label(Period p) {
        return switch (p) {
            case ALL -> Messages.Period_ALL;
            case LAST_12_MONTHS -> Messages.Period_LAST_12_MONTHS;
            case LAST_3_YEARS -> Messages.Period_LAST_3_YEARS;
            case THIS_YEAR -> Messages.Period_THIS_YEAR;
            case CUSTOM -> Messages.Period_CUSTOM;
        };
    }

    private static void show(Text text, String value) {
        if (!value.equals(text.getText())) {
            text.setText(value);
        }
    }

    private static void setEnabled(Control control, boolean enabled) {
        if (control instanceof Composite composite && !(control instanceof Table) && !(control instanceof Combo)) {
            for (Control child : composite.getChildren()) {
                setEnabled(child, enabled);
            }
        } else if (!(control instanceof Label)) {
            control.setEnabled(enabled);
        }
    }

    private static String oneLine(String text) {
        String flat = text.replace('\n', ' ').replace('\r', ' ');
        return flat.length() > 200 ? flat.substring(0, 200) + "\u2026" : flat;
    }
}
