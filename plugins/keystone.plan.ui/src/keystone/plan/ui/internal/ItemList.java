package keystone.plan.ui.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.widgets.FormToolkit;

import keystone.plan.AccountPlan;
import keystone.ui.WidgetIds;

/**
 * One list of a plan (objectives, actions, SWOT entries...) on a page: a table with Add and Remove beside it, and
 * the selected item's fields below it. Every change replaces the item in the list and the list in the plan as one
 * undoable edit; keystrokes in one field of one item make one edit.
 *
 * <p>Widget ids: {@code <id>.table}, {@code <id>.add}, {@code <id>.remove} and {@code <id>.<key>} for each field.
 * The id is also the validation path of the list ({@code objectives}), so that problems of the selected item decorate
 * its fields.</p>
 *
 * @param <T> the items
 */
final class ItemList<T> {

    /** A column of the table: title, width and the text of an item. */
    record Column<T>(String title, int width, Function<T, String> text) {
    }

    private static final Pattern PATH = Pattern.compile("(.+)\\[(\\d+)\\](?:\\.(.+))?");

    private final PlanFormPage page;
    private final FormToolkit toolkit;
    private final String id;
    private final List<Column<T>> columns;
    private final Function<AccountPlan, List<T>> get;
    private final BiFunction<AccountPlan, List<T>, AccountPlan> set;
    private final Function<AccountPlan, T> create;
    private final Composite root;
    private final Table table;
    private final Button add;
    private final Button remove;
    private final Composite details;
    private final List<Consumer<T>> refreshers = new ArrayList<>();
    private final Map<String, Control> fields = new HashMap<>();
    private Function<T, Integer> rowColor = item -> null;
    /** The field a path without a field name (a SWOT entry: {@code swot.ours.threats[2]}) is about. */
    private String firstField;
    private int selected = -1;

    ItemList(PlanFormPage page, FormToolkit toolkit, Composite parent, String id, List<Column<T>> columns,
            Function<AccountPlan, List<T>> get, BiFunction<AccountPlan, List<T>, AccountPlan> set,
            Function<AccountPlan, T> create, int tableHeight) {
        this.page = page;
        this.toolkit = toolkit;
        this.id = id;
        this.columns = List.copyOf(columns);
        this.get = get;
        this.set = set;
        this.create = create;
        root = toolkit.createComposite(parent);
        GridLayoutFactory.fillDefaults().numColumns(2).spacing(6, 6).applyTo(root);
        table = toolkit.createTable(root, SWT.FULL_SELECTION | SWT.SINGLE | SWT.BORDER);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        table.setData(WidgetIds.KEY, id + ".table");
        for (Column<T> c : columns) {
            TableColumn column = new TableColumn(table, SWT.LEFT);
            column.setText(c.title());
            column.setWidth(c.width());
        }
        GridDataFactory.fillDefaults().grab(true, false).hint(300, tableHeight).applyTo(table);
        table.addListener(SWT.Selection, e -> {
            if (!page.updating) {
                selected = table.getSelectionIndex();
                page.refresh();
            }
        });
        Composite buttons = toolkit.createComposite(root);
        GridLayoutFactory.fillDefaults().applyTo(buttons);
        GridDataFactory.fillDefaults().align(SWT.FILL, SWT.TOP).applyTo(buttons);
        add = toolkit.createButton(buttons, Messages.List_add, SWT.PUSH);
        add.setData(WidgetIds.KEY, id + ".add");
        add.addListener(SWT.Selection, e -> addItem());
        GridDataFactory.fillDefaults().applyTo(add);
        remove = toolkit.createButton(buttons, Messages.List_remove, SWT.PUSH);
        remove.setData(WidgetIds.KEY, id + ".remove");
        remove.addListener(SWT.Selection, e -> removeItem());
        GridDataFactory.fillDefaults().applyTo(remove);
        details = toolkit.createComposite(root);
        GridLayoutFactory.fillDefaults().numColumns(2).spacing(10, 4).applyTo(details);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(details);
        page.register(this);
    }

    Composite root() {
        return root;
    }

    Table table() {
        return table;
    }

    /** Colours rows: an SWT system colour constant for an item, or null for the default. */
    ItemList<T> rowColor(Function<T, Integer> color) {
        rowColor = color;
        return this;
    }

    /** Runs on every refresh with the selected item (null when none). */
    void onRefresh(Consumer<T> refresher) {
        refreshers.add(refresher);
    }

    /** A text field of the selected item; {@code parse} makes the changed item or says why the text is not valid. */
    Text text(String key, String label, boolean multi, Function<T, String> show, Inputs.Parser<T> parse) {
        Label caption = toolkit.createLabel(details, label);
        GridDataFactory.fillDefaults().align(SWT.FILL, multi ? SWT.TOP : SWT.CENTER).applyTo(caption);
        Text text = toolkit.createText(details, "", (multi ? SWT.MULTI | SWT.WRAP | SWT.V_SCROLL : SWT.SINGLE) | SWT.BORDER);
        text.setData(WidgetIds.KEY, id + "." + key);
        GridDataFactory.fillDefaults().grab(true, false).hint(300, multi ? 60 : SWT.DEFAULT).applyTo(text);
        fields.put(key, text);
        if (firstField == null) {
            firstField = key;
        }
        String problemKey = id + "." + key;
        text.addModifyListener(e -> {
            T item = selectedItem();
            if (page.updating || item == null || page.document().readOnly()) {
                return;
            }
            try {
                T changed = parse.parse(item, text.getText());
                page.document().inputProblem(problemKey, null);
                if (!changed.equals(item)) {
                    replace(changed, key, true);
                }
            } catch (Inputs.Invalid invalid) {
                page.document().inputProblem(problemKey, invalid.getMessage());
            }
        });
        Object[] lastShown = {-1, null}; // the item's index and text last shown
        refreshers.add(item -> {
            text.setEnabled(item != null && !page.document().readOnly());
            String wanted = item == null ? "" : show.apply(item);
            boolean unchanged = lastShown[0].equals(selected) && wanted.equals(lastShown[1]);
            lastShown[0] = selected;
            lastShown[1] = wanted;
            if (unchanged && page.document().inputProblems().containsKey(problemKey)) {
                return; // another field changed: keep the text being corrected
            }
            if (item == null || !PlanFormPage.shows(text, item, parse)) {
                text.setText(wanted);
                page.document().inputProblem(problemKey, null);
            }
        });
        return text;
    }

