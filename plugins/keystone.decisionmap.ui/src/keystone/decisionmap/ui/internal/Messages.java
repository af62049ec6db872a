package keystone.decisionmap.ui.internal;

import org.eclipse.osgi.util.NLS;

import keystone.decisionmap.MapQuality;

/**
 * The decision-map views' user-visible strings, from {@code messages.properties} and its translations.
 */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "keystone.decisionmap.ui.internal.messages";

    public static String Coverage_account;
    public static String Coverage_quality;
    public static String Coverage_share;
    public static String Coverage_singleThreaded;
    public static String Coverage_stale;
    public static String Coverage_findings;
    public static String Coverage_count;
    public static String Quality_RED;
    public static String Quality_AMBER;
    public static String Quality_GREEN;
    public static String Finding_noEconomicBuyer;
    public static String Finding_noTopSupporter;
    public static String Finding_none;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }

    static String of(MapQuality quality) {
        return switch (quality) {
            case RED -> Quality_RED;
            case AMBER -> Quality_AMBER;
            case GREEN -> Quality_GREEN;
        };
    }
}
