package keystone.decisionmap.ui.internal;

import java.awt.EventQueue;
import java.awt.Frame;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javax.swing.JRootPane;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.awt.SWT_AWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.IMessageManager;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Section;

import keystone.decisionmap.BuyingRole;
import keystone.decisionmap.Coverage;
import keystone.decisionmap.CoverageReport;
import keystone.decisionmap.CycleException;
import keystone.decisionmap.DecisionMap;
import keystone.decisionmap.DecisionMapService;
import keystone.decisionmap.Influence;
import keystone.decisionmap.InfluenceLine;
import keystone.decisionmap.Level;
import keystone.decisionmap.MapEdits;
import keystone.decisionmap.Person;
import keystone.decisionmap.Relationship;
import keystone.decisionmap.ReportingLine;
import keystone.decisionmap.Stance;
import keystone.decisionmap.Strength;
import keystone.decisionmap.chart.ChartExport;
import keystone.decisionmap.chart.ChartLayout;
import keystone.decisionmap.chart.ChartStyle;
import keystone.decisionmap.chart.OrgChartLayout;
import keystone.ui.ChartExportDialog;
import keystone.ui.DossierEditorContext;
import keystone.ui.ValueEdit;
import keystone.ui.WidgetIds;
import keystone.ui.internal.UiJobs;

/**
 * The dossier's Decision Makers page: the customer's people as an org chart in a JGraphX graph embedded in SWT,
 * with a details panel beside it and the map's coverage above. Add, delete, drag onto a manager, draw influence
 * lines; every change is an undoable edit of the whole map, which is laid out again (manual positions kept).
 * A reporting cycle is refused with a message. The meeting-safe toggle hides stance, notes and relationship
 * strength from the chart and the panel, for showing the chart to a wider audience.
 */
final class DecisionMapPage extends FormPage implements DossierEditorContext.SaveParticipant {

    static final String ID = "keystone.decisionmap.ui.pages.map";
    private static final String CYCLE = "map.cycle";
    /** No person: ids of people not stored yet are negative, so -1 is a person. */
    static final long NONE = Long.MIN_VALUE;

    private final DossierEditorContext context;
    private final DecisionMapService service;
    private final Consumer<DecisionMap> applier = this::apply;
    private DecisionMap saved;
    private DecisionMap current;
    private DecisionMap saving;
    private DecisionMap stored;
    private ChartLayout layout = ChartLayout.empty();
    private long selected = NONE;
    private boolean meetingSafe;
    /** Dropping one box on another draws an influence line instead of changing the manager. */
    private boolean drawInfluence;
    private boolean updating;

    private FormToolkit toolkit;
    private IMessageManager messages;
    private Composite body;
    private Label coverage;
    private Composite details;
    private Frame frame;
    /** Created, set and used on the AWT event thread only. */
    private volatile GraphPanel graph;
    private final List<Runnable> refreshers = new ArrayList<>();
    private final List<Control> sensitive = new ArrayList<>();

    DecisionMapPage(DossierEditorContext context) {
        super(context.editor(), ID, Messages.Map_title);
        this.context = context;
        context.addSaveParticipant(this);
        service = context.editor().getSite().getService(DecisionMapService.class);
        long id = context.accountId();
        UiJobs.run(Messages.Map_title, monitor -> service.load(id), map -> {
            saved = map;
            current = map;
            refresh();
        });
    }

    /** The map as edited, or null before it is loaded; for tests. */
    DecisionMap current() {
        return current;
    }

    /** The layout shown; for tests. */
    ChartLayout layout() {
        return layout;
    }

    long selected() {
        return selected;
    }

    // ------------------------------------------------------------------------------------------- controls

