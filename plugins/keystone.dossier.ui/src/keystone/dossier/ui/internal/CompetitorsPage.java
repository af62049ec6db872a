package keystone.dossier.ui.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.IMessageManager;
import org.eclipse.ui.forms.widgets.FormToolkit;

import keystone.dossier.Competitor;
import keystone.dossier.Dossier;
import keystone.dossier.DossierValidation;
import keystone.ui.DossierEditorContext;
import keystone.ui.WidgetIds;

/**
 * The dossier's Competitors page: who else sells to the account, what, at which share of wallet, their strengths,
 * weaknesses and relationships; our own share beside them. Shares above 100 % in total are reported and cannot be
 * saved. A list with details below it; every change is undoable.
 */
final class CompetitorsPage extends DossierFormPage<CompetitorsPage.State> {

    static final String ID = "keystone.dossier.ui.pages.competitors";
    private static final String TOTAL_MESSAGE = "competitors.total";

    /** What the page edits. */
    record State(List<Competitor> competitors, BigDecimal ours) {
        State {
            competitors = List.copyOf(competitors);
        }
    }

    private int selected = -1;
    private boolean updating;
    private Table table;
    private Text ours;
    private IMessageManager messages;
    private final List<Runnable> refreshers = new ArrayList<>();

    CompetitorsPage(DossierEditorContext context) {
        super(context, ID, Messages.Competitors_title);
    }

    @Override
    protected State partOf(Dossier dossier) {
        return new State(dossier.competitors(), dossier.ourShareOfWallet());
    }

    @Override
    protected Dossier with(Dossier d, State part) {
        return new Dossier(d.account(), d.qualification(), d.history(), part.competitors(), part.ours(),
                d.keyContacts());
    }

    @Override
    protected void loaded() {
        selected = current().competitors().isEmpty() ? -1 : 0;
    }

    @Override
    protected void createFormContent(IManagedForm managedForm) {
        FormToolkit toolkit = managedForm.getToolkit();
        messages = managedForm.getMessageManager();
        managedForm.getForm().setText(Messages.Competitors_title);
        Composite body = managedForm.getForm().getBody();
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(body);
        toolkit.createLabel(body, Messages.Competitors_ours);
        ours = toolkit.createText(body, "", SWT.SINGLE | SWT.BORDER);
        ours.setData(WidgetIds.KEY, "competitors.ours");
        GridDataFactory.fillDefaults().hint(80, SWT.DEFAULT).applyTo(ours);
        ours.addModifyListener(e -> {
            if (!updating && current() != null) {
                percent(ours.getText(), "ours").ifPresent(v -> edit("ours", new State(current().competitors(), v), true));
            }
        });
        refreshers.add(() -> setText(ours, current().ours() == null ? "" : current().ours().toPlainString()));

        table = toolkit.createTable(body, SWT.FULL_SELECTION | SWT.SINGLE);
        table.setHeaderVisible(true);
        table.setData(WidgetIds.KEY, "competitors.table");
        for (String title : new String[] {Messages.Competitors_name, Messages.Competitors_offering,
            Messages.Competitors_share}) {
            TableColumn column = new TableColumn(table, SWT.LEFT);
            column.setText(title);
            column.setWidth(180);
        }
        GridDataFactory.fillDefaults().span(1, 1).grab(true, false).hint(540, 120).applyTo(table);
        table.addListener(SWT.Selection, e -> {
            selected = table.getSelectionIndex();
            refresh();
        });
        Composite buttons = toolkit.createComposite(body);
        GridLayoutFactory.fillDefaults().applyTo(buttons);
        Button add = toolkit.createButton(buttons, Messages.Competitors_add, SWT.PUSH);
        add.setData(WidgetIds.KEY, "competitors.add");
        add.addListener(SWT.Selection, e -> addCompetitor());
        Button remove = toolkit.createButton(buttons, Messages.Competitors_remove, SWT.PUSH);
        remove.setData(WidgetIds.KEY, "competitors.remove");
        remove.addListener(SWT.Selection, e -> removeCompetitor());

        detail(toolkit, body, "name", Messages.Competitors_name, Competitor::name,
                (c, t) -> new Competitor(c.id(), c.accountId(), t, c.offering(), c.shareOfWallet(), c.strengths(),
                        c.weaknesses(), c.relationships()));
        detail(toolkit, body, "offering", Messages.Competitors_offering, Competitor::offering,
                (c, t) -> new Competitor(c.id(), c.accountId(), c.name(), t, c.shareOfWallet(), c.strengths(),
                        c.weaknesses(), c.relationships()));
        detail(toolkit, body, "share", Messages.Competitors_share,
                c -> c.shareOfWallet() == null ? "" : c.shareOfWallet().toPlainString(),
                (c, t) -> percent(t, "share").map(v -> new Competitor(c.id(), c.accountId(), c.name(), c.offering(), v,
                        c.strengths(), c.weaknesses(), c.relationships())).orElse(null));
        detail(toolkit, body, "strengths", Messages.Competitors_strengths, Competitor::strengths,
                (c, t) -> new Competitor(c.id(), c.accountId(), c.name(), c.offering(), c.shareOfWallet(), t,
                        c.weaknesses(), c.relationships()));
        detail(toolkit, body, "weaknesses", Messages.Competitors_weaknesses, Competitor::weaknesses,
                (c, t) -> new Competitor(c.id(), c.accountId(), c.name(), c.offering(), c.shareOfWallet(),
                        c.strengths(), t, c.relationships()));
        detail(toolkit, body, "relationships", Messages.Competitors_relationships, Competitor::relationships,
                (c, t) -> new Competitor(c.id(), c.accountId(), c.name(), c.offering(), c.shareOfWallet(),
                        c.strengths(), c.weaknesses(), t));
        refresh();
    }

