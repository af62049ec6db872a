package keystone.decisionmap;

/**
 * A formal reporting line: {@code reportId} reports to {@code managerId}. A person may have several managers.
 *
 * @param dotted a secondary line, e.g. to a manager in another subsidiary or a functional head; drawn dotted
 */
public record ReportingLine(long managerId, long reportId, boolean dotted) {

    /** The line connects these two people, whatever its direction or kind. */
    boolean joins(long personId) {
        return managerId == personId || reportId == personId;
    }
}
