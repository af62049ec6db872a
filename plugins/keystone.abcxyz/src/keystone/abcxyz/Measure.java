package keystone.abcxyz;

/**
 * The value a classification ranks customers by.
 */
public enum Measure {
    /** The amount of the sales lines. */
    REVENUE,
    /** The margin of the sales lines; lines without a margin count as 0. */
    MARGIN
}
