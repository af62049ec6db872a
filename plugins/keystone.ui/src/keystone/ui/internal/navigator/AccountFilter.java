package keystone.ui.internal.navigator;

import java.util.Locale;

import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;

import keystone.model.account.AccountSummary;
import keystone.ui.internal.Labels;

/**
 * Keeps the accounts whose name, type, owner, industry or country contains every word typed in the filter box.
 */
final class AccountFilter extends ViewerFilter {

    private String[] words = new String[0];

    void setText(String text) {
        String trimmed = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        words = trimmed.isEmpty() ? new String[0] : trimmed.split("\\s+");
    }

    @Override
    public boolean select(Viewer viewer, Object parent, Object element) {
        if (words.length == 0 || !(element instanceof AccountSummary a)) {
            return true;
        }
        String haystack = String.join("\n", a.name(), Labels.of(a.type()), a.owner(), a.industry(), a.country())
                .toLowerCase(Locale.ROOT);
        for (String word : words) {
            if (!haystack.contains(word)) {
                return false;
            }
        }
        return true;
    }
}
