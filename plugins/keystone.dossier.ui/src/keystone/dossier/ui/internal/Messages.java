package keystone.dossier.ui.internal;

import org.eclipse.osgi.util.NLS;

import keystone.dossier.RiskSignal;

/**
 * The dossier views' user-visible strings, from {@code messages.properties} and its translations.
 */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "keystone.dossier.ui.internal.messages";

    public static String AtRisk_account;
    public static String AtRisk_revenue;
    public static String AtRisk_signals;
    public static String AtRisk_none;
    public static String AtRisk_count;
    public static String Signal_NO_PURCHASE;
    public static String Signal_REVENUE_DROP;
    public static String Signal_LOST_TENDER;
    public static String Signal_OPEN_COMPLAINT;
    public static String Signal_KEY_CONTACT_LEFT;
    public static String Actions_due;
    public static String Actions_action;
    public static String Actions_owner;
    public static String Actions_account;
    public static String Actions_meeting;
    public static String Actions_count;
    public static String Qualification_title;
    public static String Qualification_edit;
    public static String Qualification_need;
    public static String Qualification_solvency;
    public static String Qualification_decisionPower;
    public static String Qualification_assessedBy;
    public static String Qualification_qualified;
    public static String Qualification_notQualified;
    public static String Competitors_title;
    public static String Competitors_edit;
    public static String Competitors_ours;
    public static String Competitors_name;
    public static String Competitors_offering;
    public static String Competitors_share;
    public static String Competitors_strengths;
    public static String Competitors_weaknesses;
    public static String Competitors_relationships;
    public static String Competitors_add;
    public static String Competitors_remove;
    public static String Competitors_new;
    public static String Competitors_badPercent;
    public static String Competitors_over100;
    public static String Search_hint;
    public static String Search_account;
    public static String Search_section;
    public static String Search_snippet;
    public static String Search_count;
    public static String Search_job;
    public static String Section_OVERVIEW;
    public static String Section_QUALIFICATION;
    public static String Section_HISTORY;
    public static String Section_COMPETITORS;
    public static String Section_RISKS;
    public static String Rating_UNKNOWN;
    public static String Rating_NO;
    public static String Rating_PARTLY;
    public static String Rating_YES;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }

    static String section(keystone.dossier.SearchHit.Section section) {
        return switch (section) {
            case OVERVIEW -> Section_OVERVIEW;
            case QUALIFICATION -> Section_QUALIFICATION;
            case HISTORY -> Section_HISTORY;
            case COMPETITORS -> Section_COMPETITORS;
            case RISKS -> Section_RISKS;
        };
    }

    static String rating(keystone.dossier.Qualification.Rating rating) {
        return switch (rating) {
            case UNKNOWN -> Rating_UNKNOWN;
            case NO -> Rating_NO;
            case PARTLY -> Rating_PARTLY;
            case YES -> Rating_YES;
        };
    }

    /** The user's explanation of a churn signal, from its kind and data. */
    static String explain(RiskSignal signal) {
        String template = switch (signal.kind()) {
            case NO_PURCHASE -> Signal_NO_PURCHASE;
            case REVENUE_DROP -> Signal_REVENUE_DROP;
            case LOST_TENDER -> Signal_LOST_TENDER;
            case OPEN_COMPLAINT -> Signal_OPEN_COMPLAINT;
            case KEY_CONTACT_LEFT -> Signal_KEY_CONTACT_LEFT;
        };
        return NLS.bind(template, signal.detail(), signal.since() == null ? "" : signal.since());
    }
}
