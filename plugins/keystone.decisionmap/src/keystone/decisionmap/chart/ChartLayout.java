package keystone.decisionmap.chart;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The geometry of one decision-maker chart: a box per person, the lines between them, the overall bounds, and a
 * uniform grid over both so that a view asks for what is visible, or under the mouse, without scanning the whole
 * chart. Immutable and safe to share between threads; made by {@link OrgChartLayout}.
 */
public final class ChartLayout {

    private static final ChartLayout EMPTY = new ChartLayout(List.of(), List.of());

    private final List<ChartNode> nodes;
    private final List<ChartEdge> edges;
    private final Map<Long, ChartNode> byId;
    private final Rectangle2D bounds;
    private final GridIndex nodeIndex;
    private final GridIndex edgeIndex;

    ChartLayout(List<ChartNode> nodes, List<ChartEdge> edges) {
        this.nodes = List.copyOf(nodes);
        this.edges = List.copyOf(edges);
        byId = HashMap.newHashMap(nodes.size());
        Rectangle2D.Double union = null;
        for (ChartNode node : this.nodes) {
            byId.put(node.id(), node);
            if (union == null) {
                union = new Rectangle2D.Double(node.x(), node.y(), node.width(), node.height());
            } else {
                union.add(new Rectangle2D.Double(node.x(), node.y(), node.width(), node.height()));
            }
        }
        for (ChartEdge edge : this.edges) {
            for (int i = 0; i < edge.pointCount(); i++) {
                if (union == null) {
                    union = new Rectangle2D.Double(edge.x(i), edge.y(i), 0, 0);
                } else {
                    union.add(edge.x(i), edge.y(i));
                }
            }
        }
        bounds = union == null ? new Rectangle2D.Double() : union;
        GridIndex.Geometry geometry = GridIndex.Geometry.over(bounds, this.nodes.size(), OrgChartLayout.NODE_WIDTH);
        GridIndex.Builder nodeCells = new GridIndex.Builder(geometry);
        for (int i = 0; i < this.nodes.size(); i++) {
            ChartNode n = this.nodes.get(i);
            nodeCells.addRect(i, n.x(), n.y(), n.width(), n.height());
        }
        nodeIndex = nodeCells.build();
        GridIndex.Builder edgeCells = new GridIndex.Builder(geometry);
        for (int i = 0; i < this.edges.size(); i++) {
            ChartEdge e = this.edges.get(i);
            for (int p = 1; p < e.pointCount(); p++) {
                edgeCells.addSegment(i, e.x(p - 1), e.y(p - 1), e.x(p), e.y(p));
            }
        }
        edgeIndex = edgeCells.build();
    }

    /** The layout of a map without people. */
    public static ChartLayout empty() {
        return EMPTY;
    }

    public boolean isEmpty() {
        return nodes.isEmpty();
    }

    /** Every box, in the map's order of people (later boxes are painted over earlier ones). */
    public List<ChartNode> nodes() {
        return nodes;
    }

    /** Every line: the reporting tree, further managers, then influence lines. */
    public List<ChartEdge> edges() {
        return edges;
    }

    public Optional<ChartNode> node(long personId) {
        return Optional.ofNullable(byId.get(personId));
    }

    /** The smallest rectangle holding every box and line; empty (0 x 0 at the origin) for an empty chart. */
    public Rectangle2D bounds() {
        return (Rectangle2D) bounds.clone();
    }

    /** The boxes whose interior meets {@code area}, in painting order. */
    public List<ChartNode> nodesIn(Rectangle2D area) {
        List<ChartNode> found = new ArrayList<>();
        if (nodes.isEmpty() || area.isEmpty()) {
            return found;
        }
        BitSet candidates = new BitSet(nodes.size());
        nodeIndex.candidates(area, candidates);
        for (int i = candidates.nextSetBit(0); i >= 0; i = candidates.nextSetBit(i + 1)) {
            ChartNode node = nodes.get(i);
            if (node.intersects(area)) {
                found.add(node);
            }
        }
        return found;
    }

    /** The lines of which some segment meets {@code area}, in painting order. */
    public List<ChartEdge> edgesIn(Rectangle2D area) {
        List<ChartEdge> found = new ArrayList<>();
        if (edges.isEmpty() || area.isEmpty()) {
            return found;
        }
        BitSet candidates = new BitSet(edges.size());
        edgeIndex.candidates(area, candidates);
        for (int i = candidates.nextSetBit(0); i >= 0; i = candidates.nextSetBit(i + 1)) {
            ChartEdge edge = edges.get(i);
            if (edge.intersects(area)) {
                found.add(edge);
            }
        }
        return found;
    }

    /** The topmost box under {@code point} (edges included), if any. */
    public Optional<ChartNode> nodeAt(Point2D point) {
        if (nodes.isEmpty()) {
            return Optional.empty();
        }
        int best = -1;
        for (int i : nodeIndex.at(point.getX(), point.getY())) {
            if (i > best && nodes.get(i).contains(point.getX(), point.getY())) {
                best = i;
            }
        }
        return best < 0 ? Optional.empty() : Optional.of(nodes.get(best));
    }
}
