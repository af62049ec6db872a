package keystone.ui;

import java.util.Collection;
import java.util.Map;

/**
 * A column another plugin adds to the accounts navigator through the extension point
 * {@code keystone.ui.navigatorColumns} (e.g. coverage, plan completeness). Its values are computed in the
 * navigator's background job, never on the UI thread, so implementations may query their services.
 */
public interface NavigatorColumn {

    /** What one cell shows, and the number a click on the column header sorts by. */
    record Value(String text, double sortKey) {
        public Value {
            text = text == null ? "" : text;
        }
    }

    /** The values for the given accounts; accounts left out show an empty cell. */
    Map<Long, Value> values(Collection<Long> accountIds);
}
