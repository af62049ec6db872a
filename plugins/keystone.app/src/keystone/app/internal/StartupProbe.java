package keystone.app.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;

import keystone.ui.KeystoneUi;
import keystone.ui.internal.navigator.AccountsNavigatorView;

/**
 * For the start-up benchmark: once the window is open and the navigator shows the accounts, writes the time
 * since JVM start and the peak RSS to the file named by {@code keystone.startup.report}, then closes Keystone.
 */
final class StartupProbe {

    static final String PROPERTY = "keystone.startup.report";

    private StartupProbe() {
    }

    static void armIfRequested(Display display) {
        String target = System.getProperty(PROPERTY);
        if (target == null) {
            return;
        }
        whenNavigatorLoaded(display, () -> report(Path.of(target)));
    }

    /** Checks every 10 ms on the UI thread until the navigator shows its accounts (a probe, not a test). */
    private static void whenNavigatorLoaded(Display display, Runnable then) {
        display.timerExec(10, () -> {
            var window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
            var page = window == null ? null : window.getActivePage();
            if (page != null && page.findView(KeystoneUi.NAVIGATOR_VIEW_ID) instanceof AccountsNavigatorView view
                    && view.isLoaded()) {
                then.run();
            } else {
                whenNavigatorLoaded(display, then);
            }
        });
    }

    private static void report(Path target) {
        Instant started = ProcessHandle.current().info().startInstant().orElse(Instant.now());
        long millis = Duration.between(started, Instant.now()).toMillis();
        try {
            String peak = Files.readAllLines(Path.of("/proc/self/status")).stream()
                    .filter(line -> line.startsWith("VmHWM:")).map(line -> line.replaceAll("\\D", ""))
                    .findFirst().orElse("0");
            Files.writeString(target, "startupMillis=" + millis + "\npeakRssKb=" + peak + "\n");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        PlatformUI.getWorkbench().close();
    }
}
