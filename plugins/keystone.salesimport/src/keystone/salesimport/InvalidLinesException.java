package keystone.salesimport;

/**
 * The file has bad lines (or cannot be imported at all) and the policy was to abort; the report lists them all.
 * Callers may offer to import the good lines instead.
 */
public class InvalidLinesException extends ImportException {

    private static final long serialVersionUID = 1L;

    private final transient ImportReport report;

    public InvalidLinesException(String message, ImportReport report) {
        super(message);
        this.report = report;
    }

    public ImportReport report() {
        return report;
    }
}
