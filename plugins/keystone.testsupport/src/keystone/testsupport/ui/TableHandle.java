package keystone.testsupport.ui;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;

/**
 * A table under test: reads rows and cells as shown, selects and double-clicks rows as a user would.
 */
public final class TableHandle {

    private final SwtDriver driver;
    private final Table table;

    TableHandle(SwtDriver driver, Table table) {
        this.driver = driver;
        this.table = table;
    }

    public int rowCount() {
        return driver.syncCall(table::getItemCount);
    }

    /** The text of every row in {@code column}, top to bottom. */
    public List<String> column(int column) {
        return driver.syncCall(() -> {
            List<String> values = new ArrayList<>();
            for (TableItem item : table.getItems()) {
                values.add(item.getText(column));
            }
            return values;
        });
    }

    public String cell(int row, int column) {
        return driver.syncCall(() -> table.getItem(row).getText(column));
    }

    /** The index of the first row whose {@code column} shows {@code text}, or -1. */
    public int indexOf(int column, String text) {
        return column(column).indexOf(text);
    }

    public TableHandle select(int row) {
        driver.syncRun(() -> {
            table.setFocus();
            table.setSelection(row);
            Event event = new Event();
            event.item = table.getItem(row);
            table.notifyListeners(SWT.Selection, event);
        });
        return this;
    }

    /**
     * Selects the first row whose {@code column} shows {@code text}, finding and selecting it in one step on the UI
     * thread, so a table that refreshes in between cannot move the row; waits until such a row is there.
     */
    public TableHandle select(int column, String text) {
        driver.waitUntil("a row showing '" + text + "' is selected", () -> driver.syncCall(() -> {
            for (int row = 0; row < table.getItemCount(); row++) {
                if (text.equals(table.getItem(row).getText(column))) {
                    table.setFocus();
                    table.setSelection(row);
                    Event event = new Event();
                    event.item = table.getItem(row);
                    table.notifyListeners(SWT.Selection, event);
                    return true;
                }
            }
            return false;
        }));
        return this;
    }

    /** Selects the row and opens it as a double-click would (DefaultSelection). */
    public void doubleClick(int row) {
        select(row);
        driver.asyncRun(() -> {
            Event event = new Event();
            event.item = table.getItem(row);
            table.notifyListeners(SWT.DefaultSelection, event);
        });
    }

    /** Clicks a column header (sorts, in our tables). */
    public void clickHeader(int column) {
        driver.syncRun(() -> table.getColumn(column).notifyListeners(SWT.Selection, new Event()));
    }

    public Table widget() {
        return table;
    }
}
