package keystone.abcxyz.internal;

import org.eclipse.osgi.util.NLS;

/**
 * The ABC-XYZ analysis' user-visible strings, from {@code messages.properties} and its translations.
 */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "keystone.abcxyz.internal.messages";

    public static String Task_classifying;
    public static String Task_loadingSales;
    public static String Task_readingCustomers;
    public static String Task_readingSales;

    public static String Settings_windowReversed;
    public static String Settings_abcCuts;
    public static String Settings_xyzCuts;
    public static String Settings_recentMonths;

    public static String Run_missing;
    public static String Cube_tooLarge;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
