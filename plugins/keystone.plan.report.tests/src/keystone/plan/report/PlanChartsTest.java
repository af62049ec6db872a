package keystone.plan.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import keystone.charts.DrawingExporter;
import keystone.plan.PlanActuals;
import keystone.plan.PlanState;
import keystone.plan.PlanVsActual;
import keystone.plan.PortfolioCell;
import keystone.plan.PortfolioRow;
import keystone.plan.PortfolioScores;
import keystone.plan.report.internal.MoveArrow;

/**
 * The plan charts' data, markers, portfolio positions and arrows, and their export to every format.
 */
class PlanChartsTest {

    @TempDir
    Path dir;

    private static PlanVsActual vsActual() {
        return PlanVsActual.of(ReportFixtures.targets(), ReportFixtures.actuals(), ReportFixtures.TODAY);
    }

    private static double value(CategoryDataset data, String series, String quarter) {
        return data.getValue(series, quarter).doubleValue();
    }

    @Test
    void planVsActualHasTargetAndActualBarsPerQuarter() {
        CategoryPlot plot = PlanCharts.planVsActual(vsActual(), Locale.UK, Labels.ENGLISH).getCategoryPlot();
        CategoryDataset bars = plot.getDataset(PlanCharts.BARS);
        assertEquals(List.of("Target", "Actual"), bars.getRowKeys());
        assertEquals(List.of("Q1", "Q2", "Q3", "Q4"), bars.getColumnKeys());
        assertEquals(250_000, value(bars, "Target", "Q1"), 1e-6);
        assertEquals(250_000, value(bars, "Target", "Q4"), 1e-6);
        assertEquals(240_000, value(bars, "Actual", "Q1"), 1e-6);
        assertEquals(130_000, value(bars, "Actual", "Q2"), 1e-6);
        assertNull(bars.getValue("Actual", "Q3"), "a quarter not started has no actual");
    }

    @Test
    void planVsActualHasCumulativeLinesOnTheSameAxis() {
        CategoryPlot plot = PlanCharts.planVsActual(vsActual(), Locale.UK, Labels.ENGLISH).getCategoryPlot();
        CategoryDataset lines = plot.getDataset(PlanCharts.LINES);
        assertEquals(List.of("Cumulative target", "Cumulative actual"), lines.getRowKeys());
        assertEquals(500_000, value(lines, "Cumulative target", "Q2"), 1e-6);
        assertEquals(1_000_000, value(lines, "Cumulative target", "Q4"), 1e-6);
        assertEquals(370_000, value(lines, "Cumulative actual", "Q2"), 1e-6);
        assertNull(lines.getValue("Cumulative actual", "Q4"));
        assertEquals(plot.getRangeAxisForDataset(PlanCharts.BARS), plot.getRangeAxisForDataset(PlanCharts.LINES));
    }

    @Test
    void planVsActualMarksTheYearEndForecast() {
        PlanVsActual v = vsActual();
        CategoryPlot plot = PlanCharts.planVsActual(v, Locale.UK, Labels.ENGLISH).getCategoryPlot();
        List<Double> markers = new ArrayList<>();
        for (Object m : plot.getRangeMarkers(Layer.FOREGROUND)) {
            markers.add(((ValueMarker) m).getValue());
        }
        assertEquals(List.of(v.revenue().forecast().doubleValue()), markers);
        Marker marker = (Marker) plot.getRangeMarkers(Layer.FOREGROUND).iterator().next();
        assertTrue(marker.getLabel().startsWith("Year-end forecast "), marker.getLabel());
        assertTrue(plot.getRangeAxis().getUpperBound() > v.revenue().forecast().doubleValue(), "marker visible");
    }

    @Test
    void theMarginChartShowsMargins() {
        JFreeChart chart = PlanCharts.planVsActual(vsActual(), PlanCharts.Measure.MARGIN, Locale.UK, Labels.ENGLISH);
        CategoryDataset bars = chart.getCategoryPlot().getDataset(PlanCharts.BARS);
        assertEquals(75_000, value(bars, "Target", "Q1"), 1e-6);
        assertEquals(70_000, value(bars, "Actual", "Q1"), 1e-6);
        assertEquals("Margin: target vs actual 2025", chart.getTitle().getText());
    }

