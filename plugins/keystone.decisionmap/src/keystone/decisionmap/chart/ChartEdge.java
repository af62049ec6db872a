package keystone.decisionmap.chart;

import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.Objects;

/**
 * One line of the chart as a polyline in chart units, from the manager (or the influencing person) to the report
 * (or the influenced person). Immutable.
 */
public final class ChartEdge {

    /** What a line means, and so how it is drawn. */
    public enum Kind {
        /** The primary, solid reporting line: the org-chart tree; orthogonal elbows. */
        REPORTING,
        /** Any further manager, or a line recorded as dotted: drawn dotted. */
        DOTTED_REPORTING,
        /** An informal influence: a dashed straight arrow ending at the influenced person. */
        INFLUENCE
    }

    private final Kind kind;
    private final long fromId;
    private final long toId;
    private final String note;
    private final double[] points;

    /** {@code points} holds x0, y0, x1, y1, ...: at least two points. */
    ChartEdge(Kind kind, long fromId, long toId, String note, double... points) {
        if (points.length < 4 || points.length % 2 != 0) {
            throw new IllegalArgumentException("An edge needs at least two points: " + points.length + " values");
        }
        this.kind = Objects.requireNonNull(kind, "kind");
        this.fromId = fromId;
        this.toId = toId;
        this.note = note == null ? "" : note;
        this.points = points.clone();
    }

    public Kind kind() {
        return kind;
    }

    /** The manager, or the person who influences. */
    public long fromId() {
        return fromId;
    }

    /** The report, or the person influenced: the arrow's end. */
    public long toId() {
        return toId;
    }

    /** The influence line's note; empty for reporting lines. */
    public String note() {
        return note;
    }

    public int pointCount() {
        return points.length / 2;
    }

    public double x(int i) {
        return points[2 * i];
    }

    public double y(int i) {
        return points[2 * i + 1];
    }

    /** The polyline as a new path. */
    public Path2D path() {
        Path2D.Double path = new Path2D.Double(Path2D.WIND_NON_ZERO, pointCount());
        appendTo(path);
        return path;
    }

    private void appendTo(Path2D path) {
        path.moveTo(points[0], points[1]);
        for (int i = 2; i < points.length; i += 2) {
            path.lineTo(points[i], points[i + 1]);
        }
    }

    public Rectangle2D bounds() {
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < points.length; i += 2) {
            minX = Math.min(minX, points[i]);
            maxX = Math.max(maxX, points[i]);
            minY = Math.min(minY, points[i + 1]);
            maxY = Math.max(maxY, points[i + 1]);
        }
        return new Rectangle2D.Double(minX, minY, maxX - minX, maxY - minY);
    }

    /** Some segment of the polyline meets {@code area} ({@link Rectangle2D#intersectsLine} semantics). */
    public boolean intersects(Rectangle2D area) {
        for (int i = 2; i < points.length; i += 2) {
            if (area.intersectsLine(points[i - 2], points[i - 1], points[i], points[i + 1])) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return kind + " " + fromId + "->" + toId;
    }
}
