package keystone.dossier.ui.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

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
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.events.HyperlinkAdapter;
import org.eclipse.ui.forms.events.HyperlinkEvent;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Section;

import keystone.dossier.Dossier;
import keystone.dossier.DossierService;
import keystone.dossier.DossierValidation;
import keystone.dossier.KeyContact;
import keystone.dossier.RiskSignal;
import keystone.dossier.RiskThresholds;
import keystone.ui.DossierEditorContext;
import keystone.ui.WidgetIds;
import keystone.ui.internal.UiJobs;

/**
 * The dossier's Risks and churn signals page: the account's active signals as the churn rules find them in what is
 * stored, each explained, with the thresholds in effect (user preferences, changed from here); and the key contacts,
 * whose leaving is itself a signal. Editing the contacts is undoable; the signals are recomputed after saving.
 */
final class RisksPage extends DossierFormPage<List<KeyContact>> {

    static final String ID = "keystone.dossier.ui.pages.risks";

    private final DossierService dossiers;
    private List<RiskSignal> signals;
    private int selected = -1;
    private boolean updating;
    private FormToolkit toolkit;
    private Composite signalList;
    private Label thresholds;
    private Table table;
    private Runnable stopListening = () -> { };
    private final List<Runnable> refreshers = new ArrayList<>();

    RisksPage(DossierEditorContext context) {
        super(context, ID, Messages.Risks_title);
        dossiers = context.editor().getSite().getService(DossierService.class);
        reloadSignals();
    }

    @Override
    protected List<KeyContact> partOf(Dossier dossier) {
        return dossier.keyContacts();
    }

    @Override
    protected Dossier with(Dossier latest, List<KeyContact> part) {
        return latest.withKeyContacts(part);
    }

    @Override
    protected void loaded() {
        selected = current().isEmpty() ? -1 : 0;
    }

    private void reloadSignals() {
        long id = context.accountId();
        RiskThresholds in = RiskPreferences.thresholds();
        UiJobs.run(Messages.Risks_job, m -> dossiers.signals(id, LocalDate.now(), in), found -> {
            signals = found;
            showSignals(in);
        });
    }

    /** The active signals shown, or null before they are computed; for tests. */
    List<RiskSignal> signals() {
        return signals;
    }

    @Override
    public void setActive(boolean active) {
        super.setActive(active);
        if (active && signals != null) {
            reloadSignals();
        }
    }

    @Override
    protected void createFormContent(IManagedForm managedForm) {
        toolkit = managedForm.getToolkit();
        managedForm.getForm().setText(Messages.Risks_title);
        toolkit.decorateFormHeading(managedForm.getForm().getForm());
        Composite body = managedForm.getForm().getBody();
        GridLayoutFactory.fillDefaults().margins(10, 10).spacing(12, 12).applyTo(body);

        Composite signalSection = section(body, Messages.Risks_signals);
        GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(signalSection);
        signalList = toolkit.createComposite(signalSection);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(signalList);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(signalList);
        thresholds = toolkit.createLabel(signalSection, "", SWT.WRAP);
        thresholds.setData(WidgetIds.KEY, "risks.thresholds");
        GridDataFactory.fillDefaults().grab(true, false).hint(400, SWT.DEFAULT).applyTo(thresholds);
        var change = toolkit.createHyperlink(signalSection, Messages.Risks_changeThresholds, SWT.NONE);
        change.addHyperlinkListener(new HyperlinkAdapter() {
            @Override
            public void linkActivated(HyperlinkEvent e) {
                PreferencesUtil.createPreferenceDialogOn(getSite().getShell(), RiskPreferencePage.ID,
                        new String[] {RiskPreferencePage.ID}, null).open();
            }
        });
        stopListening = RiskPreferences.onChange(body.getDisplay(), this::reloadSignals);

        Composite contacts = section(body, Messages.Risks_contacts);
        GridLayoutFactory.fillDefaults().numColumns(2).margins(4, 4).applyTo(contacts);
        table = toolkit.createTable(contacts, SWT.FULL_SELECTION | SWT.SINGLE | SWT.BORDER);
        table.setHeaderVisible(true);
        table.setData(WidgetIds.KEY, "risks.contacts");
        for (String title : new String[] {Messages.Risks_name, Messages.Risks_role, Messages.Risks_leftOn}) {
            TableColumn column = new TableColumn(table, SWT.LEFT);
            column.setText(title);
            column.setWidth(200);
        }
        GridDataFactory.fillDefaults().grab(true, false).hint(600, 120).applyTo(table);
        table.addListener(SWT.Selection, e -> {
            if (!updating) {
                selected = table.getSelectionIndex();
                refresh();
            }
        });
        Composite buttons = toolkit.createComposite(contacts);
        GridLayoutFactory.fillDefaults().applyTo(buttons);
        Button add = toolkit.createButton(buttons, Messages.Risks_add, SWT.PUSH);
        add.setData(WidgetIds.KEY, "risks.add");
        add.addListener(SWT.Selection, e -> {
            if (current() != null) {
                List<KeyContact> list = new ArrayList<>(current());
                list.add(new KeyContact(KeyContact.NEW_ID, context.accountId(), Messages.Risks_newContact, "", false,
                        null));
                selected = list.size() - 1;
                edit(Messages.Risks_edit, "add", list, false);
            }
        });
        Button remove = toolkit.createButton(buttons, Messages.Risks_remove, SWT.PUSH);
        remove.setData(WidgetIds.KEY, "risks.remove");
        remove.addListener(SWT.Selection, e -> {
            if (current() != null && selected >= 0) {
                List<KeyContact> list = new ArrayList<>(current());
                list.remove(selected);
                selected = Math.min(selected, list.size() - 1);
                edit(Messages.Risks_edit, "remove", list, false);
            }
        });

        field(contacts, "name", Messages.Risks_name, KeyContact::name, (k, v) -> {
            boolean blank = v.isBlank();
            report("name", blank ? NLS.bind(Messages.History_required, Messages.Risks_name) : null);
            return blank ? Optional.empty()
                    : Optional.of(new KeyContact(k.id(), k.accountId(), v, k.role(), k.left(), k.leftOn()));
        }).setTextLimit(DossierValidation.Field.KEY_CONTACT_NAME.maxLength());
        field(contacts, "role", Messages.Risks_role, KeyContact::role,
                (k, v) -> Optional.of(new KeyContact(k.id(), k.accountId(), k.name(), v, k.left(), k.leftOn())))
                .setTextLimit(DossierValidation.Field.KEY_CONTACT_ROLE.maxLength());
        toolkit.createLabel(contacts, "");
        Button left = toolkit.createButton(contacts, Messages.Risks_left, SWT.CHECK);
        left.setData(WidgetIds.KEY, "risks.left");
        left.addListener(SWT.Selection, e -> {
            if (!updating && selected >= 0) {
                KeyContact k = current().get(selected);
                replace(new KeyContact(k.id(), k.accountId(), k.name(), k.role(), left.getSelection(),
                        left.getSelection() ? LocalDate.now() : null), "left", false);
            }
        });
        refreshers.add(() -> {
            left.setEnabled(selected >= 0);
            left.setSelection(selected >= 0 && current().get(selected).left());
        });
        field(contacts, "leftOn", Messages.Risks_leftOn, k -> Inputs.show(k.leftOn()), (k, v) -> {
            if (v.isBlank()) {
                report("leftOn", null);
                return Optional.of(new KeyContact(k.id(), k.accountId(), k.name(), k.role(), k.left(), null));
            }
            Optional<LocalDate> date = Inputs.date(v);
            report("leftOn", date.isEmpty() ? NLS.bind(Messages.History_badDate, v) : null);
            return date.map(d -> new KeyContact(k.id(), k.accountId(), k.name(), k.role(), true, d));
        });
        refresh();
    }

