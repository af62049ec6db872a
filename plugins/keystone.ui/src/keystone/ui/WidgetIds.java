package keystone.ui;

/**
 * Stable names set on important widgets with {@code widget.setData(KEY, id)}, so that UI tests and accessibility
 * tools find them regardless of label language or layout.
 */
public final class WidgetIds {

    /** The {@code Widget.setData} key under which the id is stored. */
    public static final String KEY = "keystone.id";

    public static final String NAVIGATOR_FILTER = "navigator.filter";
    public static final String NAVIGATOR_TABLE = "navigator.table";
    public static final String NEW_ACCOUNT_NAME = "newAccount.name";

    /** Id of the editor control for an account field: {@code "account." + field name in lower case}. */
    public static String accountField(keystone.model.account.AccountField field) {
        return "account." + field.name().toLowerCase(java.util.Locale.ROOT);
    }

    private WidgetIds() {
    }
}
