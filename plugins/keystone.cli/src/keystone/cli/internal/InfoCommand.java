package keystone.cli.internal;

import org.eclipse.osgi.util.NLS;

import keystone.model.store.DatabaseInfo;
import keystone.model.store.DatabaseService;

/**
 * {@code info}: where the database is, its schema version per contributor, and its rows per table.
 */
record InfoCommand() implements Command {

    @Override
    public void run(CliContext context) {
        DatabaseInfo info = context.services().get(DatabaseService.class).info();
        context.out().println(NLS.bind(Messages.Info_database, info.directory()));
        context.out().println(Messages.Info_schemaVersions);
        if (info.schemaVersions().isEmpty()) {
            context.out().println("  " + Messages.Info_noSchemas);
        }
        Report.table(context.out(), info.schemaVersions());
        Report.rowCounts(context.out(), info.rowCounts());
        context.out().println(NLS.bind(Messages.Info_salesLines, info.salesLines()));
    }
}
