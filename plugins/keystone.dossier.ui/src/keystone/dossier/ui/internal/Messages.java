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
    public static String Overview_title;
    public static String Overview_money;
    public static String Overview_trendUp;
    public static String Overview_trendDown;
    public static String Overview_job;
    public static String Overview_account;
    public static String Overview_type;
    public static String Overview_owner;
    public static String Overview_team;
    public static String Overview_qualification;
    public static String Overview_editGeneral;
    public static String Overview_figures;
    public static String Overview_revenue;
    public static String Overview_previous;
    public static String Overview_trend;
    public static String Overview_share;
    public static String Overview_lastOrder;
    public static String Overview_history;
    public static String Overview_historyFigures;
    public static String Overview_risks;
    public static String Overview_noRisks;
    public static String Overview_nobody;
    public static String Overview_noCustomer;
    public static String Overview_neverOrdered;
    public static String History_title;
    public static String History_edit;
    public static String History_type;
    public static String History_allKinds;
    public static String History_period;
    public static String History_from;
    public static String History_to;
    public static String History_find;
    public static String History_figures;
    public static String History_none;
    public static String History_count;
    public static String History_date;
    public static String History_eventTitle;
    public static String History_notes;
    public static String History_details;
    public static String History_add;
    public static String History_remove;
    public static String History_newDelivery;
    public static String History_newTender;
    public static String History_newComplaint;
    public static String History_newMeeting;
    public static String History_badDate;
    public static String History_badMoney;
    public static String History_required;
    public static String History_resolvedBeforeOpened;
    public static String Kind_DELIVERY;
    public static String Kind_TENDER;
    public static String Kind_COMPLAINT;
    public static String Kind_MEETING;
    public static String Period_ALL;
    public static String Period_LAST_12_MONTHS;
    public static String Period_LAST_3_YEARS;
    public static String Period_THIS_YEAR;
    public static String Period_CUSTOM;
    public static String Delivery_what;
    public static String Delivery_value;
    public static String Tender_outcome;
    public static String Tender_reason;
    public static String Tender_winner;
    public static String Tender_value;
    public static String Tender_wonBy;
    public static String Outcome_WON;
    public static String Outcome_LOST;
    public static String Outcome_WITHDRAWN;
    public static String Outcome_OPEN;
    public static String Complaint_resolvedOn;
    public static String Complaint_resolution;
    public static String Complaint_open;
    public static String Complaint_resolvedAfter;
    public static String Meeting_participants;
    public static String Meeting_minutes;
    public static String Meeting_followUps;
    public static String Meeting_summary;
    public static String FollowUp_action;
    public static String FollowUp_owner;
    public static String FollowUp_due;
    public static String FollowUp_done;
    public static String FollowUp_doneMark;
    public static String FollowUp_add;
    public static String FollowUp_remove;
    public static String FollowUp_new;
    public static String Risks_title;
    public static String Risks_job;
    public static String Risks_edit;
    public static String Risks_signals;
    public static String Risks_thresholds;
    public static String Risks_changeThresholds;
    public static String Risks_contacts;
    public static String Risks_name;
    public static String Risks_role;
    public static String Risks_left;
    public static String Risks_leftOn;
    public static String Risks_leftUnknown;
    public static String Risks_add;
    public static String Risks_remove;
    public static String Risks_newContact;
    public static String Prefs_description;
    public static String Prefs_monthsWithoutPurchase;
    public static String Prefs_comparisonMonths;
    public static String Prefs_dropPercent;
    public static String Prefs_lostTenderMonths;
    public static String Prefs_complaintOpenDays;

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
