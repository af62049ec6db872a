package keystone.decisionmap.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import keystone.decisionmap.DecisionMap;
import keystone.decisionmap.MapEdits;

/** The spatial queries answer exactly what a scan of every box and line would. */
class ChartLayoutTest {

    private static final ChartLayout LAYOUT;

    static {
        DecisionMap map = SyntheticMaps.generate(500, 7);
        // a few boxes placed by hand, one far away, so the grid is not only the automatic layout's
        map = MapEdits.move(map, 10, 123.5, -400.0);
        map = MapEdits.move(map, 20, 90_000.0, 30_000.0);
        map = MapEdits.move(map, 30, 0.0, 0.0);
        LAYOUT = OrgChartLayout.layout(map);
    }

    /** Random rectangles: tiny to larger than the chart, partly or wholly outside it, on cell borders. */
    private static Rectangle2D[] areas() {
        SplittableRandom random = new SplittableRandom(11);
        Rectangle2D b = LAYOUT.bounds();
        Rectangle2D[] areas = new Rectangle2D[400];
        for (int i = 0; i < areas.length; i++) {
            double w = switch (i % 4) {
                case 0 -> random.nextDouble(1, 50);
                case 1 -> random.nextDouble(100, 2000);
                case 2 -> random.nextDouble(2000, 20_000);
                default -> b.getWidth() * random.nextDouble(0.5, 1.5);
            };
            double h = random.nextDouble(1, 3000);
            double x;
            double y;
            if (i % 3 == 0) {
                x = b.getX() - w + random.nextDouble() * (b.getWidth() + 2 * w);
                y = b.getY() - h + random.nextDouble() * (b.getHeight() + 2 * h);
            } else {
                // near a box, since the chart is much wider than high and most of its bounding box is empty
                ChartNode near = LAYOUT.nodes().get(random.nextInt(LAYOUT.nodes().size()));
                x = near.x() - w + random.nextDouble() * (w + near.width());
                y = near.y() - h + random.nextDouble() * (h + near.height());
            }
            areas[i] = new Rectangle2D.Double(x, y, w, h);
        }
        areas[0] = LAYOUT.bounds();
        areas[1] = new Rectangle2D.Double(-1e6, -1e6, 10, 10);
        areas[2] = LAYOUT.nodes().get(0).bounds();
        return areas;
    }

    @Test
    void nodesInReturnsExactlyTheBoxesThatMeetTheArea() {
        int nonEmpty = 0;
        for (Rectangle2D area : areas()) {
            List<ChartNode> expected = LAYOUT.nodes().stream().filter(n -> n.intersects(area)).toList();
            assertEquals(expected, LAYOUT.nodesIn(area), area.toString());
            nonEmpty += expected.isEmpty() ? 0 : 1;
        }
        assertTrue(nonEmpty > 200, "most areas meet some box: " + nonEmpty);
    }

    @Test
    void edgesInReturnsExactlyTheLinesThatMeetTheArea() {
        int nonEmpty = 0;
        for (Rectangle2D area : areas()) {
            List<ChartEdge> expected = LAYOUT.edges().stream().filter(e -> e.intersects(area)).toList();
            assertEquals(expected, LAYOUT.edgesIn(area), area.toString());
            nonEmpty += expected.isEmpty() ? 0 : 1;
        }
        assertTrue(nonEmpty > 200, "most areas meet some line: " + nonEmpty);
    }

    @Test
    void nodeAtFindsTheTopmostBoxUnderThePoint() {
        SplittableRandom random = new SplittableRandom(5);
        Rectangle2D b = LAYOUT.bounds();
        int hits = 0;
        for (int i = 0; i < 5000; i++) {
            Point2D p;
            if (i % 2 == 0) {
                ChartNode n = LAYOUT.nodes().get(random.nextInt(LAYOUT.nodes().size()));
                p = new Point2D.Double(n.x() + random.nextDouble(-2, n.width() + 2),
                        n.y() + random.nextDouble(-2, n.height() + 2));
            } else {
                p = new Point2D.Double(b.getX() + random.nextDouble() * b.getWidth(),
                        b.getY() + random.nextDouble() * b.getHeight());
            }
            Optional<ChartNode> expected = Optional.empty();
            for (ChartNode n : LAYOUT.nodes()) {
                if (n.contains(p.getX(), p.getY())) {
                    expected = Optional.of(n);
                }
            }
            assertEquals(expected, LAYOUT.nodeAt(p), p.toString());
            hits += expected.isPresent() ? 1 : 0;
        }
        assertTrue(hits > 2000, "hits: " + hits);
    }

    @Test
    void eachPersonIsFoundById() {
        for (ChartNode n : LAYOUT.nodes()) {
            assertEquals(n, LAYOUT.node(n.id()).orElseThrow());
        }
        assertTrue(LAYOUT.node(-99).isEmpty());
    }
}
