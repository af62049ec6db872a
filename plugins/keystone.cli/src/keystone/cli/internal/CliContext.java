package keystone.cli.internal;

import java.io.PrintStream;

import org.eclipse.core.runtime.IProgressMonitor;

/**
 * What a command works with: the services, standard output for results, standard error for progress.
 */
record CliContext(ServiceLookup services, PrintStream out, PrintStream err, IProgressMonitor monitor) {
}
