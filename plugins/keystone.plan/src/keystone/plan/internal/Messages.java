package keystone.plan.internal;

import org.eclipse.osgi.util.NLS;

/**
 * The texts this bundle hands to the UI ready-made (the origin of plan actions in the open-actions list, messages of
 * plans that were not saved, rolled over or found), from {@code messages.properties} and its translations.
 */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "keystone.plan.internal.messages";

    public static String Origin_plan;
    public static String Origin_planObjective;

    public static String Invalid_plan;
    public static String Invalid_planOneMore;
    public static String Invalid_planMore;

    public static String Rule_required;
    public static String Rule_requiredNumber;
    public static String Rule_tooLong;
    public static String Rule_negative;
    public static String Rule_outOfRange;
    public static String Rule_outsidePlanYear;
    public static String Rule_unknownOwner;
    public static String Rule_unknownObjective;

    public static String Plan_yearNotPossible;
    public static String Plan_deleted;
    public static String Plan_otherAccount;
    public static String Plan_rolloverTargetExists;
    public static String Plan_noAccount;
    public static String Plan_none;
    public static String Plan_duplicate;
    public static String Plan_readOnly;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
