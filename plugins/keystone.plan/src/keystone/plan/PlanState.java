package keystone.plan;

/**
 * Where an account plan is in its life.
 */
public enum PlanState {
    /** Being prepared; not yet agreed. */
    DRAFT,
    /** The agreed plan of the year, tracked against actual sales. */
    ACTIVE,
    /** Frozen when the plan was rolled over into the next year: read-only history. */
    SNAPSHOT
}
