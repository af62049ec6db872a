package keystone.decisionmap.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Stroke;
import java.awt.font.FontRenderContext;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import keystone.decisionmap.BuyingRole;
import keystone.decisionmap.Influence;
import keystone.decisionmap.Person;
import keystone.decisionmap.chart.ChartStyle.Detail;

/**
 * Paints a {@link ChartLayout} into any Java2D graphics (screen image, PNG, SVG, PDF), and only the boxes and lines
 * that meet the visible rectangle. The caller sets the graphics' transform from chart units to device space; the
 * painter reads the zoom from it to choose the detail ({@link ChartStyle#detailAt}).
 *
 * <p>A box is filled by stance (neutral when meeting-safe, pale when the person left), bordered by influence (the
 * higher, the wider), and at full detail shows name, title (and subsidiary), a badge per buying role, dots for our
 * best relationship (none to three filled; hidden when meeting-safe) and a folded corner when the person has notes
 * (hidden when meeting-safe). Text uses the logical font Dialog, which falls back per character to installed fonts,
 * so Cyrillic and CJK names show.</p>
 *
 * <p>Not thread-safe: it caches shortened texts. Use one painter per view, or one per export.</p>
 */
public final class ChartPainter {

    private static final Font NAME_FONT = new Font(Font.DIALOG, Font.BOLD, 13);
    private static final Font LARGE_NAME_FONT = new Font(Font.DIALOG, Font.BOLD, 18);
    private static final Font TITLE_FONT = new Font(Font.DIALOG, Font.PLAIN, 11);
    private static final Font BADGE_FONT = new Font(Font.DIALOG, Font.BOLD, 9);
    private static final Font NOTE_FONT = new Font(Font.DIALOG, Font.ITALIC, 10);
    /** Text is measured once, independent of the zoom, with fractional metrics. */
    private static final FontRenderContext MEASURE = new FontRenderContext(null, true, true);
    private static final String ELLIPSIS = "\u2026";

    private static final double PAD = 8;
    private static final double ARC = 10;
    private static final double DOT = 7;
    private static final double DOT_STEP = 10;
    private static final double BADGE_HEIGHT = 13;
    private static final double NOTE_CORNER = 11;
    private static final double ARROW_LENGTH = 10;
    private static final double ARROW_HALF_WIDTH = 4.5;
    private static final double INFLUENCE_NOTE_WIDTH = 150;

