package keystone.ui.internal;

import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

import keystone.ui.KeystoneUi;

/**
 * The Key Accounts perspective: the accounts navigator on the left, account editors in the middle.
 */
public final class KeyAccountsPerspective implements IPerspectiveFactory {

    /** Folder other plugins' views (e.g. coverage, at-risk lists) are placed in, below the editors. */
    public static final String BOTTOM_FOLDER = "keystone.ui.folders.bottom";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        layout.setEditorAreaVisible(true);
        // analysis views (contributed by other plugins) get the lower half, full width
        layout.createPlaceholderFolder(BOTTOM_FOLDER, IPageLayout.BOTTOM, 0.5f, layout.getEditorArea());
        layout.addView(KeystoneUi.NAVIGATOR_VIEW_ID, IPageLayout.LEFT, 0.58f, layout.getEditorArea());
        layout.getViewLayout(KeystoneUi.NAVIGATOR_VIEW_ID).setCloseable(false);
    }
}
