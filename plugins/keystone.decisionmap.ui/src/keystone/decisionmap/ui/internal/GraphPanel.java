package keystone.decisionmap.ui.internal;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.EventQueue;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.event.KeyAdapter;
import java.awt.event.KeyEvent;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import javax.swing.BorderFactory;
import javax.swing.JPanel;

import com.mxgraph.model.mxCell;
import com.mxgraph.model.mxGeometry;
import com.mxgraph.swing.mxGraphComponent;
import com.mxgraph.swing.mxGraphOutline;
import com.mxgraph.util.mxEvent;
import com.mxgraph.util.mxPoint;
import com.mxgraph.view.mxGraph;

import keystone.decisionmap.chart.ChartLayout;
import keystone.decisionmap.chart.ChartNode;
import keystone.decisionmap.chart.ChartPainter;
import keystone.decisionmap.chart.ChartStyle;

/**
 * The Swing side of the decision-map editor: a JGraphX graph component whose vertices are the people's boxes (for
 * selecting, dragging and keyboard handling), painted by Keystone's {@link ChartPainter} instead of
 * JGraphX's cell renderer, so only what is visible is drawn, fast, in the chart's own look; beside it JGraphX's
 * overview (minimap). Lines are not cells: the painter draws them from the layout.
 *
 * <p>Lives on the AWT event thread: every method must be called there. What the user does arrives at the
 * {@link Listener} on the AWT thread too; the page hands it over to the SWT thread.</p>
 */
final class GraphPanel extends JPanel {

    private static final long serialVersionUID = 1L;

    /** What the user did in the graph. */
    interface Listener {
        /** The selected person, or {@link DecisionMapPage#NONE}. */
        void selected(long personId);

        /** Boxes were dragged and dropped: each person's new top-left corner, in chart units. */
        void moved(Map<Long, Point2D> places);

        /** A box was dropped onto another person's box: a new manager, or an influence line (the page decides). */
        void droppedOnto(long personId, long managerId);

        /** The delete key, with a person selected. */
        void deleteRequested(long personId);
    }

    private final transient ChartPainter painter = new ChartPainter();
    private final mxGraph graph;
    private final mxGraphComponent component;
    private final mxGraphOutline outline;
    private final transient Listener listener;
    private transient ChartLayout layout = ChartLayout.empty();
    private transient ChartStyle style = ChartStyle.NORMAL;
    private final transient Map<Long, mxCell> cells = new HashMap<>();
    private boolean rebuilding;

    GraphPanel(Listener listener) {
        super(new BorderLayout());
        this.listener = listener;
        graph = new mxGraph();
        graph.setCellsResizable(false);
        graph.setCellsEditable(false);
        graph.setCellsDisconnectable(false);
        graph.setDropEnabled(false);
        graph.setAllowDanglingEdges(false);
        graph.setAllowLoops(false);
        graph.setMultigraph(false);
        graph.setCellsBendable(false);
        graph.setAutoSizeCells(false);
        component = new mxGraphComponent(graph) {
            private static final long serialVersionUID = 1L;

            @Override
            protected mxGraphControl createGraphControl() {
                return new mxGraphControl() {
                    private static final long serialVersionUID = 1L;

                    @Override
                    public void drawGraph(Graphics2D g, boolean drawLabels) {
                        paintChart(g);
                    }
                };
            }
        };
        component.setConnectable(false); // lines come from dropping one box on another (see the page)
        component.setToolTips(false);
        component.setDragEnabled(false);
        component.getViewport().setBackground(Color.WHITE);
        component.getGraphControl().setBackground(Color.WHITE);
        component.setBorder(BorderFactory.createEmptyBorder());
        component.setCenterZoom(false);
        add(component, BorderLayout.CENTER);

        outline = new mxGraphOutline(component);
        outline.setPreferredSize(new Dimension(220, 160));
        outline.setBorder(BorderFactory.createLineBorder(new Color(0xBDBDBD)));
        JPanel side = new JPanel(new BorderLayout());
        side.add(outline, BorderLayout.NORTH);
        side.setBackground(Color.WHITE);
        add(side, BorderLayout.EAST);

        graph.getSelectionModel().addListener(mxEvent.CHANGE, (sender, event) -> {
            if (!rebuilding && byUser()) {
                listener.selected(selectedId());
            }
        });
        graph.addListener(mxEvent.CELLS_MOVED, (sender, event) -> {
            if (!rebuilding && byUser()) {
                movedCells((Object[]) event.getProperty("cells"));
            }
        });
        component.getGraphControl().addKeyListener(deleteKey());
        component.addKeyListener(deleteKey());
    }

    private KeyAdapter deleteKey() {
        return new KeyAdapter() {
            @Override
            public void keyPressed(KeyEvent e) {
                long id = selectedId();
                if ((e.getKeyCode() == KeyEvent.VK_DELETE || e.getKeyCode() == KeyEvent.VK_BACK_SPACE)
                        && id != DecisionMapPage.NONE) {
                    listener.deleteRequested(id);
                }
            }
        };
    }

