package keystone.salesimport.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;

import keystone.salesimport.DecimalSeparator;
import keystone.salesimport.Detection;
import keystone.salesimport.ThousandsSeparator;

/**
 * Completes a detection from the values of a file's first rows: whether the first row is a header, the column
 * names, the number format and the date format.
 *
 * <p>A date format or number format fits a column when it reads (nearly) every non-empty sample value of it. Dates: the
 * first column some pattern fits decides; if both a day-first and a month-first pattern fit (no day above 12), the
 * file is taken as American (month first) when it also writes numbers with a decimal point and separates values by
 * commas, else as day-first. Numbers: the format that fits the most number-like columns wins, ties going to the
 * format whose separators actually occur, then to the order of preference.</p>
 */
final class ValueSniffer {

    static final String DEFAULT_DATE_PATTERN = "yyyy-MM-dd";

    private ValueSniffer() {
    }

    /**
     * Fills what {@code partial} leaves open from {@code rows} (header included), for a file delimited by
     * {@code delimiter} (0 for XLSX); the column names always come from the rows.
     */
    static Detection complete(Detection partial, List<Object[]> rows, char delimiter) {
        List<Object[]> nonBlank = rows.stream().filter(r -> !SourceRow.of(0, r).blank()).toList();
        boolean header = partial.header() != null ? partial.header()
                : !nonBlank.isEmpty() && looksLikeHeader(nonBlank.get(0));
        List<Object[]> data = header && !nonBlank.isEmpty() ? nonBlank.subList(1, nonBlank.size()) : nonBlank;
        // column names are always the file's: a name from another detection would be stale
        List<String> columns = columnNames(header && !nonBlank.isEmpty() ? nonBlank.get(0) : null, width(nonBlank));
        List<List<String>> texts = textColumns(data, columns.size());

        List<DateParser> dateCandidates = DateParser.candidates();
        boolean[] dateColumn = new boolean[texts.size()];
        List<List<DateParser>> fittingDates = new ArrayList<>();
        for (int j = 0; j < texts.size(); j++) {
            List<DateParser> fit = fittingDates(dateCandidates, texts.get(j));
            fittingDates.add(fit);
            dateColumn[j] = !fit.isEmpty();
        }
        NumberParser numbers = chooseNumbers(partial, texts, dateColumn, delimiter);
        String datePattern = partial.datePattern() != null ? partial.datePattern()
                : chooseDate(fittingDates, numbers.decimalSeparator() == DecimalSeparator.POINT && delimiter == ',');
        return new Detection(partial.kind(), partial.encoding(), partial.bom(), partial.delimiter(), partial.quote(),
                numbers.decimalSeparator(), numbers.thousandsSeparator(), datePattern, header, columns);
    }

    /** A first row is a header when it holds text and nothing in it reads as a number or a date. */
    static boolean looksLikeHeader(Object[] row) {
        List<NumberParser> numbers = NumberParser.candidates(false);
        List<DateParser> dates = DateParser.candidates();
        boolean any = false;
        for (Object value : row) {
            if (!(value instanceof String text)) {
                return false; // a typed XLSX cell: a number or a date
            }
            String t = text.strip();
            if (t.isEmpty()) {
                continue;
            }
            any = true;
            if (numbers.stream().anyMatch(n -> n.parse(t) != null) || dates.stream().anyMatch(d -> d.matches(t))) {
                return false;
            }
        }
        return any;
    }

    private static int width(List<Object[]> rows) {
        return rows.stream().mapToInt(r -> r.length).max().orElse(0);
    }

    static List<String> columnNames(Object[] header, int width) {
        List<String> names = new ArrayList<>();
        int count = header != null ? header.length : width;
        for (int j = 0; j < count; j++) {
            String name = header != null ? Values.text(header[j]).strip() : "";
            names.add(name.isEmpty() ? genericName(j) : name);
        }
        return names;
    }

