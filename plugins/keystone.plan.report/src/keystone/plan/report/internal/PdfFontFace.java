package keystone.plan.report.internal;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * A font PDFBox embeds and encodes itself: a subset of a TrueType font (DejaVu Sans) or a standard 14 font as the
 * last resort.
 */
final class PdfFontFace implements Face {

    private final PDFont font;
    private final Map<Integer, Boolean> showable = new HashMap<>();

    PdfFontFace(PDFont font) {
        this.font = font;
    }

    @Override
    public boolean canShow(int codePoint) {
        return showable.computeIfAbsent(codePoint, cp -> {
            try {
                font.encode(new String(Character.toChars(cp)));
                return true;
            } catch (IllegalArgumentException | IOException e) {
                return false; // PDFBox refuses characters the font or its encoding lacks
            }
        });
    }

    @Override
    public float width(String run, float size) throws IOException {
        return font.getStringWidth(run) / 1000f * size;
    }

    @Override
    public void show(PDPageContentStream content, String run, float size) throws IOException {
        content.setFont(font, size);
        content.showText(run);
    }
}
