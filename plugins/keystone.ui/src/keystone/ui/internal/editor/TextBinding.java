package keystone.ui.internal.editor;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.IMessageManager;

import keystone.model.account.AccountField;
import keystone.model.account.AccountValidator;
import keystone.ui.internal.Labels;
import keystone.ui.internal.Messages;

/**
 * Connects one text widget to one account field: parses what is typed, reports invalid input in the form's
 * message area, and shows the model's value after undo and redo.
 */
final class TextBinding {

    private final Text text;
    private final AccountField field;
    private final AccountModel model;
    private final FieldEdits edits;
    private final IMessageManager messages;
    private boolean updating;

    TextBinding(Text text, AccountField field, AccountModel model, FieldEdits edits, IMessageManager messages) {
        this.text = text;
        this.field = field;
        this.model = model;
        this.edits = edits;
        this.messages = messages;
        text.addModifyListener(e -> typed());
        text.addListener(SWT.FocusOut, e -> edits.endEdit());
        text.addListener(SWT.DefaultSelection, e -> edits.endEdit());
        model.addListener(changed -> {
            if (changed == null || changed == field) {
                refresh();
            }
        });
        refresh();
    }

    private void typed() {
        if (updating || !model.isLoaded()) {
            return;
        }
        String typed = text.getText();
        Object value;
        try {
            value = parse(typed);
        } catch (NumberFormatException | ArithmeticException e) {
            model.setUnparsable(field, typed);
            show(NLS.bind(field.valueType() == Integer.class ? Messages.Rule_NOT_WHOLE_NUMBER : Messages.Rule_NOT_NUMBER,
                    Labels.of(field), typed));
            return;
        }
        edits.change(field, value);
    }

    private Object parse(String typed) {
        String s = typed.strip();
        if (field.valueType() == Integer.class) {
            return s.isEmpty() ? null : Integer.valueOf(s.replace(" ", "").replace("\u00a0", ""));
        }
        if (field.valueType() == BigDecimal.class) {
            return s.isEmpty() ? null : new BigDecimal(s.replace(" ", "").replace("\u00a0", "").replace(',', '.'));
        }
        return field == AccountField.CURRENCY ? s.toUpperCase(java.util.Locale.ROOT) : typed;
    }

    private void refresh() {
        if (!model.isLoaded()) {
            return;
        }
        String shown;
        if (model.unparsable().containsKey(field)) {
            shown = model.unparsable().get(field);
        } else {
            Object value = model.get(field);
            shown = value == null ? "" : value instanceof BigDecimal d ? d.toPlainString() : value.toString();
            Optional<AccountValidator.Rule> broken = AccountValidator.check(field, value);
            if (broken.isPresent()) {
                show(Labels.problem(field, broken.get()));
            } else {
                messages.removeMessage(field, text);
            }
        }
        if (!Objects.equals(shown, text.getText()) && !sameValue(text.getText(), model.get(field))) {
            updating = true;
            try {
                text.setText(shown);
            } finally {
                updating = false;
            }
        }
    }

    /** True when the widget's text already means the model's value (e.g. "007" for 7): leave the caret alone. */
    private boolean sameValue(String typed, Object value) {
        try {
            Object parsed = parse(typed);
            return parsed instanceof BigDecimal a && value instanceof BigDecimal b ? a.compareTo(b) == 0
                    : Objects.equals(parsed, value);
        } catch (NumberFormatException | ArithmeticException e) {
            return false;
        }
    }

    private void show(String message) {
        messages.addMessage(field, message, null, IMessageProvider.ERROR, text);
    }
}
