package keystone.cli.internal;

import java.io.PrintStream;

import org.eclipse.core.runtime.NullProgressMonitor;

/**
 * Shows a long command's progress as the names of its tasks and steps, one per line on standard error, so that
 * standard output keeps only results.
 */
final class ConsoleProgressMonitor extends NullProgressMonitor {

    private final PrintStream err;

    ConsoleProgressMonitor(PrintStream err) {
        this.err = err;
    }

    @Override
    public void beginTask(String name, int totalWork) {
        setTaskName(name);
    }

    @Override
    public void setTaskName(String name) {
        if (name != null && !name.isBlank()) {
            err.println(name);
        }
    }

    @Override
    public void subTask(String name) {
        if (name != null && !name.isBlank()) {
            err.println("  " + name);
        }
    }
}
