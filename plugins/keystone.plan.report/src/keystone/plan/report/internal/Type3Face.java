package keystone.plan.report.internal;

import java.awt.geom.GeneralPath;
import java.awt.geom.PathIterator;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.fontbox.cff.CFFCIDFont;
import org.apache.fontbox.cff.CFFFont;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.GlyphData;
import org.apache.fontbox.ttf.HeaderTable;
import org.apache.fontbox.ttf.OpenTypeFont;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType3Font;

/**
 * Shows text of a font PDFBox cannot subset - OpenType with CFF outlines, such as Noto Sans CJK - as Type 3 fonts
 * built from the glyph outlines actually used, with a ToUnicode map so the text stays searchable and extractable.
 * A Type 3 font holds at most 254 glyphs (single-byte codes), so more glyphs open further fonts.
 */
final class Type3Face implements Face {

    private static final int CODES_PER_FONT = 254;

    private final PDDocument document;
    private final TrueTypeFont source;
    private final CmapLookup cmap;
    private final float unitsPerEm;
    private final COSArray bbox;
    private final Map<Integer, Glyph> glyphs = new HashMap<>();
    private final List<Subfont> fonts = new ArrayList<>();

    private record Glyph(Subfont font, int code, int advance) {
    }

    Type3Face(PDDocument document, TrueTypeFont source) throws IOException {
        this.document = document;
        this.source = source;
        this.cmap = source.getUnicodeCmapLookup();
        this.unitsPerEm = source.getUnitsPerEm();
        HeaderTable head = source.getHeader();
        this.bbox = new COSArray();
        for (int v : new int[] {head.getXMin(), head.getYMin(), head.getXMax(), head.getYMax()}) {
            bbox.add(COSInteger.get(v));
        }
    }

    @Override
    public boolean canShow(int codePoint) {
        return cmap.getGlyphId(codePoint) != 0;
    }

    @Override
    public float width(String run, float size) throws IOException {
        float units = 0;
        for (int i = 0; i < run.length(); i += Character.charCount(run.codePointAt(i))) {
            units += source.getAdvanceWidth(cmap.getGlyphId(run.codePointAt(i)));
        }
        return units / unitsPerEm * size;
    }

    @Override
    public void show(PDPageContentStream content, String run, float size) throws IOException {
        Subfont current = null;
        StringBuilder part = new StringBuilder();
        for (int i = 0; i < run.length(); i += Character.charCount(run.codePointAt(i))) {
            int cp = run.codePointAt(i);
            Glyph glyph = glyph(cp);
            if (glyph.font != current && current != null) {
                content.setFont(current.font, size);
                content.showText(part.toString());
                part.setLength(0);
            }
            current = glyph.font;
            part.appendCodePoint(cp);
        }
        if (current != null) {
            content.setFont(current.font, size);
            content.showText(part.toString());
        }
    }

    /** Writes the widths, encodings and ToUnicode maps of the fonts; call once before the document is saved. */
    void finish() throws IOException {
        for (Subfont font : fonts) {
            font.finish();
        }
    }

    private Glyph glyph(int codePoint) throws IOException {
        Glyph glyph = glyphs.get(codePoint);
        if (glyph != null) {
            return glyph;
        }
        if (fonts.isEmpty() || fonts.get(fonts.size() - 1).full()) {
            fonts.add(new Subfont());
        }
        Subfont font = fonts.get(fonts.size() - 1);
        int gid = cmap.getGlyphId(codePoint);
        int advance = source.getAdvanceWidth(gid);
        int code = font.add(codePoint, advance, path(gid));
        glyph = new Glyph(font, code, advance);
        glyphs.put(codePoint, glyph);
        return glyph;
    }

    private GeneralPath path(int gid) throws IOException {
        if (source instanceof OpenTypeFont otf && otf.isPostScript()) {
            CFFFont cff = otf.getCFF().getFont();
            if (cff instanceof CFFCIDFont cid) {
                return cid.getType2CharString(cff.getCharset().getCIDForGID(gid)).getPath();
            }
            return cff.getType2CharString(gid).getPath();
        }
        GlyphData data = source.getGlyph().getGlyph(gid);
        return data == null ? new GeneralPath() : data.getPath();
    }

    /** One Type 3 font: up to {@value #CODES_PER_FONT} glyphs under single-byte codes (32, the space, unused). */
    private final class Subfont {
        private final COSDictionary dictionary = new COSDictionary();
        private final COSDictionary charProcs = new COSDictionary();
        private final Map<Integer, Integer> codes = new HashMap<>();
        private final Map<Integer, Integer> codePoints = new HashMap<>();
        private final Map<Integer, Integer> advances = new HashMap<>();
        private final PDType3Font font;
        private int nextCode = 1;

        Subfont() throws IOException {
            dictionary.setItem(COSName.TYPE, COSName.FONT);
            dictionary.setItem(COSName.SUBTYPE, COSName.TYPE3);
            COSArray matrix = new COSArray();
            for (float v : new float[] {1 / unitsPerEm, 0, 0, 1 / unitsPerEm, 0, 0}) {
                matrix.add(new COSFloat(v));
            }
            dictionary.setItem(COSName.FONT_MATRIX, matrix);
            dictionary.setItem(COSName.FONT_BBOX, bbox);
            dictionary.setItem(COSName.CHAR_PROCS, charProcs);
            dictionary.setItem(COSName.RESOURCES, new COSDictionary());
            font = new PDType3Font(dictionary) {
                @Override
                protected byte[] encode(int unicode) {
                    Integer code = codes.get(unicode);
                    if (code == null) {
                        throw new IllegalArgumentException(String.format("No glyph for U+%04X in this font", unicode));
                    }
                    return new byte[] {(byte) code.intValue()};
                }
            };
        }

