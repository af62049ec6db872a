package keystone.salesimport;

import java.util.Objects;

/**
 * A column of a sales file, by its header name or by its position (1 = the first column, as a user counts).
 *
 * @param name     the header name, or {@code null} when the column is given by position
 * @param position the 1-based position, or 0 when the column is given by name
 */
public record ColumnRef(String name, int position) {

    public ColumnRef {
        if (name == null ? position < 1 : position != 0 || name.isBlank()) {
            throw new IllegalArgumentException("a column is a non-blank name or a position from 1: " + name + ", "
                    + position);
        }
    }

    public static ColumnRef named(String name) {
        return new ColumnRef(Objects.requireNonNull(name, "name"), 0);
    }

    public static ColumnRef at(int position) {
        return new ColumnRef(null, position);
    }

    /** Reads {@code 3} as the third column and anything else as a header name. */
    public static ColumnRef parse(String text) {
        String t = text.strip();
        return !t.isEmpty() && t.length() < 6 && t.chars().allMatch(Character::isDigit) ? at(Integer.parseInt(t))
                : named(t);
    }

    public boolean isNamed() {
        return name != null;
    }

    /** The header name, or the position as a number: the inverse of {@link #parse(String)}. */
    @Override
    public String toString() {
        return name != null ? name : Integer.toString(position);
    }
}
