package keystone.ui;

/**
 * Identifiers of Keystone's workbench contributions, for plugins that extend it and for tests that drive it.
 */
public final class KeystoneUi {

    public static final String PERSPECTIVE_ID = "keystone.ui.perspective.keyAccounts";
    public static final String NAVIGATOR_VIEW_ID = "keystone.ui.views.accounts";
    public static final String ACCOUNT_EDITOR_ID = "keystone.ui.editors.account";
    /** The account editor's first page, the general information. */
    public static final String GENERAL_PAGE_ID = "keystone.ui.editors.account.general";

    public static final String COMMAND_NEW_ACCOUNT = "keystone.ui.commands.newAccount";
    public static final String COMMAND_DELETE_ACCOUNT = "keystone.ui.commands.deleteAccount";
    public static final String COMMAND_RECREATE_DEMO = "keystone.ui.commands.recreateDemo";

    private KeystoneUi() {
    }
}
