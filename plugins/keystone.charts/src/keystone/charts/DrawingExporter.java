package keystone.charts;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import javax.imageio.ImageIO;

import org.jfree.svg.SVGGraphics2D;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;

/**
 * Writes a {@link Drawing} to PNG, SVG or PDF. Files are written to a temporary sibling and moved into place, so
 * an export that fails or is interrupted never leaves a half-written file under the user's name.
 *
 * <p>PDF text is real text in an embedded DejaVu Sans (Latin, Cyrillic, Greek...) where that font is installed;
 * text it cannot show (e.g. CJK) is drawn as outlines, so every script comes out as on screen. SVG keeps all text
 * as text.</p>
 */
public final class DrawingExporter {

    /** PNG pixels per drawing unit, so exported bitmaps stay sharp on a projector. */
    public static final double PNG_SCALE = 2.0;

    private DrawingExporter() {
    }

    /** Exports in the format named by the file's extension (png, svg or pdf). */
    public static void export(Drawing drawing, int width, int height, Path file) throws IOException {
        ExportFormat format = ExportFormat.of(file).orElseThrow(() -> new IOException(
                "Unknown export format for " + file.getFileName() + ": use .png, .svg or .pdf."));
        export(drawing, width, height, file, format);
    }

    public static void export(Drawing drawing, int width, int height, Path file, ExportFormat format)
            throws IOException {
        Path target = file.toAbsolutePath();
        Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".part");
        try {
            switch (format) {
                case PNG -> writePng(drawing, width, height, temp);
                case SVG -> writeSvg(drawing, width, height, temp);
                case PDF -> writePdf(drawing, width, height, temp);
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static void writePng(Drawing drawing, int width, int height, Path file) throws IOException {
        BufferedImage image = new BufferedImage((int) Math.ceil(width * PNG_SCALE), (int) Math.ceil(height * PNG_SCALE),
                BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.scale(PNG_SCALE, PNG_SCALE);
            drawing.draw(g, new Rectangle2D.Double(0, 0, width, height));
        } finally {
            g.dispose();
        }
        if (!ImageIO.write(image, "png", file.toFile())) {
            throw new IOException("No PNG writer is available in this Java runtime.");
        }
    }

    private static void writeSvg(Drawing drawing, int width, int height, Path file) throws IOException {
        SVGGraphics2D g = new SVGGraphics2D(width, height);
        drawing.draw(g, new Rectangle2D.Double(0, 0, width, height));
        Files.writeString(file, g.getSVGDocument(), StandardCharsets.UTF_8);
    }

    private static void writePdf(Drawing drawing, int width, int height, Path file) throws IOException {
        try (PDDocument document = new PDDocument();
                PdfBoxGraphics2DFontTextDrawer fonts = PdfFonts.create()) {
            PDPage page = new PDPage(new PDRectangle(width, height));
            document.addPage(page);
            PdfBoxGraphics2D g = new PdfBoxGraphics2D(document, width, height);
            g.setFontTextDrawer(fonts);
            try {
                drawing.draw(g, new Rectangle2D.Double(0, 0, width, height));
            } finally {
                g.dispose();
            }
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.drawForm(g.getXFormObject());
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                document.save(out);
            }
        }
    }
}
