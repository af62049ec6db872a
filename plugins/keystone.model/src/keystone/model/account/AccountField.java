package keystone.model.account;

import java.math.BigDecimal;

/**
 * The editable fields of an account's general information, with their type and limits, so that editors,
 * validation and exchange formats treat every field alike.
 */
public enum AccountField {
    NAME(String.class, true, 400),
    TYPE(AccountType.class, true, 0),
    INDUSTRY(String.class, false, 200),
    COUNTRY(String.class, false, 100),
    REGION(String.class, false, 200),
    EMPLOYEES(Integer.class, false, 0),
    ANNUAL_REVENUE(BigDecimal.class, false, 0),
    CURRENCY(String.class, false, 3),
    WEBSITE(String.class, false, 400),
    OWNER(String.class, false, 200),
    TEAM(String.class, false, 1000),
    CUSTOMER_ID(String.class, false, 64),
    HISTORY(String.class, false, 100_000),
    STRUCTURE(String.class, false, 100_000),
    ENVIRONMENT(String.class, false, 100_000);

    private final Class<?> valueType;
    private final boolean required;
    private final int maxLength;

    AccountField(Class<?> valueType, boolean required, int maxLength) {
        this.valueType = valueType;
        this.required = required;
        this.maxLength = maxLength;
    }

    public Class<?> valueType() {
        return valueType;
    }

    public boolean required() {
        return required;
    }

    /** Longest text the store keeps for a text field; 0 for other types. */
    public int maxLength() {
        return maxLength;
    }
}
