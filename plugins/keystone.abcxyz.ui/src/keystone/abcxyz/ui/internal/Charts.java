package keystone.abcxyz.ui.internal;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CrosshairState;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYDotRenderer;
import org.jfree.chart.renderer.xy.XYItemRendererState;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.DefaultXYDataset;
import org.jfree.data.xy.XYDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import keystone.abcxyz.AbcClass;
import keystone.abcxyz.Classification;
import keystone.abcxyz.CustomerResult;
import keystone.abcxyz.XyzClass;

/**
 * Builds the ABC-XYZ charts (scatter and Pareto) from a classification. The scatter draws plain dots without
 * chart entities, so it stays fast at 100,000 customers.
 */
final class Charts {

    /** CV values above this are drawn at the top edge; the axis would otherwise be dominated by a few outliers. */
    static final double CV_CEILING = 3.0;
    private static final int PARETO_POINTS = 2_000;

    private Charts() {
    }

    /** Colours per cell: hue by ABC, lightness by XYZ. */
    static Color colour(AbcClass abc, XyzClass xyz) {
        float hue = switch (abc) {
            case A -> 0.60f;
            case B -> 0.30f;
            case C -> 0.05f;
        };
        float brightness = 0.55f + 0.2f * xyz.ordinal();
        return Color.getHSBColor(hue, 0.75f, brightness);
    }

    static JFreeChart scatter(Classification c) {
        Map<String, List<CustomerResult>> byCell = new java.util.LinkedHashMap<>();
        for (AbcClass abc : AbcClass.values()) {
            for (XyzClass xyz : XyzClass.values()) {
                byCell.put(abc.name() + xyz.name(), new java.util.ArrayList<>());
            }
        }
        double maxValue = 0;
        for (CustomerResult r : c.results()) {
            byCell.get(r.cell()).add(r);
            maxValue = Math.max(maxValue, r.value());
        }
        DefaultXYDataset data = new DefaultXYDataset();
        Map<Integer, double[]> sizes = new java.util.HashMap<>();
        int series = 0;
        SizedDots renderer = new SizedDots(sizes);
        for (Map.Entry<String, List<CustomerResult>> cell : byCell.entrySet()) {
            List<CustomerResult> members = cell.getValue();
            double[][] xy = new double[2][members.size()];
            double[] size = new double[members.size()];
            for (int i = 0; i < members.size(); i++) {
                CustomerResult r = members.get(i);
                xy[0][i] = r.shareBefore();
                xy[1][i] = Double.isNaN(r.cv()) ? CV_CEILING : Math.min(r.cv(), CV_CEILING);
                size[i] = 2 + 8 * Math.sqrt(Math.max(0, r.value()) / Math.max(1e-9, maxValue));
            }
            data.addSeries(cell.getKey(), xy);
            sizes.put(series, size);
            AbcClass abc = AbcClass.valueOf(cell.getKey().substring(0, 1));
            XyzClass xyz = XyzClass.valueOf(cell.getKey().substring(1));
            renderer.setSeriesPaint(series, colour(abc, xyz));
            series++;
        }
        JFreeChart chart = ChartFactory.createScatterPlot(Messages.Scatter_title, Messages.Scatter_xAxis,
                Messages.Scatter_yAxis, data, PlotOrientation.VERTICAL, true, false, false);
        XYPlot plot = chart.getXYPlot();
        plot.setRenderer(renderer);
        ((NumberAxis) plot.getDomainAxis()).setRange(0, 1);
        ((NumberAxis) plot.getRangeAxis()).setRange(0, CV_CEILING);
        marker(plot, true, c.settings().aCut(), "A | B");
        marker(plot, true, c.settings().bCut(), "B | C");
        marker(plot, false, c.settings().xCut(), "X | Y");
        marker(plot, false, c.settings().yCut(), "Y | Z");
        plot.setBackgroundPaint(Color.WHITE);
        return chart;
    }

    static JFreeChart pareto(Classification c) {
        XYSeries curve = new XYSeries(Messages.Pareto_series, false, true);
        List<CustomerResult> results = c.results();
        int n = results.size();
        int step = Math.max(1, n / PARETO_POINTS);
        curve.add(0, 0);
        for (int i = 0; i < n; i += step) {
            curve.add((i + 1) / (double) n, results.get(i).cumulativeShare());
        }
        if (n > 0) {
            curve.add(1.0, results.get(n - 1).cumulativeShare());
        }
        JFreeChart chart = ChartFactory.createXYLineChart(Messages.Pareto_title, Messages.Pareto_xAxis,
                Messages.Pareto_yAxis, new XYSeriesCollection(curve), PlotOrientation.VERTICAL, false, false, false);
        XYPlot plot = chart.getXYPlot();
        ((NumberAxis) plot.getDomainAxis()).setRange(0, 1);
        ((NumberAxis) plot.getRangeAxis()).setRange(0, 1.02);
        marker(plot, false, c.settings().aCut(), "A");
        marker(plot, false, c.settings().bCut(), "B");
        Map<AbcClass, Integer> last = new EnumMap<>(AbcClass.class);
        for (int i = 0; i < n; i++) {
            last.put(results.get(i).abc(), i + 1);
        }
        if (n > 0) {
            last.computeIfPresent(AbcClass.A, (k, v) -> { marker(plot, true, v / (double) n, "A"); return v; });
            last.computeIfPresent(AbcClass.B, (k, v) -> { marker(plot, true, v / (double) n, "B"); return v; });
        }
        plot.setBackgroundPaint(Color.WHITE);
        plot.getRenderer().setSeriesStroke(0, new BasicStroke(2f));
        return chart;
    }

    private static void marker(XYPlot plot, boolean domain, double value, String label) {
        ValueMarker marker = new ValueMarker(value, Color.DARK_GRAY,
                new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f, new float[] {4f, 4f}, 0f));
        marker.setLabel(label);
        if (domain) {
            plot.addDomainMarker(marker);
        } else {
            plot.addRangeMarker(marker);
        }
    }

    /** Dots sized by value, drawn straight to the canvas with no entity bookkeeping. */
    static final class SizedDots extends XYDotRenderer {
        private static final long serialVersionUID = 1L;
        private final transient Map<Integer, double[]> sizes;

        SizedDots(Map<Integer, double[]> sizes) {
            this.sizes = sizes;
        }

        @Override
        public void drawItem(Graphics2D g2, XYItemRendererState state, Rectangle2D dataArea, PlotRenderingInfo info,
                XYPlot plot, ValueAxis domainAxis, ValueAxis rangeAxis, XYDataset dataset, int series, int item,
                CrosshairState crosshairState, int pass) {
            double x = domainAxis.valueToJava2D(dataset.getXValue(series, item), dataArea, RectangleEdge.BOTTOM);
            double y = rangeAxis.valueToJava2D(dataset.getYValue(series, item), dataArea, RectangleEdge.LEFT);
            double size = sizes.get(series)[item];
            g2.setPaint(getItemPaint(series, item));
            g2.fill(new Rectangle2D.Double(x - size / 2, y - size / 2, size, size));
        }
    }
}
