package keystone.bench.bare;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import org.eclipse.ui.PlatformUI;

/**
 * Writes the time from JVM start to "usable" and the peak resident set size to the file named by the system
 * property {@code keystone.startup.report}, then closes the workbench; the start-up benchmark reads the file.
 */
final class StartupReport {

    private StartupReport() {
    }

    static void reportAndMaybeExit() {
        String target = System.getProperty("keystone.startup.report");
        if (target == null) {
            return;
        }
        Instant started = ProcessHandle.current().info().startInstant().orElse(Instant.now());
        long millis = Duration.between(started, Instant.now()).toMillis();
        try {
            String peak = Files.readAllLines(Path.of("/proc/self/status")).stream()
                    .filter(l -> l.startsWith("VmHWM:")).map(l -> l.replaceAll("\\D", "")).findFirst().orElse("0");
            Files.writeString(Path.of(target), "startupMillis=" + millis + "\npeakRssKb=" + peak + "\n");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        PlatformUI.getWorkbench().close();
    }
}