    private static final Stroke HAIRLINE = new BasicStroke(0f);
    /** Square caps close the corners of elbows, which are stroked as separate horizontal and vertical pieces. */
    private static final Stroke SOLID = new BasicStroke(1.5f, BasicStroke.CAP_SQUARE, BasicStroke.JOIN_MITER);
    private static final Stroke DOTTED = new BasicStroke(1.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10f,
            new float[] {0.1f, 4f}, 0f);
    private static final Stroke DASHED = new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
            new float[] {8f, 5f}, 0f);
    private static final Stroke SELECTION = new BasicStroke(3f);
    private static final Stroke THIN = new BasicStroke(1f);
    private static final Stroke[] BORDERS = new Stroke[Influence.values().length];
    private static final int CACHE_LIMIT = 20_000;

    static {
        for (Influence influence : Influence.values()) {
            BORDERS[influence.ordinal()] = new BasicStroke((float) borderWidth(influence));
        }
    }

    private final Map<FitKey, String> fitted = new HashMap<>();
    private final RoundRectangle2D.Double box = new RoundRectangle2D.Double();
    private final Rectangle2D.Double rect = new Rectangle2D.Double();
    private final Ellipse2D.Double dot = new Ellipse2D.Double();

    private record FitKey(String text, Font font, int width) {
    }

    /** Paints the boxes and lines of {@code layout} that meet {@code visible} (in chart units). */
    public void paint(Graphics2D graphics, ChartLayout layout, Rectangle2D visible, ChartStyle style) {
        Graphics2D g = (Graphics2D) graphics.create();
        try {
            double scale = scaleOf(g.getTransform());
            Detail detail = style.detailAt(scale);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, detail == Detail.BOXES
                    ? RenderingHints.VALUE_ANTIALIAS_OFF : RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            paintEdges(g, layout.edgesIn(visible), clipOf(visible, scale), detail, style);
            for (ChartNode node : layout.nodesIn(visible)) {
                switch (detail) {
                    case BOXES -> paintBox(g, node, style, scale);
                    case NAMES -> paintNamed(g, node, style);
                    default -> paintFull(g, node, style);
                }
            }
        } finally {
            g.dispose();
        }
    }

    /** Device pixels per chart unit of a transform (the geometric mean of its two axes). */
    static double scaleOf(AffineTransform t) {
        double s = Math.sqrt(Math.abs(t.getDeterminant()));
        return s > 0 && Double.isFinite(s) ? s : 1;
    }

    /** The visible rectangle and a few device pixels more, so that line caps and arrowheads at its border show. */
    private static Rectangle2D clipOf(Rectangle2D visible, double scale) {
        double margin = Math.max(ARROW_LENGTH, 8 / scale);
        return new Rectangle2D.Double(visible.getX() - margin, visible.getY() - margin,
                visible.getWidth() + 2 * margin, visible.getHeight() + 2 * margin);
    }

    private void paintEdges(Graphics2D g, List<ChartEdge> edges, Rectangle2D clip, Detail detail,
            ChartStyle style) {
        LineBatch reporting = new LineBatch();
        LineBatch dotted = new LineBatch();
        LineBatch influence = new LineBatch();
        Path2D.Double arrows = new Path2D.Double();
        for (ChartEdge edge : edges) {
            switch (edge.kind()) {
                case REPORTING -> reporting.add(edge, clip);
                case DOTTED_REPORTING -> dotted.add(edge, clip);
                case INFLUENCE -> {
                    influence.add(edge, clip);
                    if (detail != Detail.BOXES) {
                        appendArrow(arrows, edge);
                    }
                }
            }
        }
        boolean overview = detail == Detail.BOXES;
        g.setColor(ChartColors.REPORTING_LINE);
        g.setStroke(overview ? HAIRLINE : SOLID);
        g.draw(reporting.path());
        g.setStroke(overview ? HAIRLINE : DOTTED);
        g.draw(dotted.path());
        g.setColor(ChartColors.INFLUENCE_LINE);
        g.setStroke(overview ? HAIRLINE : DASHED);
        g.draw(influence.path());
        g.fill(arrows);
        if (detail == Detail.FULL && !style.meetingSafe()) {
            g.setFont(NOTE_FONT);
            for (ChartEdge edge : edges) {
                if (edge.kind() == ChartEdge.Kind.INFLUENCE && !edge.note().isBlank()) {
                    String note = fit(edge.note(), NOTE_FONT, INFLUENCE_NOTE_WIDTH);
                    double w = width(note, NOTE_FONT);
                    int last = edge.pointCount() - 1;
                    double mx = (edge.x(0) + edge.x(last)) / 2;
                    double my = (edge.y(0) + edge.y(last)) / 2;
                    g.drawString(note, (float) (mx - w / 2), (float) (my - 3));
                }
            }
        }
    }

    private static void appendArrow(Path2D path, ChartEdge edge) {
        int last = edge.pointCount() - 1;
        double tx = edge.x(last);
        double ty = edge.y(last);
        double dx = tx - edge.x(last - 1);
        double dy = ty - edge.y(last - 1);
        double length = Math.hypot(dx, dy);
        if (length == 0) {
            return;
        }
        double ux = dx / length;
        double uy = dy / length;
        double bx = tx - ux * ARROW_LENGTH;
        double by = ty - uy * ARROW_LENGTH;
        path.moveTo(tx, ty);
        path.lineTo(bx - uy * ARROW_HALF_WIDTH, by + ux * ARROW_HALF_WIDTH);
        path.lineTo(bx + uy * ARROW_HALF_WIDTH, by - ux * ARROW_HALF_WIDTH);
        path.closePath();
    }

    /** Overview: the coloured box only, at least one device pixel, outlined when it is large enough to tell. */
    private void paintBox(Graphics2D g, ChartNode node, ChartStyle style, double scale) {
        double min = 1 / scale;
        rect.setRect(node.x(), node.y(), Math.max(node.width(), min), Math.max(node.height(), min));
        Person p = node.person();
        g.setColor(style.fillOf(p));
        g.fill(rect);
        if (node.width() * scale >= 4) {
            g.setStroke(HAIRLINE);
            g.setColor(p.left() ? ChartColors.LEFT_BORDER : ChartColors.BORDER);
            g.draw(rect);
        }
        if (style.selected(p.id())) {
            g.setStroke(new BasicStroke((float) (3 / scale)));
            g.setColor(ChartColors.SELECTION);
            g.draw(rect);
        }
    }

    /** Middle zoom: box, border and a large name. */
    private void paintNamed(Graphics2D g, ChartNode node, ChartStyle style) {
        paintFrame(g, node, style);
        Person p = node.person();
        g.setColor(p.left() ? ChartColors.LEFT_TEXT : ChartColors.TEXT);
        g.setFont(LARGE_NAME_FONT);
        String name = fit(p.name(), LARGE_NAME_FONT, node.width() - 2 * PAD);
        g.drawString(name, (float) (node.x() + PAD), (float) (node.centerY() + 6));
    }

    private void paintFull(Graphics2D g, ChartNode node, ChartStyle style) {
        paintFrame(g, node, style);
        Person p = node.person();
        boolean noteMarker = !style.meetingSafe() && !p.notes().isBlank();
        double x = node.x();
        double y = node.y();
        double textWidth = node.width() - 2 * PAD - (noteMarker ? NOTE_CORNER : 0);
        Color text = p.left() ? ChartColors.LEFT_TEXT : ChartColors.TEXT;
        g.setColor(text);
        g.setFont(NAME_FONT);
        g.drawString(fit(p.name(), NAME_FONT, textWidth), (float) (x + PAD), (float) (y + 19));
        String title = ChartText.titleLine(p.title(), p.subsidiary());
        if (!title.isEmpty()) {
            g.setFont(TITLE_FONT);
            g.drawString(fit(title, TITLE_FONT, node.width() - 2 * PAD), (float) (x + PAD), (float) (y + 34));
        }
        double dotsLeft = x + node.width() - PAD - 3 * DOT_STEP + (DOT_STEP - DOT);
        paintBadges(g, p, x + PAD, y + node.height() - PAD - BADGE_HEIGHT,
                style.meetingSafe() ? x + node.width() - PAD : dotsLeft - 4);
        if (!style.meetingSafe()) {
            paintStrength(g, node, dotsLeft, y + node.height() - PAD - BADGE_HEIGHT / 2);
        }
        if (noteMarker) {
            Path2D.Double corner = new Path2D.Double();
            double right = x + node.width();
            corner.moveTo(right - NOTE_CORNER, y);
            corner.lineTo(right, y + NOTE_CORNER);
            corner.lineTo(right - NOTE_CORNER, y + NOTE_CORNER);
            corner.closePath();
            g.setColor(p.left() ? ChartColors.LEFT_BORDER : ChartColors.MARKER);
            g.fill(corner);
        }
    }

    /** Fill, influence border and selection of a box at named or full detail. */
    private void paintFrame(Graphics2D g, ChartNode node, ChartStyle style) {
        Person p = node.person();
        box.setRoundRect(node.x(), node.y(), node.width(), node.height(), ARC, ARC);
        g.setColor(style.fillOf(p));
        g.fill(box);
        double border = borderWidth(p.influence());
        box.setRoundRect(node.x() + border / 2, node.y() + border / 2, node.width() - border,
                node.height() - border, ARC, ARC);
        g.setStroke(BORDERS[p.influence().ordinal()]);
        g.setColor(p.left() ? ChartColors.LEFT_BORDER : ChartColors.BORDER);
        g.draw(box);
        if (style.selected(p.id())) {
            box.setRoundRect(node.x() - 3, node.y() - 3, node.width() + 6, node.height() + 6, ARC + 4, ARC + 4);
            g.setStroke(SELECTION);
            g.setColor(ChartColors.SELECTION);
            g.draw(box);
        }
    }

    /** The border width for a person's influence: the more influence, the heavier the box. */
    static double borderWidth(Influence influence) {
        return switch (influence) {
            case HIGH -> 3.5;
            case MEDIUM -> 2;
            case LOW -> 1;
        };
    }

    /** One badge per buying role from {@code left}, as many as fit before {@code right}, then an ellipsis. */
    private void paintBadges(Graphics2D g, Person p, double left, double top, double right) {
        g.setFont(BADGE_FONT);
        double bx = left;
        for (BuyingRole role : p.roles()) {
            String letters = ChartText.badge(role);
            double w = width(letters, BADGE_FONT) + 6;
            if (bx + w > right) {
                g.setColor(p.left() ? ChartColors.LEFT_TEXT : ChartColors.TEXT);
                g.drawString(ELLIPSIS, (float) bx, (float) (top + 10));
                return;
            }
            box.setRoundRect(bx, top, w, BADGE_HEIGHT, 5, 5);
            g.setColor(p.left() ? ChartColors.LEFT_BORDER : ChartColors.BADGE);
            g.fill(box);
            g.setColor(ChartColors.BADGE_TEXT);
            g.drawString(letters, (float) (bx + 3), (float) (top + 10));
            bx += w + 3;
        }
    }

    /** Three dots, as many filled as the strength of our best relationship (none, acquaintance, working, trusted). */
    private void paintStrength(Graphics2D g, ChartNode node, double left, double centerY) {
        int filled = node.bestRelationship().ordinal();
        g.setStroke(THIN);
        g.setColor(node.person().left() ? ChartColors.LEFT_BORDER : ChartColors.MARKER);
        for (int i = 0; i < 3; i++) {
            dot.setFrame(left + i * DOT_STEP, centerY - DOT / 2, DOT, DOT);
            if (i < filled) {
                g.fill(dot);
            } else {
                g.draw(dot);
            }
        }
    }

    private static double width(String text, Font font) {
        return font.getStringBounds(text, MEASURE).getWidth();
    }

    /** The text, shortened with an ellipsis to at most {@code width} chart units in {@code font}. */
    private String fit(String text, Font font, double width) {
        if (text.isEmpty()) {
            return text;
        }
        FitKey key = new FitKey(text, font, (int) width);
        String cached = fitted.get(key);
        if (cached != null) {
            return cached;
        }
        String result = text;
        if (width(text, font) > width) {
            int lo = 0;
            int hi = text.length();
            while (lo < hi) {
                int mid = (lo + hi + 1) >>> 1;
                if (width(text.substring(0, mid) + ELLIPSIS, font) <= width) {
                    lo = mid;
                } else {
                    hi = mid - 1;
                }
            }
            if (lo > 0 && Character.isHighSurrogate(text.charAt(lo - 1))) {
                lo--;
            }
            result = text.substring(0, lo) + ELLIPSIS;
        }
        if (fitted.size() >= CACHE_LIMIT) {
            fitted.clear();
        }
        fitted.put(key, result);
        return result;
    }
}
