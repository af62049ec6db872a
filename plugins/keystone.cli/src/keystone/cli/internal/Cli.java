package keystone.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.osgi.util.NLS;

import keystone.model.KeystoneException;
import keystone.model.store.DatabaseService;

/**
 * Runs one keystone-cli invocation: parses the arguments, opens the database around the command, and turns the
 * outcome into an exit code.
 */
final class Cli {

    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;

    private final ServiceLookup services;
    private final PrintStream out;
    private final PrintStream err;

    Cli(ServiceLookup services, PrintStream out, PrintStream err) {
        this.services = services;
        this.out = out;
        this.err = err;
    }

    int run(String[] args) {
        CommandLine.Invocation invocation;
        try {
            invocation = CommandLine.parse(args);
        } catch (UsageException e) {
            err.println(e.getMessage());
            err.println();
            Report.usage(err);
            return USAGE;
        }
        IProgressMonitor monitor = new ConsoleProgressMonitor(err);
        CliContext context = new CliContext(services, out, err, monitor);
        try {
            Command command = invocation.command();
            if (!command.needsDatabase()) {
                command.run(context);
                return OK;
            }
            DatabaseService database = services.get(DatabaseService.class);
            Path directory = invocation.database().orElseGet(DatabaseService::configuredDirectory);
            database.open(directory);
            try {
                command.run(context);
            } finally {
                database.close();
            }
            return OK;
        } catch (KeystoneException e) {
            err.println(e.getMessage());
            return FAILED;
        } catch (RuntimeException e) {
            // a bug rather than a situation the user can fix: say so, with the trace for the report
            err.println(NLS.bind(Messages.Error_internal, e));
            e.printStackTrace(err);
            return FAILED;
        } finally {
            out.flush();
            err.flush();
        }
    }
}
