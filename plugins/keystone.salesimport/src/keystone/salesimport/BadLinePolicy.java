package keystone.salesimport;

/**
 * What an import does with lines that fail validation.
 */
public enum BadLinePolicy {
    /** Refuse the whole file if any line is bad; nothing is written. */
    ABORT,
    /** Import the good lines and write the bad ones, each with its reason, to an error file. */
    SKIP
}