    @Override
    protected void createFormContent(IManagedForm managedForm) {
        toolkit = managedForm.getToolkit();
        messages = managedForm.getMessageManager();
        managedForm.getForm().setText(Messages.Map_title);
        toolkit.decorateFormHeading(managedForm.getForm().getForm());
        body = managedForm.getForm().getBody();
        GridLayoutFactory.fillDefaults().margins(6, 6).applyTo(body);

        coverage = toolkit.createLabel(body, "", SWT.WRAP);
        coverage.setData(WidgetIds.KEY, "map.coverage");
        GridDataFactory.fillDefaults().grab(true, false).hint(400, SWT.DEFAULT).applyTo(coverage);
        toolbar(body);

        SashForm sash = new SashForm(body, SWT.HORIZONTAL);
        toolkit.adapt(sash);
        GridDataFactory.fillDefaults().grab(true, true).hint(600, 420).applyTo(sash);
        Composite embedded = new Composite(sash, SWT.EMBEDDED | SWT.NO_BACKGROUND);
        embedded.setData(WidgetIds.KEY, "map.graph");
        frame = SWT_AWT.new_Frame(embedded);
        Display display = body.getDisplay();
        Frame awtFrame = frame;
        GraphEvents events = new GraphEvents(display);
        EventQueue.invokeLater(() -> { // the AWT thread builds it; the SWT thread never waits for the AWT thread
            graph = new GraphPanel(events);
            JRootPane root = new JRootPane();
            root.getContentPane().add(graph);
            awtFrame.add(root);
            awtFrame.validate();
        });

        ScrolledComposite scroll = new ScrolledComposite(sash, SWT.V_SCROLL | SWT.H_SCROLL);
        toolkit.adapt(scroll);
        details = toolkit.createComposite(scroll);
        scroll.setContent(details);
        scroll.setExpandHorizontal(true);
        scroll.setExpandVertical(true);
        GridLayoutFactory.fillDefaults().numColumns(2).margins(6, 6).applyTo(details);
        createDetails();
        details.addListener(SWT.Resize, e -> scroll.setMinSize(details.computeSize(SWT.DEFAULT, SWT.DEFAULT)));
        sash.setWeights(65, 35);
        refresh();
    }

    private void toolbar(Composite parent) {
        Composite bar = toolkit.createComposite(parent);
        GridLayoutFactory.fillDefaults().numColumns(12).applyTo(bar);
        button(bar, "map.add", Messages.Map_add, this::addPerson);
        button(bar, "map.delete", Messages.Map_delete, () -> deletePerson(selected));
        button(bar, "map.autoLayout", Messages.Map_autoLayout, this::autoLayout);
        button(bar, "map.zoomIn", Messages.Map_zoomIn, () -> awt(graph::zoomIn));
        button(bar, "map.zoomOut", Messages.Map_zoomOut, () -> awt(graph::zoomOut));
        button(bar, "map.fit", Messages.Map_fit, () -> awt(graph::fit));
        Button influenceMode = toolkit.createButton(bar, Messages.Map_influenceMode, SWT.CHECK);
        influenceMode.setData(WidgetIds.KEY, "map.influenceMode");
        influenceMode.setToolTipText(Messages.Map_influenceModeTip);
        influenceMode.addListener(SWT.Selection, e -> drawInfluence = influenceMode.getSelection());
        Button safe = toolkit.createButton(bar, Messages.Map_meetingSafe, SWT.CHECK);
        safe.setData(WidgetIds.KEY, "map.meetingSafe");
        safe.setToolTipText(Messages.Map_meetingSafeTip);
        safe.addListener(SWT.Selection, e -> setMeetingSafe(safe.getSelection()));
        button(bar, "map.export", Messages.Map_export, () -> exportWithDialog(false));
        button(bar, "map.exportVisible", Messages.Map_exportVisible, () -> exportWithDialog(true));
    }

    private Button button(Composite parent, String key, String label, Runnable action) {
        Button button = toolkit.createButton(parent, label, SWT.PUSH);
        button.setData(WidgetIds.KEY, key);
        button.addListener(SWT.Selection, e -> action.run());
        return button;
    }

