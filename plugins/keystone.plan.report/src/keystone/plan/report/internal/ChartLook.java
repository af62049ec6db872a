package keystone.plan.report.internal;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Stroke;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleInsets;

/**
 * The plain "meeting" look of the plan charts: white, flat, no gradients or shadows, readable sans-serif type and
 * a small palette that prints well in black and white.
 */
public final class ChartLook {

    public static final String FAMILY = "SansSerif";
    public static final Font TITLE = new Font(FAMILY, Font.BOLD, 16);
    public static final Font SUBTITLE = new Font(FAMILY, Font.PLAIN, 11);
    public static final Font AXIS_LABEL = new Font(FAMILY, Font.PLAIN, 12);
    public static final Font TICK = new Font(FAMILY, Font.PLAIN, 11);
    public static final Font LEGEND = new Font(FAMILY, Font.PLAIN, 11);
    public static final Font NOTE = new Font(FAMILY, Font.PLAIN, 10);
    public static final Font NOTE_BOLD = new Font(FAMILY, Font.BOLD, 10);
    public static final Font QUADRANT = new Font(FAMILY, Font.BOLD, 13);

    public static final Color TARGET = new Color(0xA9, 0xC4, 0xE0);
    public static final Color ACTUAL = new Color(0x1F, 0x5A, 0x9E);
    public static final Color CUMULATIVE_TARGET = new Color(0x80, 0x80, 0x80);
    public static final Color CUMULATIVE_ACTUAL = new Color(0xE0, 0x7B, 0x1F);
    public static final Color FORECAST = new Color(0xB0, 0x30, 0x30);
    public static final Color GRID = new Color(0xDD, 0xDD, 0xDD);
    public static final Color TEXT = new Color(0x33, 0x33, 0x33);
    public static final Color LAST_YEAR = new Color(0x99, 0x99, 0x99);

    public static final Stroke LINE = new BasicStroke(2.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    public static final Stroke DASHED = new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f,
            new float[] {6f, 4f}, 0f);
    public static final Stroke THIN_DASHED = new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f,
            new float[] {5f, 3f}, 0f);

    private ChartLook() {
    }

    /** A chart with the title, optional subtitle and the look applied to chart, plot and legend. */
    public static JFreeChart chart(String title, String subtitle, Plot plot, boolean legend) {
        JFreeChart chart = new JFreeChart(title, TITLE, plot, legend);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setPadding(new RectangleInsets(8, 8, 8, 8));
        chart.getTitle().setPaint(TEXT);
        if (subtitle != null && !subtitle.isBlank()) {
            TextTitle sub = new TextTitle(subtitle, SUBTITLE);
            sub.setPaint(TEXT);
            chart.addSubtitle(sub);
        }
        LegendTitle legendTitle = chart.getLegend();
        if (legendTitle != null) {
            legendTitle.setItemFont(LEGEND);
            legendTitle.setItemPaint(TEXT);
            legendTitle.setBackgroundPaint(Color.WHITE);
            legendTitle.setFrame(org.jfree.chart.block.BlockBorder.NONE);
        }
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        return chart;
    }

    public static void axis(Axis axis) {
        axis.setLabelFont(AXIS_LABEL);
        axis.setLabelPaint(TEXT);
        axis.setTickLabelFont(TICK);
        axis.setTickLabelPaint(TEXT);
        axis.setAxisLinePaint(CUMULATIVE_TARGET);
        axis.setTickMarkPaint(CUMULATIVE_TARGET);
    }
}
