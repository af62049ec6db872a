package keystone.dossier.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Search snippets: the text around the first match, on one line, cut without breaking characters.
 */
class SnippetsTest {

    @Test
    void shortTextIsShownWholeOnOneLine() {
        assertEquals("Visit at the plant: new line planned", Snippets.around("Visit at the plant:\n  new line planned",
                "PLANT"));
    }

    @Test
    void longTextIsCutAroundTheMatchWithEllipses() {
        String text = "a".repeat(100) + "Zeppelin" + "b".repeat(100);
        assertEquals("\u2026" + "a".repeat(40) + "Zeppelin" + "b".repeat(40) + "\u2026",
                Snippets.around(text, "zeppelin"));
    }

    @Test
    void cutNeverSplitsAnEmoji() {
        String text = "\uD83D\uDE00".repeat(50) + "match" + "\uD83D\uDE00".repeat(50);
        String snippet = Snippets.around(text, "match");
        for (int i = 0; i < snippet.length(); i++) {
            char ch = snippet.charAt(i);
            if (Character.isHighSurrogate(ch)) {
                assertTrue(Character.isLowSurrogate(snippet.charAt(++i)), snippet);
            } else {
                assertFalse(Character.isLowSurrogate(ch), snippet);
            }
        }
    }

    @Test
    void caseIsIgnoredInCyrillicToo() {
        assertEquals(6, Snippets.indexIgnoringCase("Отчёт ПРИВЕТ мир", "привет"));
    }
}
