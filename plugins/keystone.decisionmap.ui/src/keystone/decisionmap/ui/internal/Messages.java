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
    public static String Short_RED;
    public static String Short_AMBER;
    public static String Short_GREEN;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }

    /** The quality in one word, for the navigator column. */
    static String short_(MapQuality quality) {
        return switch (quality) {
            case RED -> Short_RED;
            case AMBER -> Short_AMBER;
            case GREEN -> Short_GREEN;
        };
    }

    static String of(MapQuality quality) {
        return switch (quality) {
            case RED -> Quality_RED;
            case AMBER -> Quality_AMBER;
            case GREEN -> Quality_GREEN;
        };
    }
}
