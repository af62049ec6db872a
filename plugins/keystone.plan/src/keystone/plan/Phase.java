package keystone.plan;

/**
 * Where a day lies relative to a period (a plan year, a quarter, an objective's time to its due date).
 */
public enum Phase {
    /** The day is before the period's first day. */
    NOT_STARTED,
    /** The day lies inside the period, its last day included. */
    RUNNING,
    /** The day is after the period's last day. */
    ENDED
}
