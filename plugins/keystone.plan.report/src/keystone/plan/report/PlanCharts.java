package keystone.plan.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYBoxAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import keystone.charts.Drawing;
import keystone.plan.Phase;
import keystone.plan.PlanVsActual;
import keystone.plan.PortfolioCell;
import keystone.plan.PortfolioRow;
import keystone.plan.PortfolioScores;
import keystone.plan.report.internal.ChartLook;
import keystone.plan.report.internal.MoveArrow;
import keystone.plan.report.internal.PortfolioLayout;
import keystone.plan.report.internal.Texts;

/**
 * Builds the account-plan charts with JFreeChart: targets against actual sales per quarter, and the key-account
 * portfolio. Charts are plain Java2D; {@link #drawing} hands one to {@link keystone.charts.DrawingExporter} or a
 * report.
 */
public final class PlanCharts {

    /** Which figures a plan-vs-actual chart shows. */
    public enum Measure {
        REVENUE,
        MARGIN
    }

    /** Dataset index of the bars (target and actual per quarter) in a plan-vs-actual chart. */
    public static final int BARS = 0;
    /** Dataset index of the lines (cumulative target and actual) in a plan-vs-actual chart. */
    public static final int LINES = 1;

    private static final double DOT = 10;

    private PlanCharts() {
    }

    /** The revenue chart: see {@link #planVsActual(PlanVsActual, Measure, Locale, Labels)}. */
    public static JFreeChart planVsActual(PlanVsActual v, Locale locale, Labels labels) {
        return planVsActual(v, Measure.REVENUE, locale, labels);
    }

