package keystone.plan.report.internal;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.io.Closeable;
import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.util.Matrix;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;

import keystone.charts.Drawing;
import keystone.plan.report.internal.ReportFonts.Style;

/**
 * Flows the report down A4 pages: a cursor that starts a new page when the next block does not fit, wrapped text
 * (line breaks by the locale's rules, so CJK wraps between characters), headings kept with what follows, embedded
 * vector drawings, and the page footers written last, once the page count is known.
 */
public final class PageFlow implements Closeable {

    public static final float MARGIN = 56f;
    public static final float BOTTOM = 64f;
    public static final float BODY = 10f;
    public static final float LEADING = 1.35f;
    public static final Color TEXT = new Color(0x22, 0x22, 0x22);
    public static final Color MUTED = new Color(0x6B, 0x6B, 0x6B);
    public static final Color ACCENT = new Color(0x1F, 0x5A, 0x9E);
    public static final Color RULE = new Color(0xCC, 0xCC, 0xCC);

    private final PDDocument document;
    private final ReportFonts fonts;
    private final Locale locale;
    private final PDRectangle size = PDRectangle.A4;
    private PDPageContentStream content;
    private float y;

    /** One wrapped line. */
    public record Line(String text, float width) {
    }

    public PageFlow(PDDocument document, ReportFonts fonts, Locale locale) {
        this.document = document;
        this.fonts = fonts;
        this.locale = locale;
    }

    public ReportFonts fonts() {
        return fonts;
    }

    public float left() {
        return MARGIN;
    }

    public float width() {
        return size.getWidth() - 2 * MARGIN;
    }

    public float top() {
        return size.getHeight() - MARGIN;
    }

    /** The cursor: the top of the next block, in PDF coordinates (from the page's bottom). */
    public float y() {
        return y;
    }

    public void moveTo(float newY) {
        y = newY;
    }

    /** The space left above the footer on this page; 0 before the first page. */
    public float remaining() {
        return content == null ? 0 : y - BOTTOM;
    }

    /** The height of an empty page's body. */
    public float pageBody() {
        return top() - BOTTOM;
    }

    public PDPageContentStream content() throws IOException {
        if (content == null) {
            newPage();
        }
        return content;
    }

    public void newPage() throws IOException {
        closePage();
        PDPage page = new PDPage(size);
        document.addPage(page);
        content = new PDPageContentStream(document, page);
        y = top();
    }

    /** Starts a new page unless {@code height} still fits on this one. */
    public void ensure(float height) throws IOException {
        if (content == null || remaining() < height) {
            newPage();
        }
    }

    public void space(float points) {
        y -= points;
    }

    public static float lineHeight(float size) {
        return size * LEADING;
    }

    /** {@code text} broken into lines no wider than {@code max}; hard line breaks start new lines. */
    public List<Line> wrap(String text, Style style, float fontSize, float max) throws IOException {
        List<Line> lines = new ArrayList<>();
        for (String paragraph : clean(text).split("\n", -1)) {
            wrapParagraph(paragraph, style, fontSize, max, lines);
        }
        return lines;
    }

    private void wrapParagraph(String paragraph, Style style, float fontSize, float max, List<Line> lines)
            throws IOException {
        BreakIterator breaks = BreakIterator.getLineInstance(locale);
        breaks.setText(paragraph);
        StringBuilder line = new StringBuilder();
        float width = 0;
        int start = breaks.first();
        for (int end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
            String segment = paragraph.substring(start, end);
            float visible = fonts.width(segment.stripTrailing(), style, fontSize);
            if (line.length() > 0 && width + visible > max) {
                lines.add(new Line(line.toString().stripTrailing(), width));
                line.setLength(0);
                width = 0;
            }
            if (visible > max) { // one word wider than the line: break it between characters
                for (int i = 0; i < segment.length(); i += Character.charCount(segment.codePointAt(i))) {
                    String c = new String(Character.toChars(segment.codePointAt(i)));
                    float w = fonts.width(c, style, fontSize);
                    if (line.length() > 0 && width + w > max) {
                        lines.add(new Line(line.toString().stripTrailing(), width));
                        line.setLength(0);
                        width = 0;
                    }
                    line.append(c);
                    width += w;
                }
                continue;
            }
            line.append(segment);
            width = fonts.width(line.toString().stripTrailing(), style, fontSize);
        }
        lines.add(new Line(line.toString().stripTrailing(), width));
    }

    /** Tabs become spaces, other control characters go; line breaks stay. */
    private static String clean(String text) {
        StringBuilder s = new StringBuilder(text.length());
        text.replace("\r\n", "\n").replace('\r', '\n').codePoints().forEach(cp -> {
            if (cp == '\t') {
                s.append(' ');
            } else if (cp == '\n' || !Character.isISOControl(cp)) {
                s.appendCodePoint(cp);
            }
        });
        return s.toString();
    }

    /** Draws one line of text with its top at {@code top}. */
    public void text(String text, float x, float top, Style style, float fontSize, Color color) throws IOException {
        if (text.isEmpty()) {
            return;
        }
        PDPageContentStream c = content();
        c.setNonStrokingColor(color);
        c.beginText();
        c.newLineAtOffset(x, top - fontSize);
        fonts.show(c, text, style, fontSize);
        c.endText();
    }

    /** Wrapped text at the cursor, indented by {@code indent}; lines continue on the next page. */
    public void paragraph(String text, Style style, float fontSize, Color color, float indent) throws IOException {
        float lh = lineHeight(fontSize);
        for (Line line : wrap(text, style, fontSize, width() - indent)) {
            ensure(lh);
            text(line.text(), left() + indent, y, style, fontSize, color);
            y -= lh;
        }
    }