    private void createDetails() {
        for (People.Text field : People.Text.values()) {
            boolean multi = field == People.Text.NOTES;
            Label caption = toolkit.createLabel(details, label(field));
            Text text = toolkit.createText(details, "", (multi ? SWT.MULTI | SWT.WRAP | SWT.V_SCROLL : SWT.SINGLE) | SWT.BORDER);
            text.setData(WidgetIds.KEY, "map.person." + field.name().toLowerCase(Locale.ROOT));
            GridDataFactory.fillDefaults().grab(true, false).hint(160, multi ? 60 : SWT.DEFAULT).applyTo(text);
            text.addModifyListener(e -> {
                Person p = person();
                if (!updating && p != null) {
                    if (field == People.Text.NAME && text.getText().isBlank()) {
                        messages.addMessage("map.name", Messages.Map_nameRequired, null, IMessageProvider.ERROR, text);
                        return;
                    }
                    messages.removeMessage("map.name", text);
                    edit(field.name() + selected, MapEdits.updatePerson(current, People.with(p, field,
                            text.getText())), true);
                }
            });
            refreshers.add(() -> show(text, person() == null ? "" : People.get(person(), field)));
            if (multi) {
                sensitive.add(caption);
                sensitive.add(text);
            }
        }
        combo("level", Messages.Map_level, Level.values(), Labels::of, Person::level,
                (p, v) -> p.withLevel((Level) v));
        Combo stance = combo("stance", Messages.Map_stance, Stance.values(), Labels::of, Person::stance,
                (p, v) -> p.withStance((Stance) v));
        sensitive.add(stance);
        sensitive.add(labelBefore(stance));
        combo("influence", Messages.Map_influence, Influence.values(), Labels::of, Person::influence,
                (p, v) -> p.withInfluence((Influence) v));

        toolkit.createLabel(details, Messages.Map_roles);
        Composite roles = toolkit.createComposite(details);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(roles);
        for (BuyingRole role : BuyingRole.values()) {
            Button check = toolkit.createButton(roles, Labels.of(role), SWT.CHECK);
            check.setData(WidgetIds.KEY, "map.role." + role.name().toLowerCase(Locale.ROOT));
            check.addListener(SWT.Selection, e -> {
                Person p = person();
                if (!updating && p != null) {
                    Set<BuyingRole> next = p.roles().isEmpty() ? EnumSet.noneOf(BuyingRole.class)
                            : EnumSet.copyOf(p.roles());
                    if (check.getSelection()) {
                        next.add(role);
                    } else {
                        next.remove(role);
                    }
                    edit("roles" + selected, MapEdits.updatePerson(current, p.withRoles(next)), false);
                }
            });
            refreshers.add(() -> check.setSelection(person() != null && person().has(role)));
        }

        toolkit.createLabel(details, "");
        Button left = toolkit.createButton(details, Messages.Map_left, SWT.CHECK);
        left.setData(WidgetIds.KEY, "map.person.left");
        left.addListener(SWT.Selection, e -> {
            Person p = person();
            if (!updating && p != null) {
                edit("left" + selected, MapEdits.updatePerson(current, People.withLeft(p, left.getSelection(),
                        left.getSelection() ? LocalDate.now() : null)), false);
            }
        });
        refreshers.add(() -> left.setSelection(person() != null && person().left()));

        Combo manager = peopleCombo("map.manager", Messages.Map_reportsTo);
        manager.addListener(SWT.Selection, e -> {
            if (!updating && person() != null) {
                setManager(selected, idAt(manager));
            }
        });
        refreshers.add(() -> fillPeople(manager, current == null || selected == NONE ? NONE
                : current.reporting().stream().filter(l -> l.reportId() == selected && !l.dotted())
                        .mapToLong(ReportingLine::managerId).findFirst().orElse(NONE)));

        Combo dotted = peopleCombo("map.dotted", Messages.Map_dottedTo);
        Combo influences = peopleCombo("map.influence", Messages.Map_influences);
        refreshers.add(() -> {
            fillPeople(dotted, NONE);
            fillPeople(influences, NONE);
        });
        toolkit.createLabel(details, "");
        Composite lineButtons = toolkit.createComposite(details);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(lineButtons);
        button(lineButtons, "map.addDotted", Messages.Map_addDotted, () -> addDotted(selected, idAt(dotted)));
        button(lineButtons, "map.connect", Messages.Map_connect, () -> connect(selected, idAt(influences)));

        Label linesLabel = toolkit.createLabel(details, Messages.Map_lines);
        GridDataFactory.fillDefaults().align(SWT.FILL, SWT.TOP).applyTo(linesLabel);
        Table lines = toolkit.createTable(details, SWT.FULL_SELECTION | SWT.SINGLE | SWT.BORDER);
        lines.setData(WidgetIds.KEY, "map.lines");
        GridDataFactory.fillDefaults().grab(true, false).hint(160, 80).applyTo(lines);
        new TableColumn(lines, SWT.LEFT).setWidth(300);
        List<Object> shownLines = new ArrayList<>();
        refreshers.add(() -> {
            lines.removeAll();
            shownLines.clear();
            if (current != null && selected != NONE) {
                for (ReportingLine l : current.reporting()) {
                    if (l.reportId() == selected || l.managerId() == selected) {
                        shownLines.add(l);
                        new TableItem(lines, SWT.NONE).setText(NLS.bind(l.dotted() ? Messages.Map_lineDotted
                                : Messages.Map_lineSolid, name(l.reportId()), name(l.managerId())));
                    }
                }
                for (InfluenceLine l : current.influence()) {
                    if (l.fromId() == selected || l.toId() == selected) {
                        shownLines.add(l);
                        new TableItem(lines, SWT.NONE).setText(NLS.bind(Messages.Map_lineInfluence, name(l.fromId()),
                                name(l.toId())));
                    }
                }
            }
        });
        toolkit.createLabel(details, "");
        button(details, "map.removeLine", Messages.Map_removeLine, () -> {
            int i = lines.getSelectionIndex();
            if (i >= 0 && i < shownLines.size()) {
                Object line = shownLines.get(i);
                edit("line", line instanceof ReportingLine r ? MapEdits.removeReportingLine(current, r.managerId(),
                        r.reportId()) : MapEdits.disconnectInfluence(current, ((InfluenceLine) line).fromId(),
                                ((InfluenceLine) line).toId()), false);
            }
        });
        createRelationships();
    }

