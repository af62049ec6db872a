package keystone.plan.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.IMessageManager;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.Section;
import org.eclipse.ui.menus.CommandContributionItem;
import org.eclipse.ui.menus.CommandContributionItemParameter;

import keystone.plan.AccountPlan;
import keystone.plan.PlanValidation;
import keystone.ui.WidgetIds;

/**
 * Base of the plan editor's pages: shows the editor's {@link PlanDocument} and refreshes when it changes, turns
 * field changes into undoable edits of the plan, disables editing for snapshots, and shows in the form's message
 * area the problems of the page's part of the plan (with decorations on the fields) beside the editor's own
 * messages.
 */
abstract class PlanFormPage extends FormPage {

    protected final PlanEditor editor;
    protected FormToolkit toolkit;
    /** True while the page writes the plan into its controls, so that their listeners do not edit. */
    protected boolean updating;
    private IMessageManager messages;
    private Composite body;
    private final List<Runnable> refreshers = new ArrayList<>();
    private final List<ItemList<?>> lists = new ArrayList<>();
    private final List<Control> editing = new ArrayList<>();
    private final Map<String, Control> fields = new java.util.HashMap<>();
    /** The plan changed while the page was not shown; it refreshes when shown. */
    private boolean stale;
    private final PlanDocument.Listener listener = planChanged -> {
        if (!planChanged) {
            showMessages();
        } else if (isActive()) {
            refresh();
        } else {
            stale = true; // only the page on screen follows every keystroke
        }
    };

    PlanFormPage(PlanEditor editor, String id, String title) {
        super(editor, id, title);
        this.editor = editor;
    }

    PlanDocument document() {
        return editor.document();
    }

    /** The validation paths and input keys this page shows, by prefix ("objectives", "targets" ...). */
    protected abstract List<String> paths();

    protected abstract void createContent(Composite body);

    /** Messages of the page's own beyond validation (stale plan, thin objectives); the default adds none. */
    protected void pageMessages(IMessageManager manager) {
    }

    @Override
    protected void createFormContent(IManagedForm managedForm) {
        toolkit = managedForm.getToolkit();
        messages = managedForm.getMessageManager();
        ScrolledForm form = managedForm.getForm();
        form.setText(getTitle());
        toolkit.decorateFormHeading(form.getForm());
        form.getToolBarManager().add(new CommandContributionItem(new CommandContributionItemParameter(getSite(),
                getId() + ".exportPdf", ExportPdfHandler.COMMAND_ID, CommandContributionItem.STYLE_PUSH)));
        form.updateToolBar();
        body = form.getBody();
        GridLayoutFactory.fillDefaults().margins(10, 10).spacing(8, 8).applyTo(body);
        createContent(body);
        document().addListener(listener);
        refresh();
    }

    // ------------------------------------------------------------------------------------------- building blocks

    /** A titled section filling the width, with a client of {@code columns} columns. */
    protected Composite section(Composite parent, String title, int columns) {
        Section section = toolkit.createSection(parent, Section.TITLE_BAR);
        section.setText(title);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(section);
        Composite client = toolkit.createComposite(section);
        GridLayoutFactory.fillDefaults().numColumns(columns).margins(4, 4).spacing(10, 4).applyTo(client);
        section.setClient(client);
        return client;
    }

    /** A caption and a read-only value label with the widget id {@code key}. */
    protected Label value(Composite parent, String caption, String key) {
        toolkit.createLabel(parent, caption);
        Label value = toolkit.createLabel(parent, "", SWT.WRAP);
        value.setData(WidgetIds.KEY, key);
        GridDataFactory.fillDefaults().grab(true, false).hint(240, SWT.DEFAULT).applyTo(value);
        return value;
    }

    /**
     * A text field editing the plan: {@code show} writes the plan into it, {@code parse} reads it back into a new
     * plan (or says why the text is not valid). {@code key} is the widget id and the message key.
     */
    protected Text field(Composite parent, String key, int style, Function<AccountPlan, String> show,
            Inputs.Parser<AccountPlan> parse) {
        Text text = toolkit.createText(parent, "", style | SWT.BORDER);
        text.setData(WidgetIds.KEY, key);
        fields.put(key, text);
        editable(text);
        text.addModifyListener(e -> {
            AccountPlan plan = document().current();
            if (updating || plan == null || document().readOnly()) {
                return;
            }
            try {
                AccountPlan next = parse.parse(plan, text.getText());
                document().inputProblem(key, null);
                if (!next.equals(plan)) {
                    edit(key, next, true);
                }
            } catch (Inputs.Invalid invalid) {
                document().inputProblem(key, invalid.getMessage());
            }
        });
        String[] lastShown = {null};
        refreshers.add(() -> {
            AccountPlan plan = document().current();
            String wanted = show.apply(plan);
            boolean unchanged = wanted.equals(lastShown[0]);
            lastShown[0] = wanted;
            if (unchanged && document().inputProblems().containsKey(key)) {
                return; // another field changed: keep the text being corrected
            }
            if (!shows(text, plan, parse)) {
                text.setText(wanted);
                document().inputProblem(key, null);
            }
        });
        return text;
    }