    /** A read-only value of the selected item (blank when none is selected). */
    Label label(String key, String caption, Function<T, String> text) {
        toolkit.createLabel(details, caption);
        Label value = toolkit.createLabel(details, "", SWT.WRAP);
        value.setData(WidgetIds.KEY, id + "." + key);
        GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(value);
        refreshers.add(item -> value.setText(item == null ? "" : text.apply(item)));
        return value;
    }

    /** A drop-down of the selected item: {@code items} to choose from, the index the item has, the item chosen. */
    Combo combo(String key, String label, Supplier<List<String>> items, ToIntFunction<T> index,
            BiFunction<T, Integer, T> choose) {
        toolkit.createLabel(details, label);
        Combo combo = new Combo(details, SWT.READ_ONLY | SWT.DROP_DOWN);
        toolkit.adapt(combo, true, false);
        combo.setData(WidgetIds.KEY, id + "." + key);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(combo);
        fields.put(key, combo);
        combo.addListener(SWT.Selection, e -> {
            T item = selectedItem();
            if (page.updating || item == null || page.document().readOnly() || combo.getSelectionIndex() < 0) {
                return;
            }
            T changed = choose.apply(item, combo.getSelectionIndex());
            if (!changed.equals(item)) {
                replace(changed, key, false);
            }
        });
        refreshers.add(item -> {
            String[] wanted = items.get().toArray(String[]::new);
            if (!Arrays.equals(wanted, combo.getItems())) {
                combo.setItems(wanted);
            }
            combo.setEnabled(item != null && !page.document().readOnly());
            int chosen = item == null ? -1 : index.applyAsInt(item);
            if (chosen < 0) {
                combo.deselectAll();
            } else {
                combo.select(chosen);
            }
        });
        return combo;
    }

    /** The control of the selected item's field a validation path or input key names, if shown. */
    Control control(String path) {
        if (path.startsWith(id + ".")) {
            return fields.get(path.substring(id.length() + 1));
        }
        Matcher m = PATH.matcher(path);
        if (m.matches() && m.group(1).equals(id) && Integer.parseInt(m.group(2)) == selected) {
            return fields.get(m.group(3) == null ? firstField : m.group(3));
        }
        return null;
    }

    int selection() {
        return selected;
    }

    void select(int index) {
        selected = index;
        page.refresh();
    }

    T selectedItem() {
        AccountPlan plan = page.document().current();
        if (plan == null) {
            return null;
        }
        List<T> items = get.apply(plan);
        return selected >= 0 && selected < items.size() ? items.get(selected) : null;
    }

    private void addItem() {
        AccountPlan plan = page.document().current();
        if (plan == null || page.document().readOnly()) {
            return;
        }
        List<T> items = new ArrayList<>(get.apply(plan));
        items.add(create.apply(plan));
        selected = items.size() - 1;
        page.edit(id + ".add", set.apply(plan, items), false);
    }

    private void removeItem() {
        AccountPlan plan = page.document().current();
        if (plan == null || page.document().readOnly() || selectedItem() == null) {
            return;
        }
        List<T> items = new ArrayList<>(get.apply(plan));
        items.remove(selected);
        selected = Math.min(selected, items.size() - 1);
        page.edit(id + ".remove", set.apply(plan, items), false);
    }

    private void replace(T changed, String key, boolean typing) {
        AccountPlan plan = page.document().current();
        List<T> items = new ArrayList<>(get.apply(plan));
        items.set(selected, changed);
        page.edit(id + "." + key + "#" + selected, set.apply(plan, items), typing);
    }

    /** Shows the plan's items and the selected one's fields; called by the page inside its update. */
    void refresh() {
        List<T> items = get.apply(page.document().current());
        if (selected >= items.size()) {
            selected = items.size() - 1; // after an undo of "add"
        }
        if (selected < 0 && !items.isEmpty()) {
            selected = 0;
        }
        boolean readOnly = page.document().readOnly();
        add.setEnabled(!readOnly);
        remove.setEnabled(!readOnly && selected >= 0);
        table.setRedraw(false);
        try {
            table.setItemCount(items.size());
            for (int i = 0; i < items.size(); i++) {
                T item = items.get(i);
                TableItem row = table.getItem(i);
                String[] texts = new String[columns.size()];
                for (int c = 0; c < texts.length; c++) {
                    texts[c] = oneLine(columns.get(c).text().apply(item));
                }
                row.setText(texts);
                Integer color = rowColor.apply(item);
                Color foreground = color == null ? null : table.getDisplay().getSystemColor(color);
                row.setForeground(foreground);
            }
            if (selected >= 0) {
                table.setSelection(selected);
            } else {
                table.deselectAll();
            }
        } finally {
            table.setRedraw(true);
        }
        T item = selectedItem();
        refreshers.forEach(r -> r.accept(item));
    }

    private static String oneLine(String text) {
        String flat = text == null ? "" : text.replace('\n', ' ').replace('\r', ' ');
        return flat.length() > 200 ? flat.substring(0, 200) + "\u2026" : flat;
    }
}
