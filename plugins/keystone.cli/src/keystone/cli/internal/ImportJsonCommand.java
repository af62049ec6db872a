package keystone.cli.internal;

import java.nio.file.Path;

import org.eclipse.osgi.util.NLS;

import keystone.exchange.DatabaseNotEmptyException;
import keystone.exchange.ImportSummary;
import keystone.exchange.JsonExchange;
import keystone.model.KeystoneException;

/**
 * {@code import-json FILE [--replace]}: reads a JSON document into the database, all or nothing.
 */
record ImportJsonCommand(Path file, boolean replace) implements Command {

    @Override
    public void run(CliContext context) {
        ImportSummary summary;
        try {
            summary = context.services().get(JsonExchange.class).importFrom(file, replace, context.monitor());
        } catch (DatabaseNotEmptyException e) {
            throw new KeystoneException(e.getMessage() + System.lineSeparator() + Messages.Import_useReplace, e);
        }
        context.out().println(NLS.bind(Messages.Import_done, summary.totalRows(), summary.file()));
        if (summary.replaced()) {
            context.out().println(Messages.Import_replaced);
        }
        Report.rowCounts(context.out(), summary.rowCounts());
    }
}