    private void createRelationships() {
        Section section = toolkit.createSection(details, Section.TITLE_BAR);
        section.setText(Messages.Map_relationships);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(section);
        Composite client = toolkit.createComposite(section);
        section.setClient(client);
        sensitive.add(section);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(client);
        Table table = toolkit.createTable(client, SWT.FULL_SELECTION | SWT.SINGLE | SWT.BORDER);
        table.setHeaderVisible(true);
        table.setData(WidgetIds.KEY, "map.relationships");
        for (String title : new String[] {Messages.Map_ourPerson, Messages.Map_current, Messages.Map_target,
            Messages.Map_lastContact}) {
            TableColumn column = new TableColumn(table, SWT.LEFT);
            column.setText(title);
            column.setWidth(100);
        }
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(200, 70).applyTo(table);
        AtomicReference<List<Relationship>> rows = new AtomicReference<>(List.of());
        refreshers.add(() -> {
            table.removeAll();
            rows.set(current == null || selected == NONE ? List.of() : current.relationshipsOf(selected));
            for (Relationship r : rows.get()) {
                new TableItem(table, SWT.NONE).setText(new String[] {r.ourPerson(), Labels.of(r.current()),
                    Labels.of(r.target()), r.lastContact() == null ? "" : r.lastContact().toString()});
            }
        });
        Text ours = toolkit.createText(client, "", SWT.SINGLE | SWT.BORDER);
        ours.setData(WidgetIds.KEY, "map.relationship.ours");
        ours.setMessage(Messages.Map_ourPerson);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(ours);
        Combo strength = new Combo(client, SWT.READ_ONLY | SWT.DROP_DOWN);
        toolkit.adapt(strength, true, false);
        strength.setData(WidgetIds.KEY, "map.relationship.strength");
        for (Strength s : Strength.values()) {
            strength.add(Labels.of(s));
        }
        strength.select(Strength.WORKING.ordinal());
        button(client, "map.relationship.add", Messages.Map_addRelationship, () -> {
            if (person() != null && !ours.getText().isBlank()) {
                Strength s = Strength.values()[strength.getSelectionIndex()];
                edit("relationship", MapEdits.addRelationship(current, new Relationship(Relationship.NEW_ID, selected,
                        ours.getText().strip(), s, s, LocalDate.now())), false);
                ours.setText("");
            }
        });
        button(client, "map.relationship.remove", Messages.Map_removeRelationship, () -> {
            int i = table.getSelectionIndex();
            if (i >= 0 && i < rows.get().size()) {
                edit("relationship", MapEdits.removeRelationship(current, rows.get().get(i)), false);
            }
        });
    }

