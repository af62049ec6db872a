package keystone.salesimport.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The encoding and delimiter guesses behind detection, on the cases that decide them.
 */
class EncodingAndDelimiterTest {

    @TempDir
    Path temp;

    @Test
    void chardetAnswersAreMappedToTheSupportedEncodings() {
        assertEquals("GBK", EncodingSniffer.supported("GB18030"));
        assertEquals("GBK", EncodingSniffer.supported("BIG5"));
        assertEquals("windows-1251", EncodingSniffer.supported("KOI8-R"));
        assertEquals("windows-1251", EncodingSniffer.supported("IBM866"));
        assertEquals("windows-1252", EncodingSniffer.supported("ISO-8859-1"));
        assertEquals("windows-1252", EncodingSniffer.supported(null));
        assertEquals("UTF-8", EncodingSniffer.supported("UTF-8"));
    }

    @Test
    void utf8CutInTheMiddleOfACharacterIsStillUtf8() {
        byte[] text = "Grüße".getBytes(StandardCharsets.UTF_8); // G r (ü: 2 bytes) (ß: 2 bytes) e
        assertTrue(EncodingSniffer.isUtf8(Arrays.copyOf(text, 3)), "ends in half an ü");
        assertTrue(EncodingSniffer.isUtf8(Arrays.copyOf(text, 5)), "ends in half an ß");
        assertFalse(EncodingSniffer.isUtf8("Grüße".getBytes(Charset.forName("windows-1252"))));
    }

    @Test
    void anAsciiStartDoesNotHideLaterNonAsciiBytes() throws IOException {
        StringBuilder text = new StringBuilder("customer,name\n");
        for (int i = 0; i < 5000; i++) {
            text.append("C").append(i).append(",Plain name\n");
        }
        text.append("C9,Bäckerei Müller\n");
        Path file = temp.resolve("late.csv");
        Files.write(file, text.toString().getBytes(Charset.forName("windows-1252")));

        byte[] head = Arrays.copyOf(Files.readAllBytes(file), Sniffer.SAMPLE_BYTES);

        assertEquals("windows-1252", EncodingSniffer.detect(file, head));
    }

    @Test
    void theDelimiterIsTheMostConsistentOneOutsideQuotes() {
        assertEquals(';', DelimiterSniffer.detect("a;b;c\n1,5;2,5;x\n3,0;4,0;y\n", '"', 200));
        assertEquals(',', DelimiterSniffer.detect("a,b,c\n\"1;2\",x,y\n\"3;4;5\",z,w\n", '"', 200));
        assertEquals('\t', DelimiterSniffer.detect("a\tb\n1,5\t2\n", '"', 200));
        assertEquals('|', DelimiterSniffer.detect("a|b|c\n1|2|3\n", '"', 200));
        assertEquals(',', DelimiterSniffer.detect("single\ncolumn\n", '"', 200), "the default");
    }
}
