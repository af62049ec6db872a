package keystone.dossier.internal;

/**
 * Cuts the text around a match into a one-line snippet for search results, never splitting an emoji or other
 * character outside the basic plane.
 */
final class Snippets {

    /** Characters kept before and after the match. */
    static final int CONTEXT = 40;

    private static final String ELLIPSIS = "\u2026";

    private Snippets() {
    }

    /** The text around the first occurrence of {@code needle} in {@code text}, ignoring case. */
    static String around(String text, String needle) {
        int at = indexIgnoringCase(text, needle);
        int matchEnd;
        if (at < 0) {
            at = 0; // the database matched where Java's case rules differ; show the start
            matchEnd = 0;
        } else {
            matchEnd = at + needle.length();
        }
        int start = Math.max(0, at - CONTEXT);
        int end = Math.min(text.length(), matchEnd + CONTEXT);
        if (start > 0 && Character.isLowSurrogate(text.charAt(start))) {
            start--;
        }
        if (end < text.length() && Character.isLowSurrogate(text.charAt(end))) {
            end++;
        }
        String snippet = text.substring(start, end).replaceAll("\\s+", " ").strip();
        return (start > 0 ? ELLIPSIS : "") + snippet + (end < text.length() ? ELLIPSIS : "");
    }

    static int indexIgnoringCase(String text, String needle) {
        for (int i = 0; i + needle.length() <= text.length(); i++) {
            if (text.regionMatches(true, i, needle, 0, needle.length())) {
                return i;
            }
        }
        return -1;
    }
}
