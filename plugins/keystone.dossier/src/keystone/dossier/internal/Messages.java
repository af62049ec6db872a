package keystone.dossier.internal;

import org.eclipse.osgi.util.NLS;

import keystone.dossier.DossierValidation;

/**
 * The dossier's user-visible strings (messages of a dossier that was not saved or not found), from
 * {@code messages.properties} and its translations.
 */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "keystone.dossier.internal.messages";

    public static String Invalid_shareOfWallet;
    public static String Invalid_required;
    public static String Invalid_tooLong;

    public static String Field_NEED_EVIDENCE;
    public static String Field_SOLVENCY_EVIDENCE;
    public static String Field_DECISION_POWER_EVIDENCE;
    public static String Field_ASSESSED_BY;
    public static String Field_EVENT_TITLE;
    public static String Field_EVENT_NOTES;
    public static String Field_DELIVERY_WHAT;
    public static String Field_TENDER_REASON;
    public static String Field_TENDER_WINNING_COMPETITOR;
    public static String Field_COMPLAINT_RESOLUTION;
    public static String Field_MEETING_PARTICIPANTS;
    public static String Field_MEETING_MINUTES;
    public static String Field_FOLLOW_UP_ACTION;
    public static String Field_FOLLOW_UP_OWNER;
    public static String Field_COMPETITOR_NAME;
    public static String Field_COMPETITOR_OFFERING;
    public static String Field_COMPETITOR_STRENGTHS;
    public static String Field_COMPETITOR_WEAKNESSES;
    public static String Field_COMPETITOR_RELATIONSHIPS;
    public static String Field_KEY_CONTACT_NAME;
    public static String Field_KEY_CONTACT_ROLE;
    public static String Field_SHARE_OF_WALLET;

    public static String Store_accountDeleted;
    public static String Service_noAccount;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }

    /** The user's name of a checked dossier field, e.g. "competitor name". */
    public static String field(DossierValidation.Field field) {
        return switch (field) {
            case NEED_EVIDENCE -> Field_NEED_EVIDENCE;
            case SOLVENCY_EVIDENCE -> Field_SOLVENCY_EVIDENCE;
            case DECISION_POWER_EVIDENCE -> Field_DECISION_POWER_EVIDENCE;
            case ASSESSED_BY -> Field_ASSESSED_BY;
            case EVENT_TITLE -> Field_EVENT_TITLE;
            case EVENT_NOTES -> Field_EVENT_NOTES;
            case DELIVERY_WHAT -> Field_DELIVERY_WHAT;
            case TENDER_REASON -> Field_TENDER_REASON;
            case TENDER_WINNING_COMPETITOR -> Field_TENDER_WINNING_COMPETITOR;
            case COMPLAINT_RESOLUTION -> Field_COMPLAINT_RESOLUTION;
            case MEETING_PARTICIPANTS -> Field_MEETING_PARTICIPANTS;
            case MEETING_MINUTES -> Field_MEETING_MINUTES;
            case FOLLOW_UP_ACTION -> Field_FOLLOW_UP_ACTION;
            case FOLLOW_UP_OWNER -> Field_FOLLOW_UP_OWNER;
            case COMPETITOR_NAME -> Field_COMPETITOR_NAME;
            case COMPETITOR_OFFERING -> Field_COMPETITOR_OFFERING;
            case COMPETITOR_STRENGTHS -> Field_COMPETITOR_STRENGTHS;
            case COMPETITOR_WEAKNESSES -> Field_COMPETITOR_WEAKNESSES;
            case COMPETITOR_RELATIONSHIPS -> Field_COMPETITOR_RELATIONSHIPS;
            case KEY_CONTACT_NAME -> Field_KEY_CONTACT_NAME;
            case KEY_CONTACT_ROLE -> Field_KEY_CONTACT_ROLE;
            case SHARE_OF_WALLET -> Field_SHARE_OF_WALLET;
        };
    }
}
