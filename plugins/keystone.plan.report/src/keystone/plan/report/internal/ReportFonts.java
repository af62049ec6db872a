package keystone.plan.report.internal;

import java.io.Closeable;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.fontbox.ttf.OpenTypeFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * The report's fonts and their fallback per character run: DejaVu Sans (Latin, Cyrillic, Greek...) embedded as a
 * subset (Helvetica where it is not installed), then an installed CJK font (Noto Sans CJK in the variant of the
 * report's locale, else another CJK font); a character neither has becomes "?". Keystone's chart exports ({@code keystone.charts.PdfFonts})
 * draw CJK as outlines; a report's text must stay searchable, so CJK is real text here. The CJK font is only opened
 * when a text needs it.
 */
public final class ReportFonts implements Closeable {

    /** The weights the report uses. */
    public enum Style {
        REGULAR,
        BOLD
    }

    private static final List<Path> DEJAVU = List.of(Path.of("/usr/share/fonts/truetype/dejavu"),
            Path.of("/usr/share/fonts/dejavu"), Path.of("/usr/share/fonts/TTF"),
            Path.of("/usr/share/fonts/dejavu-sans-fonts"));
    private static final List<Path> NOTO_CJK = List.of(Path.of("/usr/share/fonts/opentype/noto"),
            Path.of("/usr/share/fonts/noto-cjk"), Path.of("/usr/share/fonts/google-noto-cjk"),
            Path.of("/usr/share/fonts/OTF"), Path.of("/usr/share/fonts/opentype/noto-cjk"));
    private static final List<Path> OTHER_CJK = List.of(Path.of("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"),
            Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"), Path.of("/usr/share/fonts/wqy-zenhei/wqy-zenhei.ttc"));

    private final PDDocument document;
    private final Locale locale;
    private final Map<Style, Face> primary = new EnumMap<>(Style.class);
    private final Map<Style, Optional<Face>> cjk = new EnumMap<>(Style.class);
    private final Map<Style, Map<Integer, Face>> chosen = new EnumMap<>(Style.class);
    private final List<Closeable> open = new ArrayList<>();
    private final List<Type3Face> type3 = new ArrayList<>();

    /** A run of text in one face. */
    private record Run(Face face, String text) {
    }

    public ReportFonts(PDDocument document, Locale locale) throws IOException {
        this.document = document;
        this.locale = locale == null ? Locale.ROOT : locale;
        for (Style style : Style.values()) {
            Optional<Path> dejaVu = find(DEJAVU, style == Style.BOLD ? "DejaVuSans-Bold.ttf" : "DejaVuSans.ttf");
            primary.put(style, dejaVu.isPresent() ? new PdfFontFace(PDType0Font.load(document, dejaVu.get().toFile()))
                    : helvetica(style));
            chosen.put(style, new HashMap<>());
        }
    }

    /** Helvetica: the last resort where DejaVu Sans is not installed. */
    private static Face helvetica(Style style) {
        return new PdfFontFace(new PDType1Font(style == Style.BOLD ? Standard14Fonts.FontName.HELVETICA_BOLD
                : Standard14Fonts.FontName.HELVETICA));
    }

    /** The width of {@code text} at {@code size} in points. */
    public float width(String text, Style style, float size) throws IOException {
        float width = 0;
        for (Run run : runs(text, style)) {
            width += run.face.width(run.text, size);
        }
        return width;
    }

    /** Shows {@code text} inside a text object begun by the caller, switching fonts per run. */
    public void show(PDPageContentStream content, String text, Style style, float size) throws IOException {
        for (Run run : runs(text, style)) {
            run.face.show(content, run.text, size);
        }
    }

    /** Completes fonts built while writing; call once before the document is saved. */
    public void finish() throws IOException {
        for (Type3Face face : type3) {
            face.finish();
        }
    }

    @Override
    public void close() throws IOException {
        IOException failure = null;
        for (Closeable c : open) {
            try {
                c.close();
            } catch (IOException e) {
                failure = e;
            }
        }
        open.clear();
        if (failure != null) {
            throw failure;
        }
    }

    private List<Run> runs(String text, Style style) throws IOException {
        List<Run> runs = new ArrayList<>();
        Face face = null;
        StringBuilder part = new StringBuilder();
        for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
            int cp = text.codePointAt(i);
            Face f = face(cp, style);
            if (f == null) {
                cp = '?';
                f = face(cp, style);
            }
            if (f != face && face != null) {
                runs.add(new Run(face, part.toString()));
                part.setLength(0);
            }
            face = f;
            part.appendCodePoint(cp);
        }
        if (face != null) {
            runs.add(new Run(face, part.toString()));
        }
        return runs;
    }

    private Face face(int cp, Style style) throws IOException {
        Map<Integer, Face> cache = chosen.get(style);
        if (cache.containsKey(cp)) {
            return cache.get(cp);
        }
        Face face = null;
        if (primary.get(style).canShow(cp)) {
            face = primary.get(style);
        } else {
            Optional<Face> c = cjk(style);
            if (c.isPresent() && c.get().canShow(cp)) {
                face = c.get();
            }
        }
        cache.put(cp, face);
        return face;
    }

    private Optional<Face> cjk(Style style) throws IOException {
        Optional<Face> face = cjk.get(style);
        if (face == null) {
            face = loadCjk(style);
            cjk.put(style, face);
        }
        return face;
    }

    private Optional<Face> loadCjk(Style style) throws IOException {
        String weight = style == Style.BOLD ? "Bold" : "Regular";
        Optional<Path> noto = find(NOTO_CJK, "NotoSansCJK-" + weight + ".ttc")
                .or(() -> find(NOTO_CJK, "NotoSansCJK-Regular.ttc"));
        if (noto.isPresent()) {
            TrueTypeCollection collection = new TrueTypeCollection(noto.get().toFile());
            open.add(collection);
            TrueTypeFont font = collection.getFontByName("NotoSansCJK" + region() + "-" + weight);
            if (font == null) {
                font = collection.getFontByName("NotoSansCJK" + region() + "-Regular");
            }
            if (font != null) {
                return Optional.of(face(font));
            }
        }
        for (Path file : OTHER_CJK) {
            if (Files.isReadable(file)) {
                return Optional.of(face(open(file.toFile())));
            }
        }
        return Optional.empty();
    }

    private TrueTypeFont open(File file) throws IOException {
        if (file.getName().endsWith(".ttc")) {
            TrueTypeCollection collection = new TrueTypeCollection(file);
            open.add(collection);
            TrueTypeFont[] first = new TrueTypeFont[1];
            collection.processAllFonts(f -> {
                if (first[0] == null) {
                    first[0] = f;
                }
            });
            return first[0];
        }
        TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBufferedFile(file));
        open.add(font);
        return font;
    }

    /** CFF-outline fonts as Type 3 (PDFBox cannot subset them), TrueType outlines as an embedded subset. */
    private Face face(TrueTypeFont font) throws IOException {
        if (font instanceof OpenTypeFont otf && otf.isPostScript()) {
            Type3Face face = new Type3Face(document, font);
            type3.add(face);
            return face;
        }
        return new PdfFontFace(PDType0Font.load(document, font, true));
    }

    /** Noto's region code for the locale: Japanese, Korean, traditional (Taiwan, Hong Kong) or simplified Chinese. */
    private String region() {
        String country = locale.getCountry();
        return switch (locale.getLanguage()) {
            case "ja" -> "jp";
            case "ko" -> "kr";
            case "zh" -> "HK".equals(country) || "MO".equals(country) ? "hk"
                    : "TW".equals(country) || "Hant".equals(locale.getScript()) ? "tc" : "sc";
            default -> "sc";
        };
    }

    private static Optional<Path> find(List<Path> directories, String file) {
        return directories.stream().map(d -> d.resolve(file)).filter(Files::isReadable).findFirst();
    }
}