    /** A bulleted list, or {@code none} in grey when there are no items. */
    public void bullets(List<String> items, String none) throws IOException {
        if (items.isEmpty()) {
            paragraph(none, Style.REGULAR, BODY, MUTED, 0);
            return;
        }
        float lh = lineHeight(BODY);
        for (String item : items) {
            List<Line> lines = wrap(item, Style.REGULAR, BODY, width() - 14);
            for (int i = 0; i < lines.size(); i++) {
                ensure(lh);
                if (i == 0) {
                    text("\u2022", left() + 2, y, Style.REGULAR, BODY, ACCENT);
                }
                text(lines.get(i).text(), left() + 14, y, Style.REGULAR, BODY, TEXT);
                y -= lh;
            }
            y -= 2;
        }
    }

    /** A section title with a rule, kept together with at least {@code keep} points of what follows. */
    public void heading(String title, float keep) throws IOException {
        float fontSize = 17;
        List<Line> lines = wrap(title, Style.BOLD, fontSize, width());
        ensure(lines.size() * lineHeight(fontSize) + 14 + keep);
        for (Line line : lines) {
            text(line.text(), left(), y, Style.BOLD, fontSize, ACCENT);
            y -= lineHeight(fontSize);
        }
        rule(y + 2, ACCENT, 1.2f);
        y -= 12;
    }

    /** A sub-title, kept together with at least {@code keep} points of what follows. */
    public void subheading(String title, float keep) throws IOException {
        float fontSize = 12.5f;
        List<Line> lines = wrap(title, Style.BOLD, fontSize, width());
        ensure(lines.size() * lineHeight(fontSize) + 4 + keep);
        y -= 4;
        for (Line line : lines) {
            text(line.text(), left(), y, Style.BOLD, fontSize, TEXT);
            y -= lineHeight(fontSize);
        }
        y -= 2;
    }

    /** A horizontal rule across the body at height {@code at}. */
    public void rule(float at, Color color, float thickness) throws IOException {
        PDPageContentStream c = content();
        c.setStrokingColor(color);
        c.setLineWidth(thickness);
        c.moveTo(left(), at);
        c.lineTo(left() + width(), at);
        c.stroke();
    }

    public void fill(float x, float bottom, float w, float h, Color color) throws IOException {
        PDPageContentStream c = content();
        c.setNonStrokingColor(color);
        c.addRect(x, bottom, w, h);
        c.fill();
    }

    /** A filled circle: a traffic light. */
    public void dot(float cx, float cy, float r, Color color) throws IOException {
        PDPageContentStream c = content();
        float k = 0.5523f * r;
        c.setNonStrokingColor(color);
        c.moveTo(cx + r, cy);
        c.curveTo(cx + r, cy + k, cx + k, cy + r, cx, cy + r);
        c.curveTo(cx - k, cy + r, cx - r, cy + k, cx - r, cy);
        c.curveTo(cx - r, cy - k, cx - k, cy - r, cx, cy - r);
        c.curveTo(cx + k, cy - r, cx + r, cy - k, cx + r, cy);
        c.fill();
    }

    /**
     * A drawing (a chart) as vector graphics at the cursor, full body width and {@code height} points high; its text
     * stays text where it can. It is drawn on a canvas {@code 1 / scale} as large and scaled down, so a chart laid
     * out for the screen keeps its proportions of text to plot on paper.
     */
    public void drawing(Drawing drawing, float height, float scale, PdfBoxGraphics2DFontTextDrawer textDrawer)
            throws IOException {
        ensure(height);
        float w = width() / scale;
        float h = height / scale;
        PdfBoxGraphics2D g = new PdfBoxGraphics2D(document, w, h);
        g.setFontTextDrawer(textDrawer);
        try {
            drawing.draw(g, new Rectangle2D.Double(0, 0, w, h));
        } finally {
            g.dispose();
        }
        PDFormXObject form = g.getXFormObject();
        PDPageContentStream c = content();
        c.saveGraphicsState();
        c.transform(Matrix.getTranslateInstance(left(), y - height));
        c.transform(Matrix.getScaleInstance(scale, scale));
        c.drawForm(form);
        c.restoreGraphicsState();
        y -= height;
    }

    /** Closes the last page and writes every page's footer: {@code left} and "page n of m" from {@code pattern}. */
    public void footers(String leftText, String pattern) throws IOException {
        closePage();
        int count = document.getNumberOfPages();
        for (int i = 0; i < count; i++) {
            PDPage page = document.getPage(i);
            content = new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND, true, true);
            float footerTop = BOTTOM - 26;
            rule(footerTop + 8, RULE, 0.6f);
            String number = Texts.bind(pattern, String.valueOf(i + 1), String.valueOf(count));
            float numberWidth = fonts.width(number, Style.REGULAR, 8.5f);
            List<Line> lines = wrap(leftText, Style.REGULAR, 8.5f, width() - numberWidth - 24);
            text(lines.isEmpty() ? "" : lines.get(0).text(), left(), footerTop, Style.REGULAR, 8.5f, MUTED);
            text(number, left() + width() - numberWidth, footerTop, Style.REGULAR, 8.5f, MUTED);
            closePage();
        }
    }

    private void closePage() throws IOException {
        if (content != null) {
            content.close();
            content = null;
        }
    }

    @Override
    public void close() throws IOException {
        closePage();
    }
}
