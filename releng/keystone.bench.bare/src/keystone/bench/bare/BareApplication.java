package keystone.bench.bare;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.eclipse.ui.part.ViewPart;

/**
 * The anchor of the start-up benchmark: the smallest RCP workbench (one window, one view with a table) built
 * from the same target platform as Keystone, reporting when its window is open.
 */
public final class BareApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        Display display = PlatformUI.createDisplay();
        try {
            PlatformUI.createAndRunWorkbench(display, new WorkbenchAdvisor() {
                @Override
                public String getInitialWindowPerspectiveId() {
                    return "keystone.bench.bare.perspective";
                }

                @Override
                public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
                    return new WorkbenchWindowAdvisor(configurer) {
                        @Override
                        public void postWindowOpen() {
                            display.asyncExec(() -> StartupReport.reportAndMaybeExit());
                        }
                    };
                }
            });
            return EXIT_OK;
        } finally {
            display.dispose();
        }
    }

    @Override
    public void stop() {
        // the benchmark ends the workbench itself
    }

    /** One view with a small table, the bare workbench's only content. */
    public static final class TableView extends ViewPart {
        @Override
        public void createPartControl(Composite parent) {
            Table table = new Table(parent, SWT.BORDER);
            for (int i = 0; i < 8; i++) {
                new TableItem(table, SWT.NONE).setText("Row " + i);
            }
        }

        @Override
        public void setFocus() {
            // nothing to focus
        }
    }

    /** Puts the table view beside the editor area. */
    public static final class Perspective implements IPerspectiveFactory {
        @Override
        public void createInitialLayout(IPageLayout layout) {
            layout.addView("keystone.bench.bare.view", IPageLayout.LEFT, 0.4f, layout.getEditorArea());
        }
    }
}
