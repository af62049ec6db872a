package keystone.testsupport.ui;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;

/**
 * A text field under test: sets its text as typing would (Modify events follow) and reads it back.
 */
public final class TextHandle {

    private final SwtDriver driver;
    private final Text text;

    TextHandle(SwtDriver driver, Text text) {
        this.driver = driver;
        this.text = text;
    }

    /** Replaces the content, firing the Modify event a user's typing fires, then leaves the field. */
    public TextHandle setText(String value) {
        driver.syncRun(() -> {
            text.setFocus();
            text.setText(value);
            text.notifyListeners(SWT.FocusOut, new Event());
        });
        return this;
    }

    /** Presses Enter in the field (fires DefaultSelection). */
    public TextHandle pressEnter() {
        driver.syncRun(() -> text.notifyListeners(SWT.DefaultSelection, new Event()));
        return this;
    }

    public String getText() {
        return driver.syncCall(text::getText);
    }

    public Text widget() {
        return text;
    }
}
