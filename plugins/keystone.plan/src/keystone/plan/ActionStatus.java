package keystone.plan;

/**
 * How far an action of a plan has got.
 */
public enum ActionStatus {
    OPEN,
    IN_PROGRESS,
    DONE,
    CANCELLED;

    /** Still to be done: open or in progress. */
    public boolean open() {
        return this == OPEN || this == IN_PROGRESS;
    }
}
