package keystone.app.internal;

import java.lang.reflect.InvocationTargetException;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.dialogs.ProgressMonitorDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import keystone.demo.DemoInstaller;
import keystone.model.KeystoneException;
import keystone.model.store.DatabaseService;

/**
 * The Keystone workbench application: opens the database (refusing clearly when another Keystone holds it),
 * fills an empty database with the demo, then runs the workbench.
 */
public final class KeystoneApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) throws Exception {
        Display display = PlatformUI.createDisplay();
        DatabaseService database = null;
        try {
            database = service(DatabaseService.class);
            try {
                database.open(DatabaseService.configuredDirectory());
                installDemoIfEmpty(display);
            } catch (KeystoneException e) {
                context.applicationRunning();
                MessageDialog.openError(null, Messages.Startup_title, NLS.bind(Messages.Startup_cannotOpen, e.getMessage()));
                return EXIT_OK;
            }
            int code = PlatformUI.createAndRunWorkbench(display, new KeystoneWorkbenchAdvisor(database.directory()));
            return code == PlatformUI.RETURN_RESTART ? EXIT_RESTART : EXIT_OK;
        } finally {
            if (database != null) {
                database.close();
            }
            display.dispose();
        }
    }

    /** First start on an empty database: create the demo so that every view has something to show. */
    private static void installDemoIfEmpty(Display display) throws InterruptedException {
        DemoInstaller demo = service(DemoInstaller.class);
        ProgressMonitorDialog progress = new ProgressMonitorDialog(null);
        try {
            progress.run(true, false, monitor -> demo.installIfEmpty(monitor));
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof KeystoneException k) {
                throw k;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Waits for a DS service: components in lazily activated bundles register shortly after start. */
    static <T> T service(Class<T> type) {
        BundleContext context = FrameworkUtil.getBundle(KeystoneApplication.class).getBundleContext();
        ServiceTracker<T, T> tracker = new ServiceTracker<>(context, type, null);
        tracker.open();
        try {
            T service = tracker.waitForService(30_000);
            if (service == null) {
                throw new IllegalStateException("The service " + type.getName() + " did not start; see the log.");
            }
            return service;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void stop() {
        if (!PlatformUI.isWorkbenchRunning()) {
            return;
        }
        var workbench = PlatformUI.getWorkbench();
        Display display = workbench.getDisplay();
        display.syncExec(() -> {
            if (!display.isDisposed()) {
                workbench.close();
            }
        });
    }
}
