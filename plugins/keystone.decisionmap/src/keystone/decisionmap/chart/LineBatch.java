package keystone.decisionmap.chart;

import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.Arrays;

/**
 * Collects the visible segments of one kind of line for one paint and merges horizontal and vertical ones that
 * overlap on the same line, so that each stretch is stroked once. Org-chart lines share much of their length (a
 * manager's bus to all reports, the channels of dotted lines), and a dotted or dashed stroke costs per dash: without
 * clipping and merging, the dotted lines of a 5,000-person chart took about 80 ms per paint, with them about 5 ms.
 */
final class LineBatch {

    private double[] horizontal = new double[3 * 64]; // y, x0, x1 with x0 <= x1
    private int horizontalCount;
    private double[] vertical = new double[3 * 64]; // x, y0, y1 with y0 <= y1
    private int verticalCount;
    private final Path2D.Double other = new Path2D.Double();

    /**
     * Adds the part of the line inside {@code clip}: a line across a chart of thousands of people may be 200,000
     * units long, and Java2D would otherwise compute every dash of it (Liang-Barsky, per segment).
     */
    void add(ChartEdge edge, Rectangle2D clip) {
        double[] t = new double[2];
        for (int i = 1; i < edge.pointCount(); i++) {
            double x0 = edge.x(i - 1);
            double y0 = edge.y(i - 1);
            double dx = edge.x(i) - x0;
            double dy = edge.y(i) - y0;
            t[0] = 0;
            t[1] = 1;
            if (clipped(-dx, x0 - clip.getMinX(), t) && clipped(dx, clip.getMaxX() - x0, t)
                    && clipped(-dy, y0 - clip.getMinY(), t) && clipped(dy, clip.getMaxY() - y0, t)) {
                add(x0 + t[0] * dx, y0 + t[0] * dy, x0 + t[1] * dx, y0 + t[1] * dy);
            }
        }
    }

    /** One Liang-Barsky boundary test: narrows [t0, t1] in {@code t}; false when nothing is left. */
    private static boolean clipped(double p, double q, double[] t) {
        if (p == 0) {
            return q >= 0;
        }
        double r = q / p;
        if (p < 0) {
            if (r > t[1]) {
                return false;
            }
            t[0] = Math.max(t[0], r);
        } else {
            if (r < t[0]) {
                return false;
            }
            t[1] = Math.min(t[1], r);
        }
        return true;
    }

    /** Adds one segment, already clipped. */
    void add(double x0, double y0, double x1, double y1) {
        if (y0 == y1) {
            horizontal = put(horizontal, horizontalCount++, y0, Math.min(x0, x1), Math.max(x0, x1));
        } else if (x0 == x1) {
            vertical = put(vertical, verticalCount++, x0, Math.min(y0, y1), Math.max(y0, y1));
        } else {
            other.moveTo(x0, y0);
            other.lineTo(x1, y1);
        }
    }

    private static double[] put(double[] buffer, int index, double line, double from, double to) {
        double[] b = 3 * index + 3 > buffer.length ? Arrays.copyOf(buffer, buffer.length * 2) : buffer;
        b[3 * index] = line;
        b[3 * index + 1] = from;
        b[3 * index + 2] = to;
        return b;
    }

    /** Every segment added, overlapping axis-parallel ones merged. */
    Path2D path() {
        Path2D.Double path = new Path2D.Double(other);
        merge(horizontal, horizontalCount, path, true);
        merge(vertical, verticalCount, path, false);
        return path;
    }

    private static void merge(double[] buffer, int count, Path2D path, boolean horizontal) {
        if (count == 0) {
            return;
        }
        Integer[] order = new Integer[count];
        for (int i = 0; i < count; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> {
            int c = Double.compare(buffer[3 * a], buffer[3 * b]);
            return c != 0 ? c : Double.compare(buffer[3 * a + 1], buffer[3 * b + 1]);
        });
        double line = buffer[3 * order[0]];
        double from = buffer[3 * order[0] + 1];
        double to = buffer[3 * order[0] + 2];
        for (int k = 1; k < count; k++) {
            int i = order[k];
            if (buffer[3 * i] == line && buffer[3 * i + 1] <= to) {
                to = Math.max(to, buffer[3 * i + 2]);
            } else {
                emit(path, horizontal, line, from, to);
                line = buffer[3 * i];
                from = buffer[3 * i + 1];
                to = buffer[3 * i + 2];
            }
        }
        emit(path, horizontal, line, from, to);
    }

    private static void emit(Path2D path, boolean horizontal, double line, double from, double to) {
        if (horizontal) {
            path.moveTo(from, line);
            path.lineTo(to, line);
        } else {
            path.moveTo(line, from);
            path.lineTo(line, to);
        }
    }
}
