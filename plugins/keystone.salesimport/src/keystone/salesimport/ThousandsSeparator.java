package keystone.salesimport;

/**
 * The character that groups the digits of a number's integer part by three, if any. Numbers without grouping are
 * always accepted too ({@code 1234,5} as well as {@code 1.234,5}).
 */
public enum ThousandsSeparator {
    NONE,
    COMMA,
    POINT,
    /** A space, a no-break space (U+00A0) or a narrow no-break space (U+202F), as French and Russian exports use. */
    SPACE,
    /** An apostrophe (' or U+2019), as Swiss exports use. */
    APOSTROPHE;

    /** Whether {@code c} is this separator. */
    public boolean matches(char c) {
        return switch (this) {
            case NONE -> false;
            case COMMA -> c == ',';
            case POINT -> c == '.';
            case SPACE -> c == ' ' || c == '\u00A0' || c == '\u202F';
            case APOSTROPHE -> c == '\'' || c == '\u2019';
        };
    }
}
