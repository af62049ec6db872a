package keystone.app.internal;

import org.eclipse.osgi.util.NLS;

/**
 * The application's user-visible strings, from {@code messages.properties} and its translations.
 */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "keystone.app.internal.messages";

    public static String Startup_title;
    public static String Startup_cannotOpen;
    public static String Startup_demoTask;
    public static String Window_title;
    public static String Status_database;
    public static String Menu_file;
    public static String Menu_edit;
    public static String Menu_window;
    public static String Menu_help;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
