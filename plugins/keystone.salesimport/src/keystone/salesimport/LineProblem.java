package keystone.salesimport;

import org.eclipse.osgi.util.NLS;

import keystone.salesimport.internal.Messages;

/**
 * One thing wrong with one line of a sales file.
 *
 * @param file   the file's name
 * @param line   the line number as a text editor shows it (1-based, the header counts), for XLSX the sheet row
 * @param column the column's name as the file names it, or empty when the problem concerns the whole line
 * @param value  the offending value as read, or empty
 * @param reason what is wrong, for the user, e.g. {@code 'abc' is not a number}
 */
public record LineProblem(String file, long line, String column, String value, String reason) {

    public LineProblem {
        column = column == null ? "" : column;
        value = value == null ? "" : value;
    }

    /** E.g. {@code sales.csv, line 17, column amount: 'abc' is not a number}. */
    public String message() {
        return column.isEmpty() ? NLS.bind(Messages.Problem_atLine, new Object[] {file, line, reason})
                : NLS.bind(Messages.Problem_atColumn, new Object[] {file, line, column, reason});
    }

    @Override
    public String toString() {
        return message();
    }
}
