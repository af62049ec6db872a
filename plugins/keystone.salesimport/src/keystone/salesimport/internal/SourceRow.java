package keystone.salesimport.internal;

/**
 * One record of a sales file as read, before validation: its values, or why it could not be read.
 *
 * @param line     the line (XLSX: sheet row) where the record starts, 1-based
 * @param lastLine the line where it ends, or 0 when it runs to the end of the file
 * @param values   the values: {@code String}s, and for XLSX also {@code BigDecimal}s and {@code LocalDateTime}s;
 *                 {@code null} when the record could not be read
 * @param problem  why the record could not be read, or {@code null}
 * @param column   for an unreadable record, the index of the value where reading failed, or -1 if not known
 * @param fatal    whether nothing after this record can be read either (bytes invalid in the encoding)
 */
record SourceRow(long line, long lastLine, Object[] values, String problem, int column, boolean fatal) {

    static SourceRow of(long line, Object[] values) {
        return new SourceRow(line, line, values, null, -1, false);
    }

    static SourceRow unreadable(long line, String problem, int column, boolean fatal) {
        return new SourceRow(line, line, null, problem, column, fatal);
    }

    SourceRow endingAt(long last) {
        return new SourceRow(line, last, values, problem, column, fatal);
    }

    boolean readable() {
        return problem == null;
    }

    /** Whether the record holds no value at all (a blank line). */
    boolean blank() {
        if (values == null) {
            return false;
        }
        for (Object value : values) {
            if (value != null && !(value instanceof String s && s.isBlank())) {
                return false;
            }
        }
        return true;
    }

    /** The value at {@code index} as text, empty when the record is shorter. */
    String text(int index) {
        return values == null || index >= values.length ? "" : Values.text(values[index]);
    }
}
