package keystone.ui.internal;

import org.eclipse.osgi.util.NLS;

/**
 * The workbench UI's user-visible strings, from {@code messages.properties} and its translations.
 */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "keystone.ui.internal.messages";

    public static String AccountType_BREADWINNER;
    public static String AccountType_PROSPECT;
    public static String AccountType_IMAGE_MAKER;
    public static String AccountType_EXPERT;
    public static String AccountType_BREADWINNER_tip;
    public static String AccountType_PROSPECT_tip;
    public static String AccountType_IMAGE_MAKER_tip;
    public static String AccountType_EXPERT_tip;

    public static String Navigator_filterHint;
    public static String Navigator_name;
    public static String Navigator_type;
    public static String Navigator_owner;
    public static String Navigator_industry;
    public static String Navigator_country;
    public static String Navigator_revenue;
    public static String Navigator_loading;
    public static String Navigator_count;

    public static String Editor_generalPage;
    public static String Editor_generalTitle;
    public static String Editor_identitySection;
    public static String Editor_sizeSection;
    public static String Editor_teamSection;
    public static String Editor_descriptionSection;
    public static String Editor_loading;
    public static String Editor_saving;
    public static String Editor_saveJob;
    public static String Editor_invalidNotSaved;
    public static String Editor_deleted;

    public static String Field_NAME;
    public static String Field_TYPE;
    public static String Field_INDUSTRY;
    public static String Field_COUNTRY;
    public static String Field_REGION;
    public static String Field_EMPLOYEES;
    public static String Field_ANNUAL_REVENUE;
    public static String Field_CURRENCY;
    public static String Field_WEBSITE;
    public static String Field_OWNER;
    public static String Field_TEAM;
    public static String Field_CUSTOMER_ID;
    public static String Field_HISTORY;
    public static String Field_STRUCTURE;
    public static String Field_ENVIRONMENT;

    public static String Rule_REQUIRED;
    public static String Rule_TOO_LONG;
    public static String Rule_NEGATIVE;
    public static String Rule_CURRENCY_CODE;
    public static String Rule_NOT_WHOLE_NUMBER;
    public static String Rule_NOT_NUMBER;

    public static String Operation_setField;
    public static String Operation_createAccount;
    public static String Operation_deleteAccount;

    public static String NewAccount_title;
    public static String NewAccount_message;
    public static String NewAccount_defaultName;
    public static String DeleteAccount_title;
    public static String DeleteAccount_message;
    public static String RecreateDemo_title;
    public static String RecreateDemo_message;
    public static String RecreateDemo_job;

    public static String Job_storeFailed;
    public static String Job_failed;
    public static String Job_loadAccounts;
    public static String Job_loadAccount;
    public static String Job_loadPortfolio;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
