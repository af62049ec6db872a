package keystone.demo;

import org.eclipse.osgi.util.NLS;

/**
 * The demo bundle's user-visible strings, from {@code messages.properties} and its translations. Package-private:
 * {@code keystone.demo} is exported, its texts are not API.
 */
final class Messages extends NLS {
    private static final String BUNDLE_NAME = "keystone.demo.messages";

    public static String Task_creating;
    public static String Task_deleting;
    public static String Task_customersAndSales;
    public static String Task_keyAccounts;
    public static String Task_dossiers;
    public static String Task_decisionMaps;
    public static String Task_accountPlans;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
