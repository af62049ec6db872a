package keystone.abcxyz.ui.internal;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.ArrayList;
import java.util.List;

import keystone.abcxyz.AbcClass;
import keystone.abcxyz.CellSummary;
import keystone.abcxyz.Classification;
import keystone.abcxyz.XyzClass;
import keystone.charts.Drawing;

/**
 * Paints the ABC-XYZ matrix as a heat map in Java2D: each cell shaded by its share of value, with count, value,
 * share and strategy. One painter serves the screen (through an image) and the PNG, SVG and PDF exports, so what
 * is presented in a meeting is what was on screen.
 */
final class MatrixDrawing implements Drawing {

    private static final Color COLD = new Color(246, 248, 252);
    private static final Color HOT = new Color(33, 102, 172);
    static final int HEADER = 22;

    private final Classification classification;
    private final String selectedCell;

    MatrixDrawing(Classification classification, String selectedCell) {
        this.classification = classification;
        this.selectedCell = selectedCell;
    }

    /** Where a cell lies in an area of the given size: the same geometry for painting and for mouse clicks. */
    static Rectangle2D cell(double width, double height, int row, int column) {
        double w = (width - HEADER) / 3;
        double h = (height - HEADER) / 3;
        return new Rectangle2D.Double(HEADER + column * w, HEADER + row * h, w - 3, h - 3);
    }

    @Override
    public void draw(Graphics2D g, Rectangle2D area) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.translate(area.getX(), area.getY());
        g.setColor(Color.WHITE);
        g.fill(new Rectangle2D.Double(0, 0, area.getWidth(), area.getHeight()));
        Font plain = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
        Font bold = plain.deriveFont(Font.BOLD, 14f);
        g.setFont(bold);
        g.setColor(Color.DARK_GRAY);
        for (XyzClass xyz : XyzClass.values()) {
            Rectangle2D r = cell(area.getWidth(), area.getHeight(), 0, xyz.ordinal());
            g.drawString(xyz.name(), (float) r.getCenterX() - 4, 16f);
        }
        for (AbcClass abc : AbcClass.values()) {
            Rectangle2D r = cell(area.getWidth(), area.getHeight(), abc.ordinal(), 0);
            g.drawString(abc.name(), 5f, (float) r.getCenterY() + 5);
        }
        for (AbcClass abc : AbcClass.values()) {
            for (XyzClass xyz : XyzClass.values()) {
                paintCell(g, abc, xyz, cell(area.getWidth(), area.getHeight(), abc.ordinal(), xyz.ordinal()), plain, bold);
            }
        }
    }

    private void paintCell(Graphics2D g, AbcClass abc, XyzClass xyz, Rectangle2D r, Font plain, Font bold) {
        CellSummary cell = classification == null ? null : classification.cell(abc, xyz);
        double share = cell == null ? 0 : Math.max(0, Math.min(1, cell.valueShare()));
        double heat = Math.sqrt(share); // small cells stay visible next to the dominant AX
        RoundRectangle2D shape = new RoundRectangle2D.Double(r.getX(), r.getY(), r.getWidth(), r.getHeight(), 10, 10);
        g.setColor(blend(heat));
        g.fill(shape);
        String name = abc.name() + xyz.name();
        if (name.equals(selectedCell)) {
            g.setColor(new Color(230, 160, 0));
            g.setStroke(new BasicStroke(3f));
            g.draw(shape);
            g.setStroke(new BasicStroke(1f));
        }
        Color text = heat > 0.45 ? Color.WHITE : Color.BLACK;
        g.setColor(text);
        g.setFont(bold);
        float x = (float) r.getX() + 8;
        float y = (float) r.getY() + 18;
        g.drawString(name, x, y);
        g.setFont(plain);
        if (cell != null) {
            g.drawString(cell.count() + "  ·  " + Format.money(cell.value()) + "  ·  " + Format.percent(share), x + 34, y);
        }
        FontMetrics metrics = g.getFontMetrics();
        y += metrics.getHeight() + 4;
        for (String line : wrap(metrics, Format.strategy(abc, xyz), r.getWidth() - 16)) {
            if (y > r.getMaxY() - 4) {
                break;
            }
            g.drawString(line, x, y);
            y += metrics.getHeight();
        }
    }

    private static List<String> wrap(FontMetrics metrics, String text, double width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (metrics.stringWidth(candidate) > width && !line.isEmpty()) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static Color blend(double t) {
        return new Color((int) (COLD.getRed() + (HOT.getRed() - COLD.getRed()) * t),
                (int) (COLD.getGreen() + (HOT.getGreen() - COLD.getGreen()) * t),
                (int) (COLD.getBlue() + (HOT.getBlue() - COLD.getBlue()) * t));
    }
}
