package keystone.decisionmap;

import org.eclipse.osgi.util.NLS;

import keystone.decisionmap.internal.Messages;
import keystone.model.KeystoneException;

/**
 * A reporting line was refused because it would make someone report to themselves, directly or through their own
 * subordinates; the message names both people.
 */
public class CycleException extends KeystoneException {

    private static final long serialVersionUID = 1L;

    private final long managerId;
    private final long reportId;

    public CycleException(Person manager, Person report) {
        super(message(manager, report));
        this.managerId = manager.id();
        this.reportId = report.id();
    }

    private static String message(Person manager, Person report) {
        if (manager.id() == report.id()) {
            return NLS.bind(Messages.Cycle_self, report.name());
        }
        return NLS.bind(Messages.Cycle_loop, report.name(), manager.name());
    }

    /** The manager of the refused line. */
    public long managerId() {
        return managerId;
    }

    /** The person who was to report through the refused line. */
    public long reportId() {
        return reportId;
    }
}
