package keystone.cli.internal;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.osgi.framework.FrameworkUtil;

/**
 * The headless application {@code keystone.cli.app} behind keystone-cli; returns the exit code, which the
 * launcher passes on to the shell.
 */
public final class CliApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        Object given = context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        String[] args = given instanceof String[] strings ? strings : new String[0];
        context.applicationRunning();
        try (OsgiServices services = new OsgiServices(FrameworkUtil.getBundle(CliApplication.class)
                .getBundleContext())) {
            return Integer.valueOf(new Cli(services, System.out, System.err).run(args));
        }
    }

    @Override
    public void stop() {
        // start() runs one command to its end; there is nothing to interrupt
    }
}
