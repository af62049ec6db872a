package keystone.app.internal;

import java.nio.file.Path;

import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

import keystone.ui.KeystoneUi;

/**
 * Configures the workbench: the Key Accounts perspective first, window layout kept between sessions.
 */
final class KeystoneWorkbenchAdvisor extends WorkbenchAdvisor {

    private final Path database;

    KeystoneWorkbenchAdvisor(Path database) {
        this.database = database;
    }

    @Override
    public void initialize(IWorkbenchConfigurer configurer) {
        configurer.setSaveAndRestore(!Boolean.getBoolean("keystone.test"));
    }

    @Override
    public String getInitialWindowPerspectiveId() {
        return KeystoneUi.PERSPECTIVE_ID;
    }

    @Override
    public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        return new KeystoneWindowAdvisor(configurer, database);
    }
}