    /** Whether the text already stands for {@code value}, so that refreshing must not overwrite what is typed. */
    static <T> boolean shows(Text text, T value, Inputs.Parser<T> parse) {
        try {
            return parse.parse(value, text.getText()).equals(value);
        } catch (Inputs.Invalid e) {
            return false;
        }
    }

    /** Registers a control that edits: disabled while the plan is read-only. */
    protected void editable(Control control) {
        editing.add(control);
    }

    /** Runs on every refresh, after the plan is loaded. */
    protected void onRefresh(Runnable refresher) {
        refreshers.add(refresher);
    }

    void register(ItemList<?> list) {
        lists.add(list);
    }

    /** Applies {@code next} as an undoable edit of the plan. */
    void edit(String field, AccountPlan next, boolean typing) {
        editor.edit(NLS.bind(Messages.Edit_label, getTitle()), field, next, typing);
    }

    // ------------------------------------------------------------------------------------------- refreshing

    @Override
    public void setActive(boolean active) {
        super.setActive(active);
        if (active && stale) {
            refresh();
        }
    }

    /** Shows the plan as it is now; called after loading, every edit, undo and redo, saving and status updates. */
    void refresh() {
        if (body == null || body.isDisposed() || !document().isLoaded()) {
            return;
        }
        stale = false;
        boolean readOnly = document().readOnly();
        updating = true;
        try {
            editing.forEach(c -> c.setEnabled(!readOnly));
            refreshers.forEach(Runnable::run);
            lists.forEach(ItemList::refresh);
        } finally {
            updating = false;
        }
        showMessages();
        body.layout(true, true);
    }

    /** Rewrites the form's messages from the document: banner, editor message, input and validation problems. */
    void showMessages() {
        if (messages == null || body == null || body.isDisposed() || !document().isLoaded()) {
            return;
        }
        PlanDocument d = document();
        messages.setAutoUpdate(false);
        try {
            messages.removeAllMessages();
            if (d.readOnly()) {
                messages.addMessage("plan.readOnly", NLS.bind(Messages.Editor_readOnly, d.current().year(),
                        d.current().year() + 1), null, IMessageProvider.WARNING);
            }
            if (editor.message() != null) {
                messages.addMessage("plan.editor", editor.message(), null, IMessageProvider.ERROR);
            }
            for (Map.Entry<String, String> problem : d.inputProblems().entrySet()) {
                if (owns(problem.getKey())) {
                    add("input:" + problem.getKey(), problem.getValue(), IMessageProvider.ERROR,
                            controlFor(problem.getKey()));
                }
            }
            for (PlanValidation.Problem problem : d.problems()) {
                if (owns(problem.path())) {
                    add(problem.path(), Problems.describe(problem, d.current().year()),
                            problem.rule() == PlanValidation.Rule.UNKNOWN_OWNER ? IMessageProvider.WARNING
                                    : IMessageProvider.ERROR, controlFor(problem.path()));
                }
            }
            pageMessages(messages);
        } finally {
            messages.setAutoUpdate(true);
        }
    }

    private void add(String key, String text, int type, Control control) {
        if (control != null && !control.isDisposed()) {
            messages.addMessage(key, text, null, type, control);
        } else {
            messages.addMessage(key, text, null, type);
        }
    }

    private boolean owns(String path) {
        return paths().stream().anyMatch(path::startsWith);
    }

    /** The control a message is about: a field of the page, or of a list's selected item. */
    private Control controlFor(String path) {
        Control field = fields.get(path);
        if (field != null) {
            return field;
        }
        for (ItemList<?> list : lists) {
            Control control = list.control(path);
            if (control != null) {
                return control;
            }
        }
        return null;
    }

    @Override
    public void dispose() {
        document().removeListener(listener);
        super.dispose();
    }
}
