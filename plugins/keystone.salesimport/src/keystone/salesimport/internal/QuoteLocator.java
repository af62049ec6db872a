package keystone.salesimport.internal;

/**
 * Finds, in the raw text of a CSV line, the value a reading problem is in, so that a line commons-csv cannot read
 * is still reported with its column.
 */
final class QuoteLocator {

    private QuoteLocator() {
    }

    /**
     * The index of the first value of {@code line} whose quotes are broken: a quote opened and not closed on the
     * line, or text after a closing quote; -1 when every value is fine (the problem then spans lines).
     */
    static int badValue(String line, char delimiter, Character quote) {
        int value = 0;
        int i = 0;
        while (i <= line.length()) {
            if (quote != null && i < line.length() && line.charAt(i) == quote) {
                int close = closingQuote(line, i + 1, quote);
                if (close < 0) {
                    return value;
                }
                i = close + 1;
                if (i < line.length() && line.charAt(i) != delimiter) {
                    return value;
                }
            } else {
                while (i < line.length() && line.charAt(i) != delimiter) {
                    i++;
                }
            }
            value++;
            i++;
        }
        return -1;
    }

    /** The index of the value that the end of {@code partial} (a line read up to some point) lies in. */
    static int valueAtEnd(String partial, char delimiter, Character quote) {
        int value = 0;
        boolean quoted = false;
        for (int i = 0; i < partial.length(); i++) {
            char c = partial.charAt(i);
            if (quote != null && c == quote) {
                quoted = !quoted;
            } else if (c == delimiter && !quoted) {
                value++;
            }
        }
        return value;
    }

    private static int closingQuote(String line, int from, char quote) {
        for (int i = from; i < line.length(); i++) {
            if (line.charAt(i) == quote) {
                if (i + 1 < line.length() && line.charAt(i + 1) == quote) {
                    i++; // a doubled quote inside the value
                } else {
                    return i;
                }
            }
        }
        return -1;
    }
}