    @Test
    void aYearNotStartedHasNoActualsAndNoForecast() {
        PlanVsActual v = PlanVsActual.of(ReportFixtures.targets(), PlanActuals.none(2025, LocalDate.of(2024, 12, 1)),
                LocalDate.of(2024, 12, 1));
        CategoryPlot plot = PlanCharts.planVsActual(v, Locale.UK, Labels.ENGLISH).getCategoryPlot();
        assertNull(plot.getDataset(PlanCharts.BARS).getValue("Actual", "Q1"));
        assertNull(plot.getRangeMarkers(Layer.FOREGROUND));
    }

    @Test
    void chartTextsComeFromTheLabels() {
        Labels german = new Labels() {
            @Override
            public String target() {
                return "Ziel";
            }

            @Override
            public String planVsActualTitle() {
                return "{0}: Ziel und Ist {1}";
            }

            @Override
            public String measure(PlanCharts.Measure measure) {
                return measure == PlanCharts.Measure.REVENUE ? "Umsatz" : "Marge";
            }
        };
        JFreeChart chart = PlanCharts.planVsActual(vsActual(), Locale.GERMANY, german);
        assertEquals("Umsatz: Ziel und Ist 2025", chart.getTitle().getText());
        assertEquals("Ziel", chart.getCategoryPlot().getDataset(PlanCharts.BARS).getRowKey(0));
    }

    private static PortfolioRow row(long id, String name, PortfolioCell cell, PortfolioCell lastYear) {
        PlanVsActual.YearFigures zero = new PlanVsActual.YearFigures(BigDecimal.ZERO, BigDecimal.ZERO,
                BigDecimal.ZERO, BigDecimal.ZERO);
        return new PortfolioRow(id, name, id, PlanState.ACTIVE, zero, 80, false, 0, cell, lastYear);
    }

    private static List<PortfolioRow> portfolio() {
        return List.of(row(1, "Alpha", PortfolioCell.STRATEGIC, PortfolioCell.STRATEGIC),
                row(2, ReportFixtures.CYRILLIC, PortfolioCell.STAR, PortfolioCell.STREAMLINE),
                row(3, ReportFixtures.CJK, PortfolioCell.STATUS, null),
                row(4, "Delta", PortfolioCell.STREAMLINE, PortfolioCell.STATUS),
                row(5, "Epsilon", PortfolioCell.STRATEGIC, PortfolioCell.STAR),
                row(6, "Zeta", PortfolioCell.STRATEGIC, null),
                row(7, "Without plan", null, null));
    }

    @Test
    void portfolioPlacesEveryAccountInItsCell() {
        List<PortfolioRow> rows = portfolio();
        XYPlot plot = PlanCharts.portfolioMatrix(rows, Labels.ENGLISH).getXYPlot();
        XYDataset data = plot.getDataset();
        assertEquals(6, data.getItemCount(0), "accounts with a cell");
        Set<String> positions = new HashSet<>();
        for (int i = 0; i < data.getItemCount(0); i++) {
            String name = plot.getRenderer().getItemLabelGenerator(0, i).generateLabel(data, 0, i);
            PortfolioRow row = rows.stream().filter(r -> r.accountName().equals(name)).findFirst().orElseThrow();
            double x = data.getXValue(0, i);
            double y = data.getYValue(0, i);
            assertEquals(row.cell(), PortfolioCell.of(BigDecimal.valueOf(y), BigDecimal.valueOf(x)).orElseThrow(),
                    name + " at " + x + ", " + y);
            assertTrue(x > 0 && x < 10 && y > 0 && y < 10);
            assertTrue(positions.add(x + "," + y), "no two accounts on one spot");
        }
        assertEquals(0, plot.getDomainAxis().getLowerBound());
        assertEquals(10, plot.getDomainAxis().getUpperBound());
        assertEquals(10, plot.getRangeAxis().getUpperBound());
    }

