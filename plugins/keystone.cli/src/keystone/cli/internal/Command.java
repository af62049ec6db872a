package keystone.cli.internal;

/**
 * One command of keystone-cli, parsed from the arguments and run with the services of a {@link CliContext}.
 */
sealed interface Command permits InfoCommand, ExportJsonCommand, ImportJsonCommand, DemoCommand, HelpCommand,
        AbcxyzCommand, ImportSalesCommand {

    /** Whether the database is opened before the command runs, and closed after it. */
    default boolean needsDatabase() {
        return true;
    }

    /**
     * Runs the command, writing its results to {@link CliContext#out()}.
     *
     * @throws keystone.model.KeystoneException when it fails; the message is for the user
     */
    void run(CliContext context);
}
