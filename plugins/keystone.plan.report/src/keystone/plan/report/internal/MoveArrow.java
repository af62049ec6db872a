package keystone.plan.report.internal;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.Objects;

import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleEdge;

/**
 * An arrow between two points in data space, drawn short of both points so the dots stay visible: how an account
 * moved in the portfolio from last year to this year.
 */
public final class MoveArrow extends AbstractXYAnnotation {

    private static final long serialVersionUID = 1L;
    private static final double GAP = 6.0;
    private static final double HEAD = 8.0;

    private final double fromX;
    private final double fromY;
    private final double toX;
    private final double toY;
    private final transient Paint paint;

    public MoveArrow(double fromX, double fromY, double toX, double toY, Paint paint) {
        this.fromX = fromX;
        this.fromY = fromY;
        this.toX = toX;
        this.toY = toY;
        this.paint = paint == null ? Color.DARK_GRAY : paint;
    }

    public double fromX() {
        return fromX;
    }

    public double fromY() {
        return fromY;
    }

    public double toX() {
        return toX;
    }

    public double toY() {
        return toY;
    }

    @Override
    public void draw(Graphics2D g2, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis, ValueAxis rangeAxis,
            int rendererIndex, PlotRenderingInfo info) {
        PlotOrientation orientation = plot.getOrientation();
        RectangleEdge domainEdge = Plot.resolveDomainAxisLocation(plot.getDomainAxisLocation(), orientation);
        RectangleEdge rangeEdge = Plot.resolveRangeAxisLocation(plot.getRangeAxisLocation(), orientation);
        double x0 = domainAxis.valueToJava2D(fromX, dataArea, domainEdge);
        double y0 = rangeAxis.valueToJava2D(fromY, dataArea, rangeEdge);
        double x1 = domainAxis.valueToJava2D(toX, dataArea, domainEdge);
        double y1 = rangeAxis.valueToJava2D(toY, dataArea, rangeEdge);
        if (orientation == PlotOrientation.HORIZONTAL) {
            double t = x0;
            x0 = y0;
            y0 = t;
            t = x1;
            x1 = y1;
            y1 = t;
        }
        double length = Math.hypot(x1 - x0, y1 - y0);
        if (length <= 2 * GAP + HEAD) {
            return;
        }
        double ux = (x1 - x0) / length;
        double uy = (y1 - y0) / length;
        double sx = x0 + ux * GAP;
        double sy = y0 + uy * GAP;
        double ex = x1 - ux * GAP;
        double ey = y1 - uy * GAP;
        g2.setPaint(paint);
        g2.setStroke(new BasicStroke(1.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g2.draw(new Line2D.Double(sx, sy, ex - ux * HEAD * 0.6, ey - uy * HEAD * 0.6));
        Path2D head = new Path2D.Double();
        head.moveTo(ex, ey);
        head.lineTo(ex - ux * HEAD - uy * HEAD * 0.45, ey - uy * HEAD + ux * HEAD * 0.45);
        head.lineTo(ex - ux * HEAD + uy * HEAD * 0.45, ey - uy * HEAD - ux * HEAD * 0.45);
        head.closePath();
        g2.fill(head);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof MoveArrow other && fromX == other.fromX && fromY == other.fromY && toX == other.toX
                && toY == other.toY && Objects.equals(paint, other.paint);
    }

    @Override
    public int hashCode() {
        return Objects.hash(fromX, fromY, toX, toY, paint);
    }
}
