package keystone.cli.internal;

import org.eclipse.osgi.util.NLS;

import keystone.demo.DemoData;
import keystone.demo.DemoInstaller;
import keystone.model.KeystoneException;

/**
 * {@code demo}: replaces all data with freshly generated demo data. The only way the command line adds demo data.
 */
record DemoCommand() implements Command {

    @Override
    public void run(CliContext context) {
        DemoInstaller installer;
        try {
            installer = context.services().get(DemoInstaller.class);
        } catch (NoClassDefFoundError e) {
            // keystone.demo is an optional import: a product without it still runs every other command
            throw new KeystoneException(Messages.Error_demoMissing, e);
        }
        DemoData data = installer.recreate(context.monitor());
        context.out().println(NLS.bind(Messages.Demo_done, new Object[] {data.accounts().size(),
                data.customers().size(), data.lines().size()}));
    }
}