    @Test
    void accountsThatMovedGetAnArrowFromLastYearsCell() {
        List<PortfolioRow> rows = portfolio();
        XYPlot plot = PlanCharts.portfolioMatrix(rows, Labels.ENGLISH).getXYPlot();
        List<MoveArrow> arrows = plot.getAnnotations().stream().filter(MoveArrow.class::isInstance)
                .map(MoveArrow.class::cast).toList();
        assertEquals(rows.stream().filter(PortfolioRow::moved).count(), arrows.size());
        for (MoveArrow arrow : arrows) {
            PortfolioCell from = cell(arrow.fromX(), arrow.fromY());
            PortfolioCell to = cell(arrow.toX(), arrow.toY());
            assertNotEquals(from, to);
            assertTrue(rows.stream().anyMatch(r -> r.lastYearCell() == from && r.cell() == to), from + " -> " + to);
        }
        assertEquals(2, plot.getDataset().getSeriesCount(), "this year and last year");
        assertEquals(arrows.size(), plot.getDataset().getItemCount(1));
    }

    @Test
    void portfolioUsesScoresWhenGiven() {
        List<PortfolioRow> rows = portfolio();
        XYPlot plot = PlanCharts.portfolioMatrix(rows,
                Map.of(5L, new PortfolioScores(new BigDecimal("8.25"), new BigDecimal("6.5"))),
                Map.of(5L, new PortfolioScores(new BigDecimal("7"), new BigDecimal("3"))), Labels.ENGLISH)
                .getXYPlot();
        int epsilon = 4;
        assertEquals(6.5, plot.getDataset().getXValue(0, epsilon), 1e-9);
        assertEquals(8.25, plot.getDataset().getYValue(0, epsilon), 1e-9);
        MoveArrow arrow = plot.getAnnotations().stream().filter(MoveArrow.class::isInstance)
                .map(MoveArrow.class::cast).filter(a -> a.toX() == 6.5).findFirst().orElseThrow();
        assertEquals(3, arrow.fromX(), 1e-9);
        assertEquals(7, arrow.fromY(), 1e-9);
    }

    @Test
    void quadrantsAreNamedFromTheLabels() {
        JFreeChart chart = PlanCharts.portfolioMatrix(portfolio(), Labels.ENGLISH);
        List<String> texts = ((java.util.Collection<?>) ((org.jfree.chart.renderer.xy.AbstractXYItemRenderer) chart
                .getXYPlot().getRenderer()).getAnnotations()).stream()
                .filter(org.jfree.chart.annotations.XYTextAnnotation.class::isInstance)
                .map(a -> ((org.jfree.chart.annotations.XYTextAnnotation) a).getText()).toList();
        assertTrue(texts.containsAll(List.of("Strategic", "Star", "Status", "Streamline")), texts.toString());
    }

    @Test
    void everyChartExportsToPngSvgAndPdf() throws IOException {
        Map<String, JFreeChart> charts = Map.of("revenue", PlanCharts.planVsActual(vsActual(), Locale.UK,
                Labels.ENGLISH), "margin", PlanCharts.planVsActual(vsActual(), PlanCharts.Measure.MARGIN, Locale.UK,
                        Labels.ENGLISH), "portfolio", PlanCharts.portfolioMatrix(portfolio(), Labels.ENGLISH));
        for (Map.Entry<String, JFreeChart> e : charts.entrySet()) {
            Path png = dir.resolve(e.getKey() + ".png");
            Path svg = dir.resolve(e.getKey() + ".svg");
            Path pdf = dir.resolve(e.getKey() + ".pdf");
            DrawingExporter.export(PlanCharts.drawing(e.getValue()), 800, 500, png);
            DrawingExporter.export(PlanCharts.drawing(e.getValue()), 800, 500, svg);
            DrawingExporter.export(PlanCharts.drawing(e.getValue()), 800, 500, pdf);
            BufferedImage image = ImageIO.read(png.toFile());
            assertNotNull(image, e.getKey());
            assertEquals(1600, image.getWidth());
            String svgText = Files.readString(svg, StandardCharsets.UTF_8);
            assertTrue(svgText.contains("<svg"), e.getKey());
            try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
                assertEquals(1, document.getNumberOfPages(), e.getKey());
            }
        }
        assertTrue(Files.readString(dir.resolve("portfolio.svg"), StandardCharsets.UTF_8)
                .contains(ReportFixtures.CJK), "account names kept as SVG text");
    }

    private static PortfolioCell cell(double x, double y) {
        return PortfolioCell.of(BigDecimal.valueOf(y), BigDecimal.valueOf(x)).orElseThrow();
    }
}