    /** A text of the selected competitor; a change replaces it in the list (null from {@code set}: not valid). */
    private void detail(FormToolkit toolkit, Composite body, String key, String label, Function<Competitor, String> get,
            BiFunction<Competitor, String, Competitor> set) {
        toolkit.createLabel(body, label);
        Text text = toolkit.createText(body, "", SWT.SINGLE | SWT.BORDER);
        text.setData(WidgetIds.KEY, "competitors." + key);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(text);
        text.addModifyListener(e -> {
            if (!updating && current() != null && selected >= 0) {
                Competitor changed = set.apply(current().competitors().get(selected), text.getText());
                if (changed != null) {
                    List<Competitor> list = new ArrayList<>(current().competitors());
                    list.set(selected, changed);
                    edit(key + selected, new State(list, current().ours()), true);
                }
            }
        });
        refreshers.add(() -> {
            text.setEnabled(selected >= 0);
            setText(text, selected >= 0 ? get.apply(current().competitors().get(selected)) : "");
        });
    }

    private java.util.Optional<BigDecimal> percent(String text, String key) {
        String t = text.strip().replace(',', '.');
        messages.removeMessage(key);
        if (t.isEmpty()) {
            return java.util.Optional.of(BigDecimal.ZERO);
        }
        try {
            BigDecimal value = new BigDecimal(t);
            if (value.signum() >= 0 && value.compareTo(BigDecimal.valueOf(100)) <= 0) {
                return java.util.Optional.of(value);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        messages.addMessage(key, NLS.bind(Messages.Competitors_badPercent, text), null, IMessageProvider.ERROR);
        return java.util.Optional.empty();
    }

    private void addCompetitor() {
        if (current() == null) {
            return;
        }
        List<Competitor> list = new ArrayList<>(current().competitors());
        list.add(new Competitor(Competitor.NEW_ID, context.accountId(), Messages.Competitors_new, "", BigDecimal.ZERO,
                "", "", ""));
        selected = list.size() - 1;
        edit("add", new State(list, current().ours()), false);
    }

    private void removeCompetitor() {
        if (current() == null || selected < 0) {
            return;
        }
        List<Competitor> list = new ArrayList<>(current().competitors());
        list.remove(selected);
        selected = Math.min(selected, list.size() - 1);
        edit("remove", new State(list, current().ours()), false);
    }

    private void edit(String field, State next, boolean typing) {
        edit(Messages.Competitors_edit, field, next, typing);
    }

    @Override
    protected void refresh() {
        if (table == null || table.isDisposed() || current() == null) {
            return;
        }
        if (selected >= current().competitors().size()) {
            selected = current().competitors().size() - 1; // after an undo of "add"
        }
        updating = true;
        try {
            table.removeAll();
            for (Competitor c : current().competitors()) {
                new TableItem(table, SWT.NONE).setText(new String[] {c.name(), c.offering(),
                    c.shareOfWallet() == null ? "" : c.shareOfWallet().toPlainString() + " %"});
            }
            if (selected >= 0) {
                table.setSelection(selected);
            }
            refreshers.forEach(Runnable::run);
        } finally {
            updating = false;
        }
        BigDecimal total = DossierValidation.shareOfWalletTotal(current().ours(), current().competitors());
        if (total.compareTo(BigDecimal.valueOf(100)) > 0) {
            messages.addMessage(TOTAL_MESSAGE, NLS.bind(Messages.Competitors_over100, total.toPlainString()), null,
                    IMessageProvider.ERROR);
        } else {
            messages.removeMessage(TOTAL_MESSAGE);
        }
    }

    private void setText(Text text, String value) {
        if (!value.equals(text.getText())) {
            text.setText(value);
        }
    }
}