    /** The name of a column without a header name: "column 3". */
    static String genericName(int index) {
        return NLS.bind(Messages.Column_generic, index + 1);
    }

    /** The non-empty text values of each column; typed XLSX cells are left out (they need no format). */
    private static List<List<String>> textColumns(List<Object[]> data, int width) {
        List<List<String>> columns = new ArrayList<>();
        for (int j = 0; j < width; j++) {
            List<String> values = new ArrayList<>();
            for (Object[] row : data) {
                if (j < row.length && row[j] instanceof String text && !text.isBlank()) {
                    values.add(text.strip());
                }
            }
            columns.add(values);
        }
        return columns;
    }

    private static List<DateParser> fittingDates(List<DateParser> candidates, List<String> values) {
        if (values.isEmpty()) {
            return List.of();
        }
        List<DateParser> fit = new ArrayList<>();
        long best = 0;
        for (DateParser candidate : candidates) {
            long read = values.stream().filter(candidate::matches).count();
            if (mostly(read, values.size())) {
                fit.add(candidate);
                best = Math.max(best, read);
            }
        }
        long most = best;
        // a few bad values (the ones validation will report) must not hide the format of all the others
        fit.removeIf(c -> values.stream().filter(c::matches).count() < most);
        return fit;
    }

    private static String chooseDate(List<List<DateParser>> fittingDates, boolean american) {
        for (List<DateParser> fit : fittingDates) {
            if (fit.isEmpty()) {
                continue;
            }
            DateParser first = fit.get(0);
            if (first.dayFirst() && american) {
                for (DateParser other : fit) {
                    if (other.monthFirst()) {
                        return other.pattern();
                    }
                }
            }
            return first.pattern();
        }
        return DEFAULT_DATE_PATTERN;
    }

    private static NumberParser chooseNumbers(Detection partial, List<List<String>> texts, boolean[] dateColumn,
            char delimiter) {
        List<NumberParser> candidates = new ArrayList<>(NumberParser.candidates(delimiter == ';'));
        candidates.removeIf(c -> partial.decimalSeparator() != null && c.decimalSeparator() != partial.decimalSeparator()
                || partial.thousandsSeparator() != null && c.thousandsSeparator() != partial.thousandsSeparator());
        if (candidates.isEmpty()) {
            return new NumberParser(partial.decimalSeparator(), partial.thousandsSeparator()); // forced as such
        }
        List<List<String>> numeric = new ArrayList<>();
        for (int j = 0; j < texts.size(); j++) {
            List<String> values = texts.get(j);
            if (!dateColumn[j] && !values.isEmpty()
                    && candidates.stream().anyMatch(c -> mostly(values.stream().filter(v -> c.parse(v) != null)
                            .count(), values.size()))) {
                numeric.add(values);
            }
        }
        NumberParser best = candidates.get(0);
        int bestColumns = -1;
        int bestEvidence = -1;
        for (NumberParser candidate : candidates) {
            int columns = 0;
            int evidence = 0;
            for (List<String> values : numeric) {
                if (mostly(values.stream().filter(v -> candidate.parse(v) != null).count(), values.size())) {
                    columns++;
                    evidence += (int) values.stream().filter(v -> usesSeparators(candidate, v)).count();
                }
            }
            if (columns > bestColumns || columns == bestColumns && evidence > bestEvidence) {
                best = candidate;
                bestColumns = columns;
                bestEvidence = evidence;
            }
        }
        return best;
    }

    /**
     * Whether a format reads enough of a column's sample to be its format: all of a small sample, else at least 80 %,
     * so that the bad lines validation reports do not derail detection.
     */
    static boolean mostly(long read, int total) {
        return read > 0 && (total <= 3 ? read == total : read * 5 >= total * 4L);
    }

    private static boolean usesSeparators(NumberParser parser, String value) {
        char decimal = parser.decimalSeparator().character();
        ThousandsSeparator thousands = parser.thousandsSeparator();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == decimal || thousands.matches(c)) {
                return true;
            }
        }
        return false;
    }
}