    private <E extends Enum<E>> Combo combo(String key, String label, E[] values, java.util.function.Function<E, String> text,
            java.util.function.Function<Person, E> get, java.util.function.BiFunction<Person, Object, Person> set) {
        toolkit.createLabel(details, label);
        Combo combo = new Combo(details, SWT.READ_ONLY | SWT.DROP_DOWN);
        toolkit.adapt(combo, true, false);
        combo.setData(WidgetIds.KEY, "map.person." + key);
        for (E value : values) {
            combo.add(text.apply(value));
        }
        GridDataFactory.fillDefaults().grab(true, false).applyTo(combo);
        combo.addListener(SWT.Selection, e -> {
            Person p = person();
            int i = combo.getSelectionIndex();
            if (!updating && p != null && i >= 0 && values[i] != get.apply(p)) {
                edit(key + selected, MapEdits.updatePerson(current, set.apply(p, values[i])), false);
            }
        });
        refreshers.add(() -> {
            if (person() == null) {
                combo.deselectAll();
            } else {
                combo.select(get.apply(person()).ordinal());
            }
        });
        return combo;
    }

    private Combo peopleCombo(String key, String label) {
        toolkit.createLabel(details, label);
        Combo combo = new Combo(details, SWT.READ_ONLY | SWT.DROP_DOWN);
        toolkit.adapt(combo, true, false);
        combo.setData(WidgetIds.KEY, key);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(combo);
        return combo;
    }

    /** Fills {@code combo} with "(nobody)" and every other person, selecting {@code chosen}; ids kept as data. */
    private void fillPeople(Combo combo, long chosen) {
        List<Long> ids = new ArrayList<>();
        List<String> names = new ArrayList<>();
        ids.add(NONE);
        names.add(Messages.Map_nobody);
        if (current != null && selected != NONE) {
            for (Person p : current.people()) {
                if (p.id() != selected) {
                    ids.add(p.id());
                    names.add(p.name().isBlank() ? "#" + p.id() : p.name());
                }
            }
        }
        combo.setItems(names.toArray(String[]::new));
        combo.setData("ids", ids);
        combo.select(Math.max(0, ids.indexOf(chosen)));
    }

    @SuppressWarnings("unchecked")
    private static long idAt(Combo combo) {
        List<Long> ids = (List<Long>) combo.getData("ids");
        int i = combo.getSelectionIndex();
        return ids == null || i < 0 || i >= ids.size() ? NONE : ids.get(i);
    }

