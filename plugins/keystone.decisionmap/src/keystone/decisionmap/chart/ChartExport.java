package keystone.decisionmap.chart;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.file.Path;

import keystone.charts.Drawing;
import keystone.charts.DrawingExporter;
import keystone.decisionmap.chart.ChartStyle.Detail;

/**
 * Turns the whole chart, or a part of it, into a {@link Drawing} of a suitable size for {@link DrawingExporter}
 * (PNG, SVG, PDF). Exports always show full detail; the meeting-safe flag and the selection come from the style.
 *
 * <p>A chart larger than {@link #MAX_SIDE} units on a side or {@link #MAX_AREA} square units is scaled down to fit
 * (PDF pages end at 14,400 points; a PNG at twice that size would not fit in memory): a whole chart of thousands of
 * people then becomes an overview, and the visible part is the export to hand out.</p>
 */
public final class ChartExport {

    /** White space around the exported part, in chart units. */
    public static final double MARGIN = 24;
    /** The largest page side, in drawing units (the PDF limit). */
    public static final int MAX_SIDE = 14_400;
    /** The largest page area, in square drawing units (a PNG of it at twice the size takes 128 MB). */
    public static final double MAX_AREA = 8_000_000;

    /**
     * A drawing and the size to export it at.
     *
     * @param width  in drawing units (points in PDF, pixels in SVG, half-pixels in PNG)
     */
    public record Page(Drawing drawing, int width, int height) {

        /** Writes the page in the format named by the file's extension (png, svg or pdf). */
        public void writeTo(Path file) throws IOException {
            DrawingExporter.export(drawing, width, height, file);
        }
    }

    private ChartExport() {
    }

    /** The whole chart. */
    public static Page whole(ChartLayout layout, ChartStyle style) {
        return region(layout, layout.bounds(), style);
    }

    /** The part of the chart inside {@code region} (chart units), e.g. what the view shows. */
    public static Page region(ChartLayout layout, Rectangle2D region, ChartStyle style) {
        Rectangle2D.Double part = new Rectangle2D.Double(region.getX() - MARGIN, region.getY() - MARGIN,
                Math.max(region.getWidth(), 1) + 2 * MARGIN, Math.max(region.getHeight(), 1) + 2 * MARGIN);
        double shrink = Math.min(1, Math.min(MAX_SIDE / Math.max(part.width, part.height),
                Math.sqrt(MAX_AREA / (part.width * part.height))));
        int width = Math.max(1, (int) Math.ceil(part.width * shrink));
        int height = Math.max(1, (int) Math.ceil(part.height * shrink));
        ChartStyle full = style.withDetail(Detail.FULL);
        Drawing drawing = (Graphics2D g, Rectangle2D area) -> draw(g, area, layout, part, full);
        return new Page(drawing, width, height);
    }

    /** Fits {@code part} into {@code area}, centred, on a white background. */
    private static void draw(Graphics2D graphics, Rectangle2D area, ChartLayout layout, Rectangle2D part,
            ChartStyle style) {
        Graphics2D g = (Graphics2D) graphics.create();
        try {
            g.setColor(ChartColors.BACKGROUND);
            g.fill(area);
            g.clip(area);
            double scale = Math.min(area.getWidth() / part.getWidth(), area.getHeight() / part.getHeight());
            g.translate(area.getCenterX() - part.getCenterX() * scale, area.getCenterY() - part.getCenterY() * scale);
            g.scale(scale, scale);
            new ChartPainter().paint(g, layout, part, style);
        } finally {
            g.dispose();
        }
    }
}
