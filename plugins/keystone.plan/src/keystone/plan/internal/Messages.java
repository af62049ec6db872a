package keystone.plan.internal;

import org.eclipse.osgi.util.NLS;

/**
 * The few texts this bundle hands to the UI ready-made (the origin of plan actions in the open-actions list), from
 * {@code messages.properties} and its translations.
 */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "keystone.plan.internal.messages";

    public static String Origin_plan;
    public static String Origin_planObjective;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