    /**
     * Target and actual per quarter as bars, with the cumulative target and actual as lines on the same axis and
     * the year-end forecast as a marker. Quarters that have not started show no actual (no bar, the line stops);
     * a quarter without a target shows no target bar. Series keys are the labels' {@link Labels#target()},
     * {@link Labels#actual()}, {@link Labels#cumulativeTarget()} and {@link Labels#cumulativeActual()}; category keys
     * are {@link Labels#quarter}.
     */
    public static JFreeChart planVsActual(PlanVsActual v, Measure measure, Locale locale, Labels labels) {
        Objects.requireNonNull(v, "plan vs actual");
        Objects.requireNonNull(measure, "measure");
        DefaultCategoryDataset bars = new DefaultCategoryDataset();
        DefaultCategoryDataset lines = new DefaultCategoryDataset();
        double low = 0;
        double high = 0;
        for (PlanVsActual.QuarterRow row : v.quarters()) {
            PlanVsActual.Measure m = measure == Measure.REVENUE ? row.revenue() : row.margin();
            boolean started = row.phase() != Phase.NOT_STARTED;
            String quarter = labels.quarter(row.quarter());
            Number target = number(m.target());
            Number actual = started ? number(m.actual()) : null;
            Number cumulativeActual = started ? number(m.cumulativeActual()) : null;
            bars.addValue(target, labels.target(), quarter);
            bars.addValue(actual, labels.actual(), quarter);
            lines.addValue(number(m.cumulativeTarget()), labels.cumulativeTarget(), quarter);
            lines.addValue(cumulativeActual, labels.cumulativeActual(), quarter);
            for (Number n : new Number[] {target, actual, number(m.cumulativeTarget()), cumulativeActual}) {
                if (n != null) {
                    low = Math.min(low, n.doubleValue());
                    high = Math.max(high, n.doubleValue());
                }
            }
        }
        PlanVsActual.YearFigures year = measure == Measure.REVENUE ? v.revenue() : v.margin();
        NumberFormat amounts = NumberFormat.getIntegerInstance(locale);
        NumberAxis rangeAxis = new NumberAxis(labels.amountAxis());
        rangeAxis.setNumberFormatOverride(amounts);
        ChartLook.axis(rangeAxis);
        CategoryAxis domainAxis = new CategoryAxis(labels.quarterAxis());
        ChartLook.axis(domainAxis);
        domainAxis.setCategoryMargin(0.25);

        BarRenderer barRenderer = new BarRenderer();
        barRenderer.setBarPainter(new StandardBarPainter());
        barRenderer.setShadowVisible(false);
        barRenderer.setDrawBarOutline(false);
        barRenderer.setItemMargin(0.05);
        barRenderer.setSeriesPaint(0, ChartLook.TARGET);
        barRenderer.setSeriesPaint(1, ChartLook.ACTUAL);
        CategoryPlot plot = new CategoryPlot(bars, domainAxis, rangeAxis, barRenderer);

        LineAndShapeRenderer lineRenderer = new LineAndShapeRenderer(true, true);
        lineRenderer.setSeriesPaint(0, ChartLook.CUMULATIVE_TARGET);
        lineRenderer.setSeriesStroke(0, ChartLook.DASHED);
        lineRenderer.setSeriesShape(0, new Ellipse2D.Double(-3, -3, 6, 6));
        lineRenderer.setSeriesPaint(1, ChartLook.CUMULATIVE_ACTUAL);
        lineRenderer.setSeriesStroke(1, ChartLook.LINE);
        lineRenderer.setSeriesShape(1, new Ellipse2D.Double(-4, -4, 8, 8));
        plot.setDataset(LINES, lines);
        plot.setRenderer(LINES, lineRenderer);
        plot.mapDatasetToRangeAxis(LINES, 0);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        plot.setRangeGridlinePaint(ChartLook.GRID);
        plot.setRangeGridlineStroke(new BasicStroke(0.8f));
        plot.setDomainGridlinesVisible(false);

        if (v.phase() != Phase.NOT_STARTED && year.forecast() != null) {
            double forecast = year.forecast().doubleValue();
            low = Math.min(low, forecast);
            high = Math.max(high, forecast);
            ValueMarker marker = new ValueMarker(forecast, ChartLook.FORECAST, ChartLook.THIN_DASHED);
            marker.setLabel(Texts.bind(labels.forecast(), amounts.format(year.forecast())));
            marker.setLabelFont(ChartLook.NOTE_BOLD);
            marker.setLabelPaint(ChartLook.FORECAST);
            marker.setLabelAnchor(RectangleAnchor.TOP_LEFT);
            marker.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
            marker.setLabelOffset(new org.jfree.chart.ui.RectangleInsets(2, 6, 2, 6));
            marker.setLabelBackgroundColor(new Color(255, 255, 255, 210));
            plot.addRangeMarker(marker, Layer.FOREGROUND);
        }
        double span = Math.max(high - low, 1);
        rangeAxis.setRange(low < 0 ? low - span * 0.08 : 0, high + span * 0.12);

        String title = Texts.bind(labels.planVsActualTitle(), labels.measure(measure),
                String.valueOf(v.year()));
        String subtitle = Texts.bind(labels.asOf(),
                DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(v.today()));
        return ChartLook.chart(title, subtitle, plot, true);
    }

    /** The portfolio with positions from the rows' cells only: see {@link #portfolioMatrix(List, Map, Map, Labels)}. */
    public static JFreeChart portfolioMatrix(List<PortfolioRow> rows, Labels labels) {
        return portfolioMatrix(rows, Map.of(), Map.of(), labels);
    }

