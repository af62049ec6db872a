package keystone.plan.report.internal;

/**
 * Fills the placeholders {0}, {1}... of a label the way Eclipse's {@code NLS.bind} does, so a UI can pass its
 * message strings unchanged: apostrophes are literal, unlike in {@link java.text.MessageFormat}.
 */
public final class Texts {

    private Texts() {
    }

    public static String bind(String pattern, String... arguments) {
        String text = pattern == null ? "" : pattern;
        for (int i = 0; i < arguments.length; i++) {
            text = text.replace("{" + i + "}", arguments[i] == null ? "" : arguments[i]);
        }
        return text;
    }
}
