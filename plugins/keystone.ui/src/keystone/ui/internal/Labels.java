package keystone.ui.internal;

import org.eclipse.osgi.util.NLS;

import keystone.model.account.AccountField;
import keystone.model.account.AccountType;
import keystone.model.account.AccountValidator;

/**
 * Localised names of model values (account types, fields, validation rules).
 */
public final class Labels {

    private Labels() {
    }

    public static String of(AccountType type) {
        return switch (type) {
            case BREADWINNER -> Messages.AccountType_BREADWINNER;
            case PROSPECT -> Messages.AccountType_PROSPECT;
            case IMAGE_MAKER -> Messages.AccountType_IMAGE_MAKER;
            case EXPERT -> Messages.AccountType_EXPERT;
        };
    }

    public static String tooltip(AccountType type) {
        return switch (type) {
            case BREADWINNER -> Messages.AccountType_BREADWINNER_tip;
            case PROSPECT -> Messages.AccountType_PROSPECT_tip;
            case IMAGE_MAKER -> Messages.AccountType_IMAGE_MAKER_tip;
            case EXPERT -> Messages.AccountType_EXPERT_tip;
        };
    }

    public static String of(AccountField field) {
        return switch (field) {
            case NAME -> Messages.Field_NAME;
            case TYPE -> Messages.Field_TYPE;
            case INDUSTRY -> Messages.Field_INDUSTRY;
            case COUNTRY -> Messages.Field_COUNTRY;
            case REGION -> Messages.Field_REGION;
            case EMPLOYEES -> Messages.Field_EMPLOYEES;
            case ANNUAL_REVENUE -> Messages.Field_ANNUAL_REVENUE;
            case CURRENCY -> Messages.Field_CURRENCY;
            case WEBSITE -> Messages.Field_WEBSITE;
            case OWNER -> Messages.Field_OWNER;
            case TEAM -> Messages.Field_TEAM;
            case CUSTOMER_ID -> Messages.Field_CUSTOMER_ID;
            case HISTORY -> Messages.Field_HISTORY;
            case STRUCTURE -> Messages.Field_STRUCTURE;
            case ENVIRONMENT -> Messages.Field_ENVIRONMENT;
        };
    }

    public static String problem(AccountField field, AccountValidator.Rule rule) {
        String template = switch (rule) {
            case REQUIRED -> Messages.Rule_REQUIRED;
            case TOO_LONG -> Messages.Rule_TOO_LONG;
            case NEGATIVE -> Messages.Rule_NEGATIVE;
            case CURRENCY_CODE -> Messages.Rule_CURRENCY_CODE;
        };
        return NLS.bind(template, of(field));
    }
}