    private Composite section(Composite body, String title) {
        Section section = toolkit.createSection(body, Section.TITLE_BAR);
        section.setText(title);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(section);
        Composite client = toolkit.createComposite(section);
        section.setClient(client);
        return client;
    }

    private Text field(Composite parent, String key, String label, Function<KeyContact, String> get,
            BiFunction<KeyContact, String, Optional<KeyContact>> set) {
        toolkit.createLabel(parent, label);
        Text text = toolkit.createText(parent, "", SWT.SINGLE | SWT.BORDER);
        text.setData(WidgetIds.KEY, "risks." + key);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(text);
        text.addModifyListener(e -> {
            if (!updating && current() != null && selected >= 0) {
                set.apply(current().get(selected), text.getText()).ifPresent(k -> replace(k, key, true));
            }
        });
        refreshers.add(() -> {
            text.setEnabled(selected >= 0);
            String value = selected >= 0 ? get.apply(current().get(selected)) : "";
            if (!value.equals(text.getText())) {
                text.setText(value);
            }
            report(key, null);
        });
        return text;
    }

    private void replace(KeyContact changed, String field, boolean typing) {
        List<KeyContact> list = new ArrayList<>(current());
        list.set(selected, changed);
        edit(Messages.Risks_edit, field + "#" + selected, list, typing);
    }

    private void showSignals(RiskThresholds in) {
        if (signalList == null || signalList.isDisposed() || signals == null) {
            return;
        }
        for (var child : signalList.getChildren()) {
            child.dispose();
        }
        if (signals.isEmpty()) {
            Label none = toolkit.createLabel(signalList, Messages.Overview_noRisks);
            none.setData(WidgetIds.KEY, "risks.signal");
            GridDataFactory.fillDefaults().span(2, 1).applyTo(none);
        }
        for (RiskSignal signal : signals) {
            Label mark = toolkit.createLabel(signalList, "\u26a0");
            mark.setForeground(signalList.getDisplay().getSystemColor(SWT.COLOR_RED));
            Label text = toolkit.createLabel(signalList, Messages.explain(signal), SWT.WRAP);
            text.setData(WidgetIds.KEY, "risks.signal");
            GridDataFactory.fillDefaults().grab(true, false).hint(400, SWT.DEFAULT).applyTo(text);
        }
        thresholds.setText(NLS.bind(Messages.Risks_thresholds, new Object[] {in.monthsWithoutPurchase(),
            in.comparisonMonths(), in.dropPercent().toPlainString(), in.lostTenderMonths(), in.complaintOpenDays()}));
        signalList.getParent().layout(true, true);
        getManagedForm().reflow(true);
    }

    @Override
    public void saved() {
        super.saved();
        reloadSignals();
    }

    @Override
    protected void refresh() {
        if (table == null || table.isDisposed() || current() == null) {
            return;
        }
        if (selected >= current().size()) {
            selected = current().size() - 1;
        }
        updating = true;
        try {
            table.removeAll();
            for (KeyContact k : current()) {
                TableItem item = new TableItem(table, SWT.NONE);
                item.setText(new String[] {k.name(), k.role(),
                    k.left() ? (k.leftOn() == null ? Messages.Risks_leftUnknown : k.leftOn().toString()) : ""});
                if (k.left()) {
                    item.setForeground(table.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
                }
            }
            if (selected >= 0) {
                table.setSelection(selected);
            }
            refreshers.forEach(Runnable::run);
        } finally {
            updating = false;
        }
    }

    @Override
    public void dispose() {
        stopListening.run();
        super.dispose();
    }
}
