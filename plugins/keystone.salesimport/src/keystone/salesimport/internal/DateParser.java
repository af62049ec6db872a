package keystone.salesimport.internal;

import java.text.ParsePosition;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the dates of a sales file with one {@link DateTimeFormatter} pattern, strictly: 2026-02-30 is refused, not
 * turned into 2 March. A time of day is checked and dropped. Not thread-safe (it caches: an export repeats few dates
 * many times, and the cache makes reading them nearly free).
 */
final class DateParser {

    /** Date parts detection tries, ISO first, then day-first, then month-first. */
    private static final List<String> DATES = List.of("yyyy-MM-dd", "yyyy/MM/dd", "yyyy.MM.dd",
            "dd.MM.yyyy", "d.M.yyyy", "dd/MM/yyyy", "d/M/yyyy", "dd-MM-yyyy", "d-M-yyyy",
            "MM/dd/yyyy", "M/d/yyyy", "MM-dd-yyyy", "M-d-yyyy",
            "dd.MM.yy", "d.M.yy", "dd/MM/yy", "d/M/yy", "MM/dd/yy", "M/d/yy");

    /** Times of day detection tries after each date part. */
    private static final List<String> TIMES = List.of("", " HH:mm", " HH:mm:ss", " H:mm", " H:mm:ss", "'T'HH:mm",
            "'T'HH:mm:ss", " HH:mm:ss.SSS", "'T'HH:mm:ss.SSS", " h:mm a", " h:mm:ss a");

    private static final int CACHE_LIMIT = 10_000;

    private final String pattern;
    private final DateTimeFormatter formatter;
    private final Map<String, LocalDate> cache = new HashMap<>();

    DateParser(String pattern) {
        this.pattern = pattern;
        // STRICT resolution needs the proleptic year 'u'; with 'y' (year of era) it would want an era as well
        this.formatter = DateTimeFormatter.ofPattern(proleptic(pattern), Locale.ROOT)
                .withResolverStyle(ResolverStyle.STRICT);
    }

    /** Every pattern detection tries, in order of preference. */
    static List<DateParser> candidates() {
        List<DateParser> result = new ArrayList<>();
        for (String date : DATES) {
            for (String time : TIMES) {
                result.add(new DateParser(date + time));
            }
        }
        return result;
    }

    private static String proleptic(String pattern) {
        StringBuilder sb = new StringBuilder(pattern.length());
        boolean quoted = false;
        for (char c : pattern.toCharArray()) {
            if (c == '\'') {
                quoted = !quoted;
            }
            sb.append(!quoted && c == 'y' ? 'u' : c);
        }
        return sb.toString();
    }

    String pattern() {
        return pattern;
    }

    /** Whether the pattern puts the day before the month ({@code dd.MM.yyyy}), for day/month decisions. */
    boolean dayFirst() {
        return pattern.indexOf('d') < pattern.indexOf('M');
    }

    /** Whether the pattern puts the month before the day ({@code MM/dd/yyyy}). */
    boolean monthFirst() {
        return pattern.indexOf('M') < pattern.indexOf('d') && !pattern.startsWith("y");
    }

    /**
     * The date {@code text} shows.
     *
     * @throws DateTimeParseException when it does not; its cause is a {@link DateTimeException} when the text has the
     *                                pattern's shape but names no real date (see {@link #isImpossible})
     */
    LocalDate parse(String text) {
        LocalDate date = cache.get(text);
        if (date == null) {
            date = formatter.parse(text, LocalDate::from);
            if (cache.size() < CACHE_LIMIT) {
                cache.put(text, date);
            }
        }
        return date;
    }

    /** Whether a parse failure means a well-formed but impossible date such as 2026-02-30 or 31.04.2025. */
    static boolean isImpossible(DateTimeParseException e) {
        return e.getCause() instanceof DateTimeException;
    }

    /** Whether {@code text} is a date of this pattern; cheap on failure (no exception), for detection. */
    boolean matches(String text) {
        ParsePosition position = new ParsePosition(0);
        if (formatter.parseUnresolved(text, position) == null || position.getIndex() != text.length()) {
            return false;
        }
        try {
            parse(text);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }
}
