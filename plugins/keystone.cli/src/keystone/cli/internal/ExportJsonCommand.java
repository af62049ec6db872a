package keystone.cli.internal;

import java.nio.file.Path;

import org.eclipse.osgi.util.NLS;

import keystone.exchange.ExportSummary;
import keystone.exchange.JsonExchange;

/**
 * {@code export-json FILE}: writes the whole database to a JSON document.
 */
record ExportJsonCommand(Path file) implements Command {

    @Override
    public void run(CliContext context) {
        ExportSummary summary = context.services().get(JsonExchange.class).exportTo(file, context.monitor());
        context.out().println(NLS.bind(Messages.Export_done, summary.totalRows(), summary.file()));
        Report.rowCounts(context.out(), summary.rowCounts());
    }
}
