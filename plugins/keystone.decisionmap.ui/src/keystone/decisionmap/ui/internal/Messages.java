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
    public static String Map_title;
    public static String Map_edit;
    public static String Map_add;
    public static String Map_delete;
    public static String Map_autoLayout;
    public static String Map_zoomIn;
    public static String Map_zoomOut;
    public static String Map_fit;
    public static String Map_meetingSafe;
    public static String Map_influenceMode;
    public static String Map_influenceModeTip;
    public static String Map_meetingSafeTip;
    public static String Map_meetingSafeOn;
    public static String Map_export;
    public static String Map_exportVisible;
    public static String Map_exportJob;
    public static String Map_exportFailed;
    public static String Map_name;
    public static String Map_titleField;
    public static String Map_department;
    public static String Map_subsidiary;
    public static String Map_notes;
    public static String Map_level;
    public static String Map_stance;
    public static String Map_influence;
    public static String Map_roles;
    public static String Map_left;
    public static String Map_reportsTo;
    public static String Map_dottedTo;
    public static String Map_influences;
    public static String Map_addDotted;
    public static String Map_connect;
    public static String Map_lines;
    public static String Map_lineSolid;
    public static String Map_lineDotted;
    public static String Map_lineInfluence;
    public static String Map_removeLine;
    public static String Map_nobody;
    public static String Map_newPerson;
    public static String Map_nameRequired;
    public static String Map_cycle;
    public static String Map_relationships;
    public static String Map_ourPerson;
    public static String Map_current;
    public static String Map_target;
    public static String Map_lastContact;
    public static String Map_addRelationship;
    public static String Map_removeRelationship;
    public static String Map_coverage;
    public static String Map_singleThreaded;
    public static String Map_stale;
    public static String Map_listSeparator;
    public static String Level_TOP;
    public static String Level_MIDDLE;
    public static String Level_OPERATIONAL;
    public static String Stance_CHAMPION;
    public static String Stance_SUPPORTER;
    public static String Stance_NEUTRAL;
    public static String Stance_SCEPTIC;
    public static String Stance_OPPONENT;
    public static String Influence_HIGH;
    public static String Influence_MEDIUM;
    public static String Influence_LOW;
    public static String Role_ECONOMIC_BUYER;
    public static String Role_DECISION_MAKER;
    public static String Role_TECHNICAL_BUYER;
    public static String Role_USER_BUYER;
    public static String Role_INFLUENCER;
    public static String Role_GATEKEEPER;
    public static String Role_COACH;
    public static String Strength_NONE;
    public static String Strength_ACQUAINTANCE;
    public static String Strength_WORKING;
    public static String Strength_TRUSTED_ADVISOR;

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
