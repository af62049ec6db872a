package keystone.app.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;

import keystone.ui.internal.UiJobs;

/**
 * For the start-up benchmark: once the window is open and the navigator has shown the accounts, writes the time
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
        Thread waiter = new Thread(() -> {
            try {
                Job.getJobManager().join(UiJobs.FAMILY, null); // the navigator's load; its result is queued on the UI
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            display.asyncExec(() -> report(Path.of(target))); // runs after the navigator showed the rows
        }, "keystone-startup-probe");
        waiter.setDaemon(true);
        waiter.start();
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
