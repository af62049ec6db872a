package keystone.abcxyz.ui.internal;

import java.awt.geom.Rectangle2D;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.swt.ChartComposite;
import org.jfree.chart.ui.RectangleEdge;

import keystone.abcxyz.Classification;
import keystone.abcxyz.CustomerResult;

/**
 * Names the customer under the mouse in the scatter chart. It searches the nearest dot itself (a linear scan of
 * 100,000 points takes about a millisecond) because chart entities for every dot would slow each repaint.
 */
final class ScatterHover {

    private static final double RADIUS = 8;

    private final ChartComposite composite;
    /** The canvas inside the composite, which receives the mouse events. */
    private final Control canvas;
    private List<CustomerResult> customers = List.of();

    ScatterHover(ChartComposite composite) {
        this.composite = composite;
        this.canvas = composite.getChildren().length > 0 ? composite.getChildren()[0] : composite;
        canvas.addListener(SWT.MouseMove, e -> update(e.x, e.y));
    }

    void show(Classification classification) {
        customers = classification.results();
    }

    private void update(int x, int y) {
        if (composite.getChart() == null || composite.getChartRenderingInfo() == null) {
            return;
        }
        Rectangle2D area = composite.getChartRenderingInfo().getPlotInfo().getDataArea();
        if (area == null || area.isEmpty()) {
            return;
        }
        XYPlot plot = composite.getChart().getXYPlot();
        double scaleX = composite.getScaleX();
        double scaleY = composite.getScaleY();
        double px = x / scaleX;
        double py = y / scaleY;
        CustomerResult best = null;
        double bestDistance = RADIUS * RADIUS;
        for (CustomerResult r : customers) {
            double cv = Double.isNaN(r.cv()) ? Charts.CV_CEILING : Math.min(r.cv(), Charts.CV_CEILING);
            double dx = plot.getDomainAxis().valueToJava2D(r.shareBefore(), area, RectangleEdge.BOTTOM) - px;
            double dy = plot.getRangeAxis().valueToJava2D(cv, area, RectangleEdge.LEFT) - py;
            double distance = dx * dx + dy * dy;
            if (distance < bestDistance) {
                bestDistance = distance;
                best = r;
            }
        }
        String text = best == null ? null : best.name() + " (" + best.customerId() + ") " + best.cell() + ", "
                + Format.money(best.value());
        canvas.setToolTipText(text);
    }
}
