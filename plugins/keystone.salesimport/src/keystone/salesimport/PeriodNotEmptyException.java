package keystone.salesimport;

import java.time.LocalDate;

/**
 * The database holds sales lines in the period the file covers; callers may offer to replace that period.
 */
public class PeriodNotEmptyException extends ImportException {

    private static final long serialVersionUID = 1L;

    private final LocalDate from;
    private final LocalDate to;
    private final long existingLines;

    public PeriodNotEmptyException(String message, LocalDate from, LocalDate to, long existingLines) {
        super(message);
        this.from = from;
        this.to = to;
        this.existingLines = existingLines;
    }

    public LocalDate from() {
        return from;
    }

    public LocalDate to() {
        return to;
    }

    public long existingLines() {
        return existingLines;
    }
}
