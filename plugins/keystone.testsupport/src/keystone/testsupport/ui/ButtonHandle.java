package keystone.testsupport.ui;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;

/**
 * A button under test; clicking fires Selection the way a mouse click does. The click is posted asynchronously
 * because it may close a dialog whose event loop the UI thread is running.
 */
public final class ButtonHandle {

    private final SwtDriver driver;
    private final Button button;

    ButtonHandle(SwtDriver driver, Button button) {
        this.driver = driver;
        this.button = button;
    }

    public void click() {
        driver.waitUntil("button '" + driver.syncCall(button::getText) + "' is enabled", button::isEnabled);
        driver.asyncRun(() -> {
            if (!button.isDisposed()) {
                button.notifyListeners(SWT.Selection, new Event());
            }
        });
    }
}