        boolean full() {
            return codes.size() >= CODES_PER_FONT;
        }

        int add(int codePoint, int advance, GeneralPath path) throws IOException {
            int code = nextCode++;
            if (code == ' ') {
                code = nextCode++;
            }
            COSStream proc = document.getDocument().createCOSStream();
            try (OutputStream out = proc.createOutputStream(COSName.FLATE_DECODE)) {
                out.write(glyphProcedure(advance, path).getBytes(StandardCharsets.US_ASCII));
            }
            charProcs.setItem(COSName.getPDFName(name(codePoint)), proc);
            codes.put(codePoint, code);
            codePoints.put(code, codePoint);
            advances.put(code, advance);
            return code;
        }

        void finish() throws IOException {
            int last = nextCode - 1;
            COSArray widths = new COSArray();
            COSArray differences = new COSArray();
            differences.add(COSInteger.ONE);
            for (int code = 1; code <= last; code++) {
                Integer cp = codePoints.get(code);
                widths.add(COSInteger.get(cp == null ? 0 : advances.get(code)));
                if (cp != null) {
                    differences.add(COSName.getPDFName(name(cp)));
                } else if (code < last) {
                    differences.add(COSInteger.get(code + 1)); // the skipped space: restart numbering after it
                }
            }
            dictionary.setInt(COSName.FIRST_CHAR, 1);
            dictionary.setInt(COSName.LAST_CHAR, last);
            dictionary.setItem(COSName.WIDTHS, widths);
            COSDictionary encoding = new COSDictionary();
            encoding.setItem(COSName.TYPE, COSName.ENCODING);
            encoding.setItem(COSName.DIFFERENCES, differences);
            dictionary.setItem(COSName.ENCODING, encoding);
            COSStream toUnicode = document.getDocument().createCOSStream();
            try (OutputStream out = toUnicode.createOutputStream(COSName.FLATE_DECODE)) {
                out.write(toUnicodeMap().getBytes(StandardCharsets.US_ASCII));
            }
            dictionary.setItem(COSName.TO_UNICODE, toUnicode);
        }

        private String toUnicodeMap() {
            StringBuilder s = new StringBuilder();
            s.append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n")
                    .append("/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n")
                    .append("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n")
                    .append("1 begincodespacerange\n<00> <FF>\nendcodespacerange\n");
            List<Integer> used = codePoints.keySet().stream().sorted().toList();
            for (int from = 0; from < used.size(); from += 100) {
                List<Integer> block = used.subList(from, Math.min(used.size(), from + 100));
                s.append(block.size()).append(" beginbfchar\n");
                for (int code : block) {
                    s.append(String.format(Locale.ROOT, "<%02X> <", code));
                    for (char c : Character.toChars(codePoints.get(code))) {
                        s.append(String.format(Locale.ROOT, "%04X", (int) c));
                    }
                    s.append(">\n");
                }
                s.append("endbfchar\n");
            }
            s.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
            return s.toString();
        }
    }

    private static String name(int codePoint) {
        return codePoint > 0xFFFF ? String.format(Locale.ROOT, "u%05X", codePoint)
                : String.format(Locale.ROOT, "uni%04X", codePoint);
    }

    /** The glyph as a Type 3 procedure in font units: width and bounding box (d1, so it takes the fill colour). */
    private static String glyphProcedure(int advance, GeneralPath path) {
        StringBuilder s = new StringBuilder();
        Rectangle2D box = path.getBounds2D();
        if (box.isEmpty()) {
            return advance + " 0 0 0 0 0 d1\n";
        }
        s.append(advance).append(" 0 ").append(n(Math.floor(box.getMinX()))).append(' ')
                .append(n(Math.floor(box.getMinY()))).append(' ').append(n(Math.ceil(box.getMaxX()))).append(' ')
                .append(n(Math.ceil(box.getMaxY()))).append(" d1\n");
        double[] c = new double[6];
        double x = 0;
        double y = 0;
        for (PathIterator it = path.getPathIterator(null); !it.isDone(); it.next()) {
            switch (it.currentSegment(c)) {
                case PathIterator.SEG_MOVETO -> {
                    s.append(n(c[0])).append(' ').append(n(c[1])).append(" m\n");
                    x = c[0];
                    y = c[1];
                }
                case PathIterator.SEG_LINETO -> {
                    s.append(n(c[0])).append(' ').append(n(c[1])).append(" l\n");
                    x = c[0];
                    y = c[1];
                }
                case PathIterator.SEG_QUADTO -> {
                    s.append(n(x + 2.0 / 3 * (c[0] - x))).append(' ').append(n(y + 2.0 / 3 * (c[1] - y))).append(' ')
                            .append(n(c[2] + 2.0 / 3 * (c[0] - c[2]))).append(' ')
                            .append(n(c[3] + 2.0 / 3 * (c[1] - c[3]))).append(' ').append(n(c[2])).append(' ')
                            .append(n(c[3])).append(" c\n");
                    x = c[2];
                    y = c[3];
                }
                case PathIterator.SEG_CUBICTO -> {
                    for (int i = 0; i < 6; i++) {
                        s.append(n(c[i])).append(' ');
                    }
                    s.append("c\n");
                    x = c[4];
                    y = c[5];
                }
                default -> s.append("h\n");
            }
        }
        s.append(path.getWindingRule() == PathIterator.WIND_EVEN_ODD ? "f*\n" : "f\n");
        return s.toString();
    }

    private static String n(double v) {
        double rounded = Math.round(v * 100) / 100.0;
        return rounded == Math.rint(rounded) ? Long.toString((long) rounded)
                : String.format(Locale.ROOT, "%.2f", rounded);
    }
}
