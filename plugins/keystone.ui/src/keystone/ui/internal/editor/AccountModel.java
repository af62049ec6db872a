package keystone.ui.internal.editor;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import keystone.model.account.Account;
import keystone.model.account.AccountField;
import keystone.model.account.AccountValidator;

/**
 * The editor's working copy of one account: what was last saved, what the user has now, and the fields whose
 * typed text does not parse. Dirty when the two differ or any text is invalid.
 */
public final class AccountModel {

    private Account saved;
    private Account current;
    private final Map<AccountField, String> unparsable = new EnumMap<>(AccountField.class);
    private final List<Consumer<AccountField>> listeners = new ArrayList<>();

    /** Starts over from a freshly loaded account; notifies every field (null). */
    public void load(Account account) {
        saved = account;
        current = account;
        unparsable.clear();
        fire(null);
    }

    public boolean isLoaded() {
        return current != null;
    }

    public Account current() {
        return current;
    }

    public Account saved() {
        return saved;
    }

    public Object get(AccountField field) {
        return current.get(field);
    }

    /** Sets a parsed value and clears any unparsable text for the field. */
    public void set(AccountField field, Object value) {
        unparsable.remove(field);
        current = current.with(field, value);
        fire(field);
    }

    /** Records text the user typed that is not a valid value; the field keeps its last valid value meanwhile. */
    public void setUnparsable(AccountField field, String text) {
        unparsable.put(field, text);
        fire(field);
    }

    public Map<AccountField, String> unparsable() {
        return Map.copyOf(unparsable);
    }

    /** Remembers {@code stored} as the saved state (the save of that snapshot succeeded). */
    public void markSaved(Account stored) {
        saved = stored;
        fire(null);
    }

    public boolean isDirty() {
        return current != null && (!current.equals(saved) || !unparsable.isEmpty());
    }

    /** True when the current values may be saved: every text parses and every rule holds. */
    public boolean isValid() {
        return unparsable.isEmpty() && AccountValidator.validate(current).isEmpty();
    }

    /** Listeners hear the field that changed, or null when everything may have. */
    public void addListener(Consumer<AccountField> listener) {
        listeners.add(listener);
    }

    private void fire(AccountField field) {
        for (Consumer<AccountField> listener : List.copyOf(listeners)) {
            listener.accept(field);
        }
    }
}
