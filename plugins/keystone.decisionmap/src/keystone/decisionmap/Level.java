package keystone.decisionmap;

/** Where a person sits in the customer's hierarchy; relationships only at the operational level are fragile. */
public enum Level {
    /** Top management: managing directors, CEO, CFO, COO. */
    TOP,
    /** Heads of departments and plants. */
    MIDDLE,
    /** Engineers, buyers, users. */
    OPERATIONAL
}
