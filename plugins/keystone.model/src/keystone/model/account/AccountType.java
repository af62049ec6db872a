package keystone.model.account;

/**
 * The four kinds of key account of the domain brief; each calls for a different treatment in the plan.
 */
public enum AccountType {
    /** Brings a large share of our profit (at least 10 % of the total); a long-term partner. */
    BREADWINNER,
    /** New and solvent; could become a breadwinner, possibly one of a competitor's today. */
    PROSPECT,
    /** A well-known leader of its industry or region, valuable as a reference. */
    IMAGE_MAKER,
    /** Demanding and knows the market; pushes our quality and service. */
    EXPERT;

    /** Parses the stored name, naming the accepted values when it is not one of them. */
    public static AccountType parse(String text) {
        for (AccountType type : values()) {
            if (type.name().equalsIgnoreCase(text == null ? "" : text.trim())) {
                return type;
            }
        }
        throw new IllegalArgumentException("unknown account type '" + text + "' (expected one of "
                + java.util.Arrays.toString(values()) + ")");
    }
}
