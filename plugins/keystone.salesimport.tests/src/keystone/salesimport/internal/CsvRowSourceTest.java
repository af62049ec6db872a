package keystone.salesimport.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import keystone.salesimport.DecimalSeparator;
import keystone.salesimport.Detection;
import keystone.salesimport.FileKind;
import keystone.salesimport.ThousandsSeparator;

/**
 * CSV records come with the line an editor shows for them, their original text, and - when commons-csv cannot read
 * one - a problem at that line after which reading goes on.
 */
class CsvRowSourceTest {

    @TempDir
    Path temp;

    private static Detection csv(String encoding) {
        return new Detection(FileKind.CSV, encoding, false, ',', '"', DecimalSeparator.POINT, ThousandsSeparator.NONE,
                "yyyy-MM-dd", true, List.of());
    }

    private List<SourceRow> read(byte[] content, String encoding, List<String> texts) throws IOException {
        Path file = temp.resolve("t.csv");
        Files.write(file, content);
        List<SourceRow> rows = new ArrayList<>();
        try (RowSource source = RowSource.open(file, csv(encoding))) {
            SourceRow row;
            while ((row = source.next()) != null) {
                rows.add(row);
                texts.add(source.originalText(row));
            }
        }
        return rows;
    }

    private List<SourceRow> read(String content, List<String> texts) throws IOException {
        return read(content.getBytes(StandardCharsets.UTF_8), "UTF-8", texts);
    }

    @Test
    void linesAreNumberedAsAnEditorShowsThemWhateverTheLineEnds() throws IOException {
        List<String> texts = new ArrayList<>();
        List<SourceRow> rows = read("h1,h2\r\na,\"two\nlines\"\r\n\r\nb,x\rc,y\nd,\"q\"\"uote\"", texts);

        assertEquals(List.of(1L, 2L, 4L, 5L, 6L, 7L), rows.stream().map(SourceRow::line).toList());
        assertEquals(List.of("h1,h2", "a,\"two\nlines\"", "", "b,x", "c,y", "d,\"q\"\"uote\""), texts);
        assertTrue(rows.get(2).blank());
        assertArrayEquals(new Object[] {"d", "q\"uote"}, rows.get(5).values());
    }

    @Test
    void anUnbalancedQuoteMakesOneUnreadableLineAndReadingGoesOn() throws IOException {
        List<String> texts = new ArrayList<>();
        List<SourceRow> rows = read("h1,h2,h3\na,\"open,x\nb,c,d\ne,\"f\"g,h\ni,j,k\n", texts);

        assertEquals(List.of(1L, 2L, 3L, 4L, 5L), rows.stream().map(SourceRow::line).toList());
        assertFalse(rows.get(1).readable());
        assertEquals(1, rows.get(1).column(), "the value that opens the quote");
        assertEquals("a,\"open,x", texts.get(1));
        assertArrayEquals(new Object[] {"b", "c", "d"}, rows.get(2).values());
        assertFalse(rows.get(3).readable(), "text after a closing quote");
        assertEquals(1, rows.get(3).column());
        assertArrayEquals(new Object[] {"i", "j", "k"}, rows.get(4).values());
    }

    @Test
    void aQuoteThatNeverClosesCostsOneLineEvenInALongFile() throws IOException {
        Path file = temp.resolve("long.csv");
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            out.write("h1,h2\nx,\"never closed\n");
            for (int i = 0; i < 200_000; i++) {
                out.write("c" + i + ",some text to make the file long\n");
            }
        }
        int rows = 0;
        SourceRow last = null;
        try (RowSource source = RowSource.open(file, csv("UTF-8"))) {
            SourceRow row;
            while ((row = source.next()) != null) {
                if (row.line() == 2) {
                    assertFalse(row.readable());
                }
                rows++;
                last = row;
            }
        }
        assertEquals(200_002, rows);
        assertEquals(200_002, last.line());
        assertArrayEquals(new Object[] {"c199999", "some text to make the file long"}, last.values());
    }

    @Test
    void bytesInvalidInTheEncodingEndTheReadingAtTheirLineAndValue() throws IOException {
        byte[] content = "h1,h2,h3\na,b,c\nd,e,f\n".getBytes(StandardCharsets.UTF_8);
        byte[] bad = {'g', ',', 'h', ',', (byte) 0xC3, '(', '\n', 'i', ',', 'j', ',', 'k', '\n'};
        byte[] all = new byte[content.length + bad.length];
        System.arraycopy(content, 0, all, 0, content.length);
        System.arraycopy(bad, 0, all, content.length, bad.length);

        List<SourceRow> rows = read(all, "UTF-8", new ArrayList<>());

        assertEquals(4, rows.size(), "header, two lines, then the problem");
        SourceRow fatal = rows.get(3);
        assertTrue(fatal.fatal());
        assertEquals(4, fatal.line());
        assertEquals(2, fatal.column());
    }

    @Test
    void aUtf8ByteOrderMarkIsNotPartOfTheFirstValue() throws IOException {
        byte[] text = "h1,h2\n1,2\n".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);

        List<SourceRow> rows = read(withBom, "UTF-8", new ArrayList<>());

        assertEquals("h1", rows.get(0).values()[0]);
    }

    @Test
    void singleByteEncodingsAreDecodedAsChosen() throws IOException {
        byte[] cyrillic = "имя,сумма\nИван,1\n".getBytes(Charset.forName("windows-1251"));

        List<SourceRow> rows = read(cyrillic, "windows-1251", new ArrayList<>());

        assertEquals("Иван", rows.get(1).values()[0]);
    }

    @Test
    void theHashCoversTheWholeFile() throws IOException {
        Path file = temp.resolve("h.csv");
        Files.writeString(file, "a,b\n1,2\n");
        try (RowSource source = RowSource.open(file, csv("UTF-8"))) {
            while (source.next() != null) {
                // read everything
            }
            assertEquals("492d5ea496056f1a6a6592241032fab764c321596317930b4fa0e1e8bc3b7470", source.sha256(),
                    "as sha256sum computes it");
        }
    }
}
