package keystone.charts;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.AttributedCharacterIterator;
import java.text.CharacterIterator;
import java.util.List;
import java.util.Optional;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;

/**
 * Maps Java's logical fonts (what charts draw with) to an installed Unicode TrueType font that PDFBox embeds, so
 * exported PDFs carry searchable text; strings the font cannot show (e.g. CJK) are left to the outline fallback,
 * because PDFBox would otherwise fail half-way through a text object. Public so that documents built elsewhere
 * (e.g. a plan report) embed charts exactly as {@link DrawingExporter} does.
 */
public final class PdfFonts extends PdfBoxGraphics2DFontTextDrawer {

    private static final List<Path> DIRECTORIES = List.of(Path.of("/usr/share/fonts/truetype/dejavu"),
            Path.of("/usr/share/fonts/dejavu"), Path.of("/usr/share/fonts/TTF"));

    private final Font coverage;

    private PdfFonts(Font coverage) {
        this.coverage = coverage;
    }

    /** A text drawer with DejaVu Sans registered for the logical fonts, or one that draws outlines only. */
    public static PdfBoxGraphics2DFontTextDrawer create() {
        Optional<Path> regular = find("DejaVuSans.ttf");
        if (regular.isEmpty()) {
            return new PdfFonts(null);
        }
        Font coverage;
        try {
            coverage = Font.createFont(Font.TRUETYPE_FONT, regular.get().toFile());
        } catch (FontFormatException | IOException e) {
            return new PdfFonts(null);
        }
        PdfFonts drawer = new PdfFonts(coverage);
        for (String name : List.of("SansSerif", "Dialog", "DejaVu Sans", "SansSerif.plain", "Dialog.plain")) {
            drawer.registerFont(name, regular.get().toFile());
        }
        find("DejaVuSans-Bold.ttf").ifPresent(bold -> {
            for (String name : List.of("SansSerif.bold", "Dialog.bold", "DejaVu Sans Bold")) {
                drawer.registerFont(name, bold.toFile());
            }
        });
        return drawer;
    }

    private static Optional<Path> find(String file) {
        return DIRECTORIES.stream().map(d -> d.resolve(file)).filter(Files::isReadable).findFirst();
    }

    @Override
    public boolean canDrawText(AttributedCharacterIterator text, IFontTextDrawerEnv env)
            throws IOException, FontFormatException {
        if (coverage == null) {
            return false;
        }
        StringBuilder s = new StringBuilder();
        for (char c = text.first(); c != CharacterIterator.DONE; c = text.next()) {
            s.append(c);
        }
        text.first();
        return coverage.canDisplayUpTo(s.toString()) == -1 && super.canDrawText(text, env);
    }
}