    private static Label labelBefore(Control control) {
        Control[] siblings = control.getParent().getChildren();
        for (int i = 1; i < siblings.length; i++) {
            if (siblings[i] == control && siblings[i - 1] instanceof Label l) {
                return l;
            }
        }
        throw new IllegalStateException("no label before " + control);
    }

    // ------------------------------------------------------------------------------------------- edits

    /** Adds a person; when someone is selected, the new person reports to them. */
    void addPerson() {
        if (current == null) {
            return;
        }
        Level level = Level.OPERATIONAL;
        Optional<Person> manager = current.person(selected);
        if (manager.isPresent() && manager.get().level() == Level.TOP) {
            level = Level.MIDDLE;
        }
        DecisionMap next = MapEdits.addPerson(current, Person.draft(context.accountId(), Messages.Map_newPerson, level));
        long added = next.people().get(next.people().size() - 1).id();
        if (manager.isPresent()) {
            next = MapEdits.setManager(next, added, manager.get().id());
        }
        selected = added;
        edit("add", next, false);
    }

    void deletePerson(long personId) {
        if (current != null && current.contains(personId)) {
            selected = NONE;
            edit("delete", MapEdits.removePerson(current, personId).map(), false);
        }
    }

    void setManager(long reportId, long managerId) {
        if (current == null || !current.contains(reportId)) {
            return;
        }
        if (managerId == NONE) {
            List<ReportingLine> kept = current.reporting().stream()
                    .filter(l -> l.reportId() != reportId || l.dotted()).toList();
            edit("manager", current.withReporting(kept), false);
            return;
        }
        try {
            edit("manager", MapEdits.setManager(current, reportId, managerId), false);
            messages.removeMessage(CYCLE);
        } catch (CycleException e) {
            refused(reportId, managerId);
        }
    }

    void addDotted(long reportId, long managerId) {
        if (current == null || !current.contains(reportId) || !current.contains(managerId)) {
            return;
        }
        try {
            edit("dotted", MapEdits.addManager(current, reportId, managerId, true), false);
            messages.removeMessage(CYCLE);
        } catch (CycleException e) {
            refused(reportId, managerId);
        }
    }

    void connect(long fromId, long toId) {
        if (current != null && current.contains(fromId) && current.contains(toId) && fromId != toId) {
            edit("influence", MapEdits.connectInfluence(current, fromId, toId, ""), false);
        }
    }

    /** Places the dragged people where they were dropped, as one edit. */
    void move(java.util.Map<Long, java.awt.geom.Point2D> places) {
        if (current == null) {
            return;
        }
        DecisionMap next = current;
        for (var place : places.entrySet()) {
            if (next.contains(place.getKey())) {
                next = MapEdits.move(next, place.getKey(), place.getValue().getX(), place.getValue().getY());
            }
        }
        if (next != current) {
            edit("move", next, false);
        }
    }

    /** Forgets every manual position: the whole map is laid out automatically again. */
    void autoLayout() {
        if (current == null) {
            return;
        }
        DecisionMap next = current;
        for (Person p : current.people()) {
            if (p.manuallyPlaced()) {
                next = MapEdits.move(next, p.id(), null, null);
            }
        }
        if (next != current) {
            edit("autoLayout", next, false);
        }
    }

    void select(long personId) {
        selected = current != null && current.contains(personId) ? personId : NONE;
        refreshDetails();
        ChartStyle style = style();
        awt(() -> {
            graph.select(personId);
            graph.restyle(style);
        });
    }

    void setMeetingSafe(boolean safe) {
        meetingSafe = safe;
        for (Control c : sensitive) {
            c.setVisible(!safe);
            if (c.getLayoutData() instanceof org.eclipse.swt.layout.GridData data) {
                data.exclude = safe;
            }
        }
        details.layout(true, true);
        ChartStyle style = style();
        awt(() -> graph.restyle(style));
        showCoverage();
    }

