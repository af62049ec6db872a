package keystone.cli.internal;

/**
 * {@code help}, or no command at all: the usage text on standard output.
 */
record HelpCommand() implements Command {

    @Override
    public boolean needsDatabase() {
        return false;
    }

    @Override
    public void run(CliContext context) {
        Report.usage(context.out());
    }
}
