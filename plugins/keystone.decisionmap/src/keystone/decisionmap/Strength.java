package keystone.decisionmap;

/** How well one of our people knows a person of the customer, weakest first (so that {@code compareTo} ranks). */
public enum Strength {
    NONE, ACQUAINTANCE, WORKING, TRUSTED_ADVISOR;

    /** A working relationship or better: the level at which coverage counts a person as covered. */
    public boolean atLeastWorking() {
        return compareTo(WORKING) >= 0;
    }

    /** At least an acquaintance: the person knows us by name. */
    public boolean known() {
        return compareTo(ACQUAINTANCE) >= 0;
    }
}
