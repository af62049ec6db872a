package keystone.decisionmap.internal;

import org.eclipse.osgi.util.NLS;

/**
 * The decision map's user-visible strings (refused edits, validation problems, a map not saved or not found), from
 * {@code messages.properties} and its translations. The chart's own texts are in {@code keystone.decisionmap.chart}.
 */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "keystone.decisionmap.internal.messages";

    public static String Cycle_self;
    public static String Cycle_loop;
    public static String Edit_selfInfluence;

    public static String Who_person;
    public static String Who_unnamedPerson;
    public static String Who_influenceLine;
    public static String Who_relationship;

    public static String Field_name;
    public static String Field_title;
    public static String Field_department;
    public static String Field_subsidiary;
    public static String Field_notes;
    public static String Field_note;
    public static String Field_ourPerson;

    public static String Problem_noName;
    public static String Problem_tooLong;
    public static String Problem_reportingUnknown;
    public static String Problem_reportingSelf;
    public static String Problem_reportingTwice;
    public static String Problem_influenceUnknown;
    public static String Problem_influenceSelf;
    public static String Problem_influenceTwice;
    public static String Problem_relationshipUnknown;
    public static String Problem_relationshipNoOurPerson;
    public static String Problem_relationshipSameId;

    public static String Invalid_map;
    public static String Service_accountFallback;
    public static String Service_noAccount;
    public static String Store_accountDeleted;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
