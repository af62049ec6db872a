package keystone.app.internal;

import java.nio.file.Path;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

/**
 * Sets up each workbench window: title naming the database, size, status line and menus.
 */
final class KeystoneWindowAdvisor extends WorkbenchWindowAdvisor {

    private final Path database;

    KeystoneWindowAdvisor(IWorkbenchWindowConfigurer configurer, Path database) {
        super(configurer);
        this.database = database;
    }

    @Override
    public ActionBarAdvisor createActionBarAdvisor(IActionBarConfigurer configurer) {
        return new KeystoneActionBarAdvisor(configurer, database);
    }

    @Override
    public void preWindowOpen() {
        IWorkbenchWindowConfigurer configurer = getWindowConfigurer();
        configurer.setInitialSize(new Point(1440, 900));
        configurer.setShowCoolBar(false);
        configurer.setShowStatusLine(true);
        configurer.setShowProgressIndicator(true);
        configurer.setShowPerspectiveBar(false);
        configurer.setTitle(NLS.bind(Messages.Window_title, database));
    }

    @Override
    public void postWindowOpen() {
        StartupProbe.armIfRequested(getWindowConfigurer().getWindow().getShell().getDisplay());
    }
}