    /**
     * Account attractiveness (y) against our relative strength (x), both 0 to 10, split at
     * {@link PortfolioCell#SPLIT} into the four named cells. Every account with a cell this year is a dot with its
     * name (dataset series 0, in the rows' order; its item label is the account name); an account that
     * {@link PortfolioRow#moved() moved} also has last year's position (series 1) and an arrow from there (a plot
     * annotation). The cells' backgrounds and names are background annotations of the renderer.
     * Accounts sit at their scores when {@code scores} (by account id) has them, else on a slot inside their cell;
     * likewise last year's position from {@code lastYearScores}.
     */
    public static JFreeChart portfolioMatrix(List<PortfolioRow> rows, Map<Long, PortfolioScores> scores,
            Map<Long, PortfolioScores> lastYearScores, Labels labels) {
        List<PortfolioLayout.Placed> placed = PortfolioLayout.place(rows, scores == null ? Map.of() : scores,
                lastYearScores == null ? Map.of() : lastYearScores);
        XYSeries now = new XYSeries(labels.thisYear(), false, true);
        XYSeries before = new XYSeries(labels.lastYear(), false, true);
        List<String> names = new ArrayList<>();
        for (PortfolioLayout.Placed p : placed) {
            now.add(p.x(), p.y());
            names.add(p.row().accountName());
            if (p.lastYear() != null) {
                before.add(p.lastYear()[0], p.lastYear()[1]);
            }
        }
        XYSeriesCollection data = new XYSeriesCollection(now);
        if (!before.isEmpty()) {
            data.addSeries(before);
        }
        NumberAxis x = new NumberAxis(labels.strengthAxis());
        NumberAxis y = new NumberAxis(labels.attractivenessAxis());
        for (NumberAxis axis : List.of(x, y)) {
            ChartLook.axis(axis);
            axis.setRange(0, 10);
            axis.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(1));
        }
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
        renderer.setSeriesShape(0, new Ellipse2D.Double(-DOT / 2, -DOT / 2, DOT, DOT));
        renderer.setSeriesPaint(0, ChartLook.ACTUAL);
        renderer.setSeriesShape(1, new Ellipse2D.Double(-DOT / 2, -DOT / 2, DOT, DOT));
        renderer.setSeriesPaint(1, ChartLook.LAST_YEAR);
        renderer.setSeriesShapesFilled(1, false);
        renderer.setUseOutlinePaint(false);
        renderer.setSeriesItemLabelGenerator(0, (dataset, series, item) -> names.get(item));
        renderer.setSeriesItemLabelsVisible(0, true);
        renderer.setSeriesItemLabelFont(0, ChartLook.NOTE);
        renderer.setSeriesItemLabelPaint(0, ChartLook.TEXT);
        renderer.setSeriesPositiveItemLabelPosition(0,
                new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER));
        XYPlot plot = new XYPlot(data, x, y, renderer);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        double split = PortfolioCell.SPLIT.doubleValue();
        for (PortfolioCell cell : PortfolioCell.values()) {
            double[] o = PortfolioLayout.origin(cell);
            renderer.addAnnotation(new XYBoxAnnotation(o[0], o[1], o[0] + split, o[1] + split, new BasicStroke(1f),
                    ChartLook.GRID, tint(cell)), Layer.BACKGROUND);
            XYTextAnnotation name = new XYTextAnnotation(labels.cell(cell), o[0] + split / 2,
                    PortfolioLayout.labelOnTop(cell) ? o[1] + split - 0.45 : o[1] + 0.45);
            name.setFont(ChartLook.QUADRANT);
            name.setPaint(ChartLook.CUMULATIVE_TARGET);
            name.setTextAnchor(TextAnchor.CENTER);
            renderer.addAnnotation(name, Layer.BACKGROUND);
        }
        for (PortfolioLayout.Placed p : placed) {
            if (p.lastYear() != null) {
                plot.addAnnotation(new MoveArrow(p.lastYear()[0], p.lastYear()[1], p.x(), p.y(), ChartLook.TEXT),
                        false);
            }
        }
        return ChartLook.chart(labels.portfolioTitle(), null, plot, !before.isEmpty());
    }

    /** The chart as a {@link Drawing} for {@link keystone.charts.DrawingExporter} or a report. */
    public static Drawing drawing(JFreeChart chart) {
        return chart::draw;
    }

    private static Color tint(PortfolioCell cell) {
        return switch (cell) {
            case STRATEGIC -> new Color(0xE3, 0xF0, 0xE3);
            case STAR -> new Color(0xE4, 0xEC, 0xF7);
            case STATUS -> new Color(0xFB, 0xF1, 0xDE);
            case STREAMLINE -> new Color(0xF2, 0xF2, 0xF2);
        };
    }

    private static Double number(BigDecimal value) {
        return value == null ? null : value.doubleValue();
    }
}