    boolean meetingSafe() {
        return meetingSafe;
    }

    private void refused(long reportId, long managerId) {
        messages.addMessage(CYCLE, NLS.bind(Messages.Map_cycle, name(reportId), name(managerId)), null,
                IMessageProvider.ERROR);
        refresh(); // puts the dragged box back
    }

    private void edit(String field, DecisionMap next, boolean typing) {
        ValueEdit.perform(context, Messages.Map_edit, applier, field, current, next, typing);
    }

    private void apply(DecisionMap map) {
        current = map;
        if (!map.contains(selected)) {
            selected = NONE;
        }
        refresh();
        context.dirtyChanged();
    }

    // ------------------------------------------------------------------------------------------- export

    private void exportWithDialog(boolean visibleOnly) {
        ChartExportDialog.open(getSite().getShell(), getEditor().getTitle() + ".png",
                file -> export(file, visibleOnly));
    }

    /** Exports the chart (all of it, or the part the view shows) to a PNG, SVG or PDF file, in a job. */
    void export(Path file, boolean visibleOnly) {
        ChartLayout exported = layout;
        ChartStyle style = style().withoutSelection();
        if (visibleOnly) {
            Display display = details.getDisplay();
            awt(() -> { // ask the AWT thread what it shows, without waiting for it
                java.awt.geom.Rectangle2D region = graph.visibleRegion();
                display.asyncExec(() -> write(ChartExport.region(exported, region, style), file));
            });
        } else {
            write(ChartExport.whole(exported, style), file);
        }
    }

    private void write(ChartExport.Page page, Path file) {
        ChartExportDialog.export(file, Messages.Map_exportJob, Messages.Map_exportFailed, page::writeTo);
    }

    // ------------------------------------------------------------------------------------------- saving

    @Override
    public boolean isDirty() {
        return current != null && !current.equals(saved);
    }

    @Override
    public void aboutToSave() {
        saving = current;
    }

    @Override
    public void save(IProgressMonitor monitor) {
        stored = service.save(saving);
    }

    @Override
    public void saved() {
        saved = stored;
        if (current != saving) {
            refresh(); // edited while saving: those edits stay, and dirty
            return;
        }
        int index = -1;
        for (int i = 0; current != null && i < current.people().size(); i++) {
            if (current.people().get(i).id() == selected) {
                index = i;
            }
        }
        current = stored;
        selected = index >= 0 && index < stored.people().size() ? stored.people().get(index).id() : NONE;
        refresh();
    }

    // ------------------------------------------------------------------------------------------- showing

    private Person person() {
        return current == null ? null : current.person(selected).orElse(null);
    }

    private String name(long personId) {
        return current.person(personId).map(Person::name).orElse("?");
    }

    private ChartStyle style() {
        ChartStyle style = ChartStyle.NORMAL.withMeetingSafe(meetingSafe);
        return selected != NONE ? style.withSelection(selected) : style;
    }

    private void refresh() {
        if (current == null || details == null || details.isDisposed()) {
            return;
        }
        layout = OrgChartLayout.layout(current);
        ChartLayout shown = layout;
        ChartStyle style = style();
        awt(() -> graph.show(shown, style));
        refreshDetails();
        showCoverage();
    }

    private void refreshDetails() {
        updating = true;
        try {
            refreshers.forEach(Runnable::run);
            for (Control child : details.getChildren()) {
                enable(child, person() != null);
            }
        } finally {
            updating = false;
        }
    }

    private void enable(Control control, boolean enabled) {
        if (control instanceof Composite c && !(control instanceof Combo) && !(control instanceof Table)) {
            for (Control child : c.getChildren()) {
                enable(child, enabled);
            }
        } else if (!(control instanceof Label)) {
            control.setEnabled(enabled);
        }
    }

