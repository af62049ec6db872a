package keystone.decisionmap.chart;

import java.awt.geom.Rectangle2D;
import java.util.Arrays;
import java.util.BitSet;

/**
 * A uniform grid over the chart that lists, per cell, the items (node or edge indexes) whose geometry may touch
 * the cell. Conservative: an item may be listed in a cell it only grazes, never missing from one it touches, so a
 * query returns candidates that the caller tests exactly. Immutable once built.
 */
final class GridIndex {

    /** Cells per axis at most, so that charts with stray manual positions far away stay small. */
    private static final int MAX_CELLS_PER_AXIS = 2048;

    private final Geometry g;
    private final int[] start;
    private final int[] items;

    private GridIndex(Geometry g, int[] start, int[] items) {
        this.g = g;
        this.start = start;
        this.items = items;
    }

    /** The cells of a grid over {@code bounds} sized so that a cell holds a few of {@code count} items. */
    record Geometry(double x0, double y0, double cellWidth, double cellHeight, int cols, int rows) {

        static Geometry over(Rectangle2D bounds, int count, double minCell) {
            double w = Math.max(bounds.getWidth(), 1);
            double h = Math.max(bounds.getHeight(), 1);
            double target = Math.max(minCell, Math.sqrt(w * h / Math.max(count, 1)));
            int cols = (int) Math.min(MAX_CELLS_PER_AXIS, Math.max(1, Math.ceil(w / target)));
            int rows = (int) Math.min(MAX_CELLS_PER_AXIS, Math.max(1, Math.ceil(h / target)));
            return new Geometry(bounds.getX(), bounds.getY(), w / cols, h / rows, cols, rows);
        }

        int col(double x) {
            return clamp((int) Math.floor((x - x0) / cellWidth), cols);
        }

        int row(double y) {
            return clamp((int) Math.floor((y - y0) / cellHeight), rows);
        }

        private static int clamp(int i, int size) {
            return i < 0 ? 0 : Math.min(i, size - 1);
        }
    }

    /** Collects (cell, item) pairs, then sorts them into per-cell lists. */
    static final class Builder {

        private final Geometry g;
        private int[] cells = new int[256];
        private int[] owners = new int[256];
        private int size;

        Builder(Geometry g) {
            this.g = g;
        }

        private void add(int cell, int item) {
            if (size > 0 && cells[size - 1] == cell && owners[size - 1] == item) {
                return;
            }
            if (size == cells.length) {
                cells = Arrays.copyOf(cells, size * 2);
                owners = Arrays.copyOf(owners, size * 2);
            }
            cells[size] = cell;
            owners[size] = item;
            size++;
        }

        /** Lists {@code item} in every cell the rectangle overlaps. */
        void addRect(int item, double x, double y, double w, double h) {
            int c0 = g.col(x);
            int c1 = g.col(x + w);
            int r0 = g.row(y);
            int r1 = g.row(y + h);
            for (int r = r0; r <= r1; r++) {
                for (int c = c0; c <= c1; c++) {
                    add(r * g.cols + c, item);
                }
            }
        }

        /** Lists {@code item} in every cell the segment crosses (column by column, a little generously). */
        void addSegment(int item, double ax, double ay, double bx, double by) {
            if (ax > bx) {
                double t = ax;
                ax = bx;
                bx = t;
                t = ay;
                ay = by;
                by = t;
            }
            int c0 = g.col(ax);
            int c1 = g.col(bx);
            double eps = 1e-6 * Math.max(g.cellWidth, g.cellHeight);
            for (int c = c0; c <= c1; c++) {
                double left = Math.max(ax, g.x0 + c * g.cellWidth);
                double right = Math.min(bx, g.x0 + (c + 1) * g.cellWidth);
                double yl;
                double yr;
                if (bx - ax < eps || c0 == c1) {
                    yl = ay;
                    yr = by;
                } else {
                    yl = ay + (by - ay) * (left - ax) / (bx - ax);
                    yr = ay + (by - ay) * (right - ax) / (bx - ax);
                }
                int r0 = g.row(Math.min(yl, yr) - eps);
                int r1 = g.row(Math.max(yl, yr) + eps);
                for (int r = r0; r <= r1; r++) {
                    add(r * g.cols + c, item);
                }
            }
        }

        GridIndex build() {
            int cellCount = g.cols * g.rows;
            int[] start = new int[cellCount + 1];
            for (int i = 0; i < size; i++) {
                start[cells[i] + 1]++;
            }
            for (int c = 0; c < cellCount; c++) {
                start[c + 1] += start[c];
            }
            int[] fill = Arrays.copyOf(start, cellCount);
            int[] items = new int[size];
            for (int i = 0; i < size; i++) {
                items[fill[cells[i]]++] = owners[i];
            }
            return new GridIndex(g, start, items);
        }
    }

    /** Marks in {@code found} every item listed in a cell that {@code area} overlaps. */
    void candidates(Rectangle2D area, BitSet found) {
        int c0 = g.col(area.getMinX());
        int c1 = g.col(area.getMaxX());
        int r0 = g.row(area.getMinY());
        int r1 = g.row(area.getMaxY());
        for (int r = r0; r <= r1; r++) {
            for (int c = c0; c <= c1; c++) {
                int cell = r * g.cols + c;
                for (int i = start[cell]; i < start[cell + 1]; i++) {
                    found.set(items[i]);
                }
            }
        }
    }

    /** The items listed in the cell of the point (a point outside the grid is taken to the nearest cell). */
    int[] at(double x, double y) {
        int cell = g.row(y) * g.cols + g.col(x);
        return Arrays.copyOfRange(items, start[cell], start[cell + 1]);
    }
}
