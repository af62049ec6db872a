package keystone.testsupport.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Widget;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;

/**
 * A small SWTBot-shaped driver for UI tests that run off the UI thread against the real workbench: finds widgets
 * by id, label or type, acts on them as a user would (firing the same events), and waits for conditions with a
 * timeout, saving a screenshot when a wait fails.
 */
public final class SwtDriver {

    /** The {@code Widget.setData} key holding a widget's test id (the same key as keystone.ui.WidgetIds.KEY). */
    public static final String ID_KEY = "keystone.id";

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(20);
    private static final long POLL_MILLIS = 20;

    private final Display display;

    public SwtDriver(Display display) {
        this.display = display;
    }

    /** A driver for the running workbench's display. */
    public static SwtDriver forWorkbench() {
        return new SwtDriver(PlatformUI.getWorkbench().getDisplay());
    }

    public Display display() {
        return display;
    }

    // ---- threading ----

    /** Runs {@code body} on the UI thread and returns its result; exceptions are rethrown here. */
    public <T> T syncCall(Supplier<T> body) {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        AtomicReference<Error> error = new AtomicReference<>();
        display.syncExec(() -> {
            try {
                result.set(body.get());
            } catch (RuntimeException e) {
                failure.set(e);
            } catch (Error e) {
                error.set(e);
            }
        });
        if (failure.get() != null) {
            throw failure.get();
        }
        if (error.get() != null) {
            throw error.get();
        }
        return result.get();
    }

    public void syncRun(Runnable body) {
        syncCall(() -> {
            body.run();
            return null;
        });
    }

    /** Runs {@code body} later on the UI thread: for actions that open a modal dialog and block until it closes. */
    public void asyncRun(Runnable body) {
        display.asyncExec(body);
    }

    // ---- waiting ----

    /**
     * Waits until {@code condition} (evaluated on the UI thread) holds; on timeout saves a screenshot and fails
     * with {@code description}.
     */
    public void waitUntil(String description, BooleanSupplier condition) {
        waitUntil(description, condition, DEFAULT_TIMEOUT);
    }

    public void waitUntil(String description, BooleanSupplier condition, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            if (syncCall(condition::getAsBoolean)) {
                return;
            }
            if (System.nanoTime() > deadline) {
                Path shot = screenshot("timeout-" + description.replaceAll("[^A-Za-z0-9]+", "-"));
                throw new AssertionError("Timed out after " + timeout.toMillis() + " ms waiting until " + description
                        + " (screenshot: " + shot + ")");
            }
            pause();
        }
    }

    /** Waits for a value to become present, e.g. a widget that a dialog creates. */
    public <T> T waitFor(String description, Supplier<Optional<T>> probe) {
        AtomicReference<T> found = new AtomicReference<>();
        waitUntil(description, () -> {
            Optional<T> value = probe.get();
            value.ifPresent(found::set);
            return value.isPresent();
        });
        return found.get();
    }

    private static void pause() {
        try {
            // polling interval of a condition wait, not a synchronisation sleep: the condition decides
            Thread.sleep(POLL_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    // ---- finding ----

    /** Every widget of every open shell, the active shell's first. Call on the UI thread. */
    List<Widget> allWidgets() {
        List<Widget> result = new ArrayList<>();
        Shell active = display.getActiveShell();
        if (active != null) {
            collect(active, result);
        }
        for (Shell shell : display.getShells()) {
            if (shell != active && !shell.isDisposed() && shell.isVisible()) {
                collect(shell, result);
            }
        }
        return result;
    }

    private static void collect(Control control, List<Widget> into) {
        into.add(control);
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                collect(child, into);
            }
        }
    }

    /** The first widget of {@code type} matching {@code predicate}, if one is showing now. */
    public <W extends Widget> Optional<W> find(Class<W> type, Predicate<W> predicate) {
        return syncCall(() -> allWidgets().stream()
                .filter(type::isInstance)
                .map(type::cast)
                .filter(w -> !w.isDisposed() && (!(w instanceof Control c) || c.isVisible()))
                .filter(predicate)
                .findFirst());
    }

    /** Every widget of {@code type} matching {@code predicate} that is showing now, the active shell's first. */
    public <W extends Widget> List<W> findAll(Class<W> type, Predicate<W> predicate) {
        return syncCall(() -> allWidgets().stream()
                .filter(type::isInstance)
                .map(type::cast)
                .filter(w -> !w.isDisposed() && (!(w instanceof Control c) || c.isVisible()))
                .filter(predicate)
                .toList());
    }

    /** Waits for the widget of {@code type} tagged with {@code id}. */
    public <W extends Widget> W byId(Class<W> type, String id) {
        return waitFor("a " + type.getSimpleName() + " with id '" + id + "' is showing",
                () -> find(type, w -> id.equals(w.getData(ID_KEY))));
    }

    public TextHandle text(String id) {
        return new TextHandle(this, byId(Text.class, id));
    }

    public TableHandle table(String id) {
        return new TableHandle(this, byId(Table.class, id));
    }

    public ComboHandle combo(String id) {
        return new ComboHandle(this, byId(Combo.class, id));
    }

    /** Waits for a push button whose label (without mnemonic) is {@code label}. */
    public ButtonHandle button(String label) {
        Button button = waitFor("a button '" + label + "' is showing",
                () -> find(Button.class, b -> label.equals(b.getText().replace("&", ""))));
        return new ButtonHandle(this, button);
    }

    /** Waits for a shell whose title is {@code title}. */
    public Shell shell(String title) {
        return waitFor("a window titled '" + title + "' is open", () -> syncCall(() -> {
            for (Shell shell : display.getShells()) {
                if (!shell.isDisposed() && shell.isVisible() && title.equals(shell.getText())) {
                    return Optional.of(shell);
                }
            }
            return Optional.<Shell>empty();
        }));
    }

    // ---- commands ----

    /**
     * Executes a workbench command asynchronously, as a key binding or menu would, so a command that opens a
     * modal dialog does not block the test.
     */
    public void executeCommand(String commandId) {
        asyncRun(() -> {
            try {
                PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(commandId, null);
            } catch (Exception e) {
                throw new IllegalStateException("command " + commandId + " failed", e);
            }
        });
    }

    // ---- evidence ----

    /** Saves a PNG of the whole display under {@code target/screenshots} and returns its path. */
    public Path screenshot(String name) {
        Path dir = Path.of(System.getProperty("keystone.screenshots", "target/screenshots"));
        Path file = dir.resolve(name + ".png").toAbsolutePath();
        try {
            Files.createDirectories(dir);
            syncRun(() -> {
                Rectangle bounds = display.getBounds();
                Image image = new Image(display, bounds.width, bounds.height);
                GC gc = new GC(display);
                try {
                    gc.copyArea(image, 0, 0);
                } finally {
                    gc.dispose();
                }
                ImageData data = image.getImageData();
                image.dispose();
                ImageLoader loader = new ImageLoader();
                loader.data = new ImageData[] {data};
                loader.save(file.toString(), SWT.IMAGE_PNG);
            });
        } catch (IOException | RuntimeException e) {
            return Path.of("(screenshot failed: " + e + ")");
        }
        return file;
    }
}
