package keystone.salesimport.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import keystone.salesimport.DecimalSeparator;
import keystone.salesimport.ThousandsSeparator;

/**
 * Reads numbers as an export writes them: a sign in front (or a minus behind, as SAP writes it), digits optionally
 * grouped by three with the thousands separator, and a fraction after the decimal separator. Exact: the result is
 * a {@code BigDecimal} of the digits written. Not thread-safe (it reuses a buffer).
 */
final class NumberParser {

    /**
     * New parsers for every format detection tries, in order of preference: point decimal first, or - for
     * semicolon-separated (European) files - comma decimal first.
     */
    static List<NumberParser> candidates(boolean commaFirst) {
        DecimalSeparator point = DecimalSeparator.POINT;
        DecimalSeparator comma = DecimalSeparator.COMMA;
        List<NumberParser> pointFirst = List.of(new NumberParser(point, ThousandsSeparator.NONE),
                new NumberParser(point, ThousandsSeparator.COMMA), new NumberParser(comma, ThousandsSeparator.NONE),
                new NumberParser(comma, ThousandsSeparator.POINT), new NumberParser(comma, ThousandsSeparator.SPACE),
                new NumberParser(point, ThousandsSeparator.SPACE), new NumberParser(point, ThousandsSeparator.APOSTROPHE),
                new NumberParser(comma, ThousandsSeparator.APOSTROPHE));
        if (!commaFirst) {
            return pointFirst;
        }
        List<NumberParser> result = new ArrayList<>(pointFirst);
        result.sort(Comparator.comparing(p -> p.decimalSeparator != comma)); // stable: keeps the order within each
        return result;
    }

    private final DecimalSeparator decimalSeparator;
    private final ThousandsSeparator thousandsSeparator;
    private final char decimal;
    private final char[] buffer = new char[80];

    NumberParser(DecimalSeparator decimalSeparator, ThousandsSeparator thousandsSeparator) {
        this.decimalSeparator = decimalSeparator;
        this.thousandsSeparator = thousandsSeparator;
        this.decimal = decimalSeparator.character();
        if (thousandsSeparator.matches(decimal)) {
            throw new IllegalArgumentException("decimal and thousands separator are the same: " + decimal);
        }
    }

    DecimalSeparator decimalSeparator() {
        return decimalSeparator;
    }

    ThousandsSeparator thousandsSeparator() {
        return thousandsSeparator;
    }

    /** Whether {@code text} is a number as Java writes it ({@code -12.5}), e.g. a cached formula result. */
    static boolean isPlainNumber(String text) {
        return text.matches("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?");
    }

    /** The number {@code text} shows, or {@code null} when it is not a number in this format. */
    BigDecimal parse(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (start == end || end - start > buffer.length - 2) {
            return null;
        }
        int n = 0;
        char first = text.charAt(start);
        if (first == '-' || first == '+' || first == '\u2212') {
            if (first != '+') {
                buffer[n++] = '-';
            }
            start++;
        } else if (text.charAt(end - 1) == '-') {
            buffer[n++] = '-';
            end--;
        }
        int digits = 0;
        int group = 0;
        boolean grouped = false;
        int i = start;
        for (; i < end; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                buffer[n++] = c;
                digits++;
                group++;
            } else if (c == decimal) {
                break;
            } else if (thousandsSeparator.matches(c) && (grouped ? group == 3 : group >= 1 && group <= 3)) {
                grouped = true;
                group = 0;
            } else {
                return null;
            }
        }
        if (grouped && group != 3) {
            return null;
        }
        if (i < end) {
            buffer[n++] = '.';
            int fraction = 0;
            for (i++; i < end; i++) {
                char c = text.charAt(i);
                if (c < '0' || c > '9') {
                    return null;
                }
                buffer[n++] = c;
                fraction++;
            }
            if (fraction == 0) {
                return null;
            }
            digits += fraction;
        }
        return digits == 0 ? null : new BigDecimal(buffer, 0, n);
    }
}
