package keystone.testsupport.ui;

import java.util.Arrays;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;

/**
 * A combo box under test: selects an item as a user would (Selection event follows).
 */
public final class ComboHandle {

    private final SwtDriver driver;
    private final Combo combo;

    ComboHandle(SwtDriver driver, Combo combo) {
        this.driver = driver;
        this.combo = combo;
    }

    public ComboHandle select(String item) {
        driver.syncRun(() -> {
            int index = Arrays.asList(combo.getItems()).indexOf(item);
            if (index < 0) {
                throw new AssertionError("no item '" + item + "' in " + Arrays.toString(combo.getItems()));
            }
            combo.select(index);
            combo.notifyListeners(SWT.Selection, new Event());
        });
        return this;
    }

    public String selection() {
        return driver.syncCall(combo::getText);
    }
}
