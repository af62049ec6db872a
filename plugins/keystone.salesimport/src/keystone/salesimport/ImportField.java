package keystone.salesimport;

/**
 * The values the import takes from a sales file; each is mapped to a column by a {@link ColumnMapping}.
 */
public enum ImportField {
    CUSTOMER_ID("customer", true),
    CUSTOMER_NAME("name", false),
    DATE("date", true),
    AMOUNT("amount", true),
    MARGIN("margin", false),
    PRODUCT("product", false),
    QUANTITY("quantity", false),
    ORDER_ID("order", false);

    private final String key;
    private final boolean required;

    ImportField(String key, boolean required) {
        this.key = key;
        this.required = required;
    }

    /** The short name used in command lines and saved profiles, e.g. {@code customer} or {@code amount}. */
    public String key() {
        return key;
    }

    /** Whether every mapping must name a column for it. */
    public boolean required() {
        return required;
    }

    public static ImportField ofKey(String key) {
        for (ImportField field : values()) {
            if (field.key.equalsIgnoreCase(key.strip())) {
                return field;
            }
        }
        throw new IllegalArgumentException("unknown field '" + key + "'; known: customer, name, date, amount, margin, "
                + "product, quantity, order");
    }
}