    private void showCoverage() {
        if (current == null || coverage == null || coverage.isDisposed()) {
            return;
        }
        if (meetingSafe) {
            coverage.setText(Messages.Map_meetingSafeOn);
            coverage.setForeground(null);
            body.layout(true, false);
            return;
        }
        CoverageReport report = Coverage.of(current, LocalDate.now(), CoverageView.STALE_DAYS);
        String text = NLS.bind(Messages.Map_coverage, new Object[] {Messages.of(report.quality()), current.people().size(),
            report.decisionMakerShare().isPresent()
                    ? java.text.NumberFormat.getPercentInstance().format(report.decisionMakerShare().getAsDouble())
                    : Messages.Finding_none,
            CoverageView.findings(report)});
        if (!report.singleThreaded().isEmpty()) {
            text = NLS.bind(Messages.Map_singleThreaded, text, names(report.singleThreaded()));
        }
        if (!report.stale().isEmpty()) {
            text = NLS.bind(Messages.Map_stale, text, names(report.stale()));
        }
        coverage.setText(text);
        coverage.setForeground(coverage.getDisplay().getSystemColor(switch (report.quality()) {
            case RED -> SWT.COLOR_DARK_RED;
            case AMBER -> SWT.COLOR_DARK_YELLOW;
            case GREEN -> SWT.COLOR_DARK_GREEN;
        }));
        body.layout(true, false);
    }

    private static String names(List<Person> people) {
        return String.join(Messages.Map_listSeparator, people.stream().map(Person::name).toList());
    }

    private static void show(Text text, String value) {
        if (!value.equals(text.getText())) {
            text.setText(value);
        }
    }

    private static String label(People.Text field) {
        return switch (field) {
            case NAME -> Messages.Map_name;
            case TITLE -> Messages.Map_titleField;
            case DEPARTMENT -> Messages.Map_department;
            case SUBSIDIARY -> Messages.Map_subsidiary;
            case NOTES -> Messages.Map_notes;
        };
    }

    // ------------------------------------------------------------------------------------------- threads

    /** Runs on the AWT event thread, later: after the graph is built there, which was posted first. */
    private void awt(Runnable r) {
        if (frame != null) {
            EventQueue.invokeLater(r);
        }
    }

    private static void awtAndWait(Runnable r) {
        try {
            EventQueue.invokeAndWait(r);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Asks the AWT event thread and waits for the answer; for short questions only. */
    <T> T awtCall(Supplier<T> question) {
        AtomicReference<T> answer = new AtomicReference<>();
        awtAndWait(() -> answer.set(question.get()));
        return answer.get();
    }

    GraphPanel graph() {
        return graph;
    }

    /** Hands what the user does in the graph (on the AWT thread) to the page on the SWT thread. */
    private final class GraphEvents implements GraphPanel.Listener {
        private final Display display;

        GraphEvents(Display display) {
            this.display = display;
        }

        private void ui(Runnable r) {
            if (!display.isDisposed()) {
                display.asyncExec(() -> {
                    if (details != null && !details.isDisposed()) {
                        r.run();
                    }
                });
            }
        }

        @Override
        public void selected(long personId) {
            ui(() -> {
                selected = personId;
                refreshDetails();
                ChartStyle style = style();
                awt(() -> graph.restyle(style));
            });
        }

        @Override
        public void moved(java.util.Map<Long, java.awt.geom.Point2D> places) {
            ui(() -> move(places));
        }

        @Override
        public void droppedOnto(long personId, long otherId) {
            ui(() -> {
                if (drawInfluence) {
                    connect(personId, otherId);
                    refresh(); // the dragged box goes back to its place
                } else {
                    setManager(personId, otherId);
                }
            });
        }

        @Override
        public void deleteRequested(long personId) {
            ui(() -> deletePerson(personId));
        }
    }

    @Override
    public void dispose() {
        if (frame != null) {
            Frame f = frame;
            EventQueue.invokeLater(f::dispose);
        }
        super.dispose();
    }
}
