package keystone.decisionmap.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.geom.Path2D;
import java.awt.geom.PathIterator;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Overlapping pieces of lines are stroked once; lines are clipped to what is visible before dashing. */
class LineBatchTest {

    /** The path's pieces as "x0,y0-x1,y1". */
    private static List<String> pieces(Path2D path) {
        List<String> pieces = new ArrayList<>();
        double[] c = new double[6];
        double x = 0;
        double y = 0;
        for (PathIterator it = path.getPathIterator(null); !it.isDone(); it.next()) {
            if (it.currentSegment(c) == PathIterator.SEG_MOVETO) {
                x = c[0];
                y = c[1];
            } else {
                pieces.add(fmt(x) + "," + fmt(y) + "-" + fmt(c[0]) + "," + fmt(c[1]));
                x = c[0];
                y = c[1];
            }
        }
        return pieces;
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }

    @Test
    void overlappingHorizontalAndVerticalPiecesAreMerged() {
        LineBatch batch = new LineBatch();
        batch.add(0, 10, 50, 10);
        batch.add(80, 10, 30, 10); // reversed, overlaps the first
        batch.add(100, 10, 120, 10); // same line, apart
        batch.add(0, 20, 50, 20); // another line
        batch.add(5, 0, 5, 30);
        batch.add(5, 40, 5, 25);
        batch.add(0, 0, 10, 10); // diagonal: kept as is
        assertEquals(List.of("0,0-10,10", "0,10-80,10", "100,10-120,10", "0,20-50,20", "5,0-5,40"),
                pieces(batch.path()));
    }

    @Test
    void onlyTheVisiblePartOfALongLineIsAdded() {
        ChartEdge edge = new ChartEdge(ChartEdge.Kind.DOTTED_REPORTING, 1, 2, "", -100_000, 0, -100_000, 50,
                100_000, 50, 100_000, 100);
        LineBatch batch = new LineBatch();
        batch.add(edge, new Rectangle2D.Double(-10, 0, 20, 80));
        assertEquals(List.of("-10,50-10,50"), pieces(batch.path()));
        LineBatch outside = new LineBatch();
        outside.add(edge, new Rectangle2D.Double(-10, 60, 20, 20));
        assertEquals(List.of(), pieces(outside.path()));
    }
}