    /** Shows {@code newLayout}: one cell per box, at the box's place; keeps the selection when it is still there. */
    void show(ChartLayout newLayout, ChartStyle newStyle) {
        layout = newLayout;
        style = newStyle;
        rebuilding = true;
        try {
            // a new root in one change: far cheaper for thousands of people than removing and inserting cells
            mxCell root = new mxCell();
            root.setId("0");
            mxCell layer = new mxCell();
            layer.setId("1");
            root.insert(layer);
            cells.clear();
            for (ChartNode node : newLayout.nodes()) {
                mxCell cell = new mxCell(node.id(), new mxGeometry(node.x(), node.y(), node.width(), node.height()),
                        "fillColor=none;strokeColor=none;");
                cell.setId("p" + node.id());
                cell.setVertex(true);
                cell.setConnectable(true);
                layer.insert(cell);
                cells.put(node.id(), cell);
            }
            graph.getModel().setRoot(root);
            mxCell selected = style.selection().isPresent() ? cells.get(style.selection().getAsLong()) : null;
            if (selected != null) {
                graph.setSelectionCell(selected);
            } else {
                graph.clearSelection();
            }
        } finally {
            rebuilding = false;
        }
        component.getGraphControl().repaint();
        outline.repaint();
    }

    /** Repaints with another style (meeting-safe, selection) without rebuilding the cells. */
    void restyle(ChartStyle newStyle) {
        style = newStyle;
        component.getGraphControl().repaint();
        outline.repaint();
    }

    void select(long personId) {
        rebuilding = true;
        try {
            mxCell cell = cells.get(personId);
            if (cell == null) {
                graph.clearSelection();
            } else {
                graph.setSelectionCell(cell);
                component.scrollCellToVisible(cell, false);
            }
        } finally {
            rebuilding = false;
        }
    }

    void zoomIn() {
        component.zoomIn();
    }

    void zoomOut() {
        component.zoomOut();
    }

    /** Zooms so that the whole chart fits the visible area, at most to 100 %. */
    void fit() {
        Rectangle2D bounds = layout.bounds();
        Dimension view = component.getViewport().getExtentSize();
        if (bounds.isEmpty() || view.width <= 0 || view.height <= 0) {
            return;
        }
        double scale = Math.min(1, Math.min((view.width - 20) / bounds.getWidth(), (view.height - 20) / bounds.getHeight()));
        graph.getView().scaleAndTranslate(scale, -bounds.getX() + 10 / scale, -bounds.getY() + 10 / scale);
        component.getGraphControl().scrollRectToVisible(new Rectangle(0, 0, 1, 1));
        outline.repaint();
    }

    double scale() {
        return graph.getView().getScale();
    }

    /** The part of the chart the view shows, in chart units. */
    Rectangle2D visibleRegion() {
        Rectangle view = component.getViewport().getViewRect();
        double s = graph.getView().getScale();
        mxPoint t = graph.getView().getTranslate();
        return new Rectangle2D.Double(view.x / s - t.getX(), view.y / s - t.getY(), view.width / s, view.height / s);
    }

    /** The component that takes the mouse and the keyboard; for tests that drive it with AWT events. */
    java.awt.Component control() {
        return component.getGraphControl();
    }

    /** Where the chart point (x, y) is on {@link #control()}, at the current zoom. */
    java.awt.Point toControl(double x, double y) {
        double s = graph.getView().getScale();
        mxPoint t = graph.getView().getTranslate();
        return new java.awt.Point((int) Math.round((x + t.getX()) * s), (int) Math.round((y + t.getY()) * s));
    }

    /** The number of boxes the graph holds; for tests. */
    int cellCount() {
        return cells.size();
    }

    /** Paints what {@code g}'s clip shows, as the graph control does; for the editor benchmark. */
    void paintVisible(Graphics2D g) {
        paintChart(g);
    }

    private void paintChart(Graphics2D g) {
        double s = graph.getView().getScale();
        mxPoint t = graph.getView().getTranslate();
        Rectangle clip = g.getClipBounds();
        Graphics2D chart = (Graphics2D) g.create();
        try {
            chart.scale(s, s);
            chart.translate(t.getX(), t.getY());
            Rectangle2D visible = clip == null ? layout.bounds()
                    : new Rectangle2D.Double(clip.x / s - t.getX(), clip.y / s - t.getY(), clip.width / s,
                            clip.height / s);
            painter.paint(chart, layout, visible, style);
        } finally {
            chart.dispose();
        }
    }

    private void movedCells(Object[] moved) {
        if (moved == null) {
            return;
        }
        Map<Long, Point2D> places = new java.util.LinkedHashMap<>();
        for (Object o : moved) {
            if (o instanceof mxCell cell && cell.isVertex()) {
                mxGeometry geometry = cell.getGeometry();
                places.put(idOf(cell), new Point2D.Double(geometry.getX(), geometry.getY()));
            }
        }
        if (places.size() == 1) {
            long id = places.keySet().iterator().next();
            mxGeometry geometry = cells.get(id).getGeometry();
            Point2D centre = new Point2D.Double(geometry.getCenterX(), geometry.getCenterY());
            Optional<ChartNode> target = layout.nodesIn(new Rectangle2D.Double(centre.getX() - 1, centre.getY() - 1,
                    2, 2)).stream().filter(n -> n.id() != id && n.contains(centre.getX(), centre.getY())).findFirst();
            if (target.isPresent()) {
                listener.droppedOnto(id, target.get().id());
                return;
            }
        }
        if (!places.isEmpty()) {
            listener.moved(places);
        }
    }

    /**
     * Whether the event being handled comes from the user's mouse or keyboard: the graph also changes its selection
     * while the page rebuilds it (in runnables the page posts), and those changes must not come back as the user's.
     */
    private static boolean byUser() {
        return EventQueue.getCurrentEvent() instanceof java.awt.event.InputEvent;
    }

    private long selectedId() {
        Object cell = graph.getSelectionCell();
        return cell instanceof mxCell c && c.isVertex() ? idOf(c) : DecisionMapPage.NONE;
    }

    private static long idOf(Object cell) {
        return (Long) ((mxCell) cell).getValue();
    }
}
