package keystone.plan.report.internal;

import java.awt.Color;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;

import keystone.plan.AccountPlan;
import keystone.plan.ObjectiveProgress;
import keystone.plan.Phase;
import keystone.plan.PlanVsActual;
import keystone.plan.RagStatus;
import keystone.plan.Swot;
import keystone.plan.report.PlanCharts;
import keystone.plan.report.ReportInput;
import keystone.plan.report.ReportLabels;
import keystone.plan.report.internal.ReportFonts.Style;
import keystone.plan.report.internal.Table.Cell;
import keystone.plan.report.internal.Table.Column;
import keystone.plan.report.internal.Table.Row;

/**
 * Writes the sections of a plan report in their order: cover, situation, SWOT, objectives, targets vs actual,
 * then (through {@link ReportTables}) actions, risks, opportunities, budget and the review log.
 */
public final class ReportSections {

    static final Color GREEN = new Color(0x2E, 0x7D, 0x32);
    static final Color AMBER = new Color(0xF2, 0xA9, 0x00);
    static final Color RED = new Color(0xC6, 0x28, 0x28);
    /** Two charts and both tables fit on one page. */
    private static final float CHART_HEIGHT = 198f;
    private static final float CHART_SCALE = 0.74f;
    private static final float KEY_WIDTH = 150f;

    private final ReportInput input;
    private final AccountPlan plan;
    private final ReportLabels labels;
    private final PageFlow flow;
    private final Formats formats;
    private final PdfBoxGraphics2DFontTextDrawer chartFonts;

    public ReportSections(ReportInput input, PageFlow flow, PdfBoxGraphics2DFontTextDrawer chartFonts) {
        this.input = input;
        this.plan = input.plan();
        this.labels = input.labels();
        this.flow = flow;
        this.formats = new Formats(input.locale());
        this.chartFonts = chartFonts;
    }

    /** All sections, each major one on a new page. */
    public void write() throws IOException {
        cover();
        flow.newPage();
        situation();
        flow.newPage();
        swot();
        flow.newPage();
        objectives();
        flow.newPage();
        targets();
        flow.newPage();
        new ReportTables(input, flow, formats).write();
    }

    /** The footer's left text: account and plan year. */
    public String footer() {
        String title = Texts.bind(labels.coverTitle(), String.valueOf(plan.year()));
        return input.accountName().isEmpty() ? title : input.accountName() + " \u00b7 " + title;
    }

    private void cover() throws IOException {
        flow.newPage();
        float pageWidth = flow.width() + 2 * PageFlow.MARGIN;
        flow.fill(0, flow.top() + PageFlow.MARGIN - 10, pageWidth, 10, PageFlow.ACCENT);
        flow.space(90);
        flow.paragraph(Texts.bind(labels.coverTitle(), String.valueOf(plan.year())), Style.BOLD, 15,
                PageFlow.ACCENT, 0);
        flow.space(10);
        flow.paragraph(input.accountName().isEmpty() ? Formats.NONE : input.accountName(), Style.BOLD, 26,
                PageFlow.TEXT, 0);
        flow.space(14);
        flow.rule(flow.y(), PageFlow.RULE, 0.8f);
        flow.space(16);
        keyValue(labels.owner(), input.owner().isEmpty() ? Formats.NONE : input.owner());
        keyValue(labels.date(), formats.date(input.date()));
        keyValue(labels.planState(), labels.state(plan.state()));
        keyValue(labels.completeness(), formats.percent(input.status().completeness() == null ? 0
                : input.status().completeness().score()));
        flow.space(36);
        PlanVsActual.YearFigures revenue = input.status().vsActual().revenue();
        figures(List.of(labels.revenueTarget(), labels.actualToDate(), labels.forecast()),
                List.of(formats.amount(revenue.target()), formats.amount(revenue.actualToDate()),
                        input.status().vsActual().phase() == Phase.NOT_STARTED ? Formats.NONE
                                : formats.amount(revenue.forecast())));
    }

    /** Headline figures side by side: a small grey label over a large value. */
    private void figures(List<String> names, List<String> values) throws IOException {
        float w = flow.width() / names.size();
        float top = flow.y();
        float lowest = top;
        for (int i = 0; i < names.size(); i++) {
            float x = flow.left() + i * w;
            flow.fill(x, top - 58, w - 10, 58, new Color(0xF3, 0xF6, 0xFA));
            float y = top - 10;
            for (PageFlow.Line line : flow.wrap(names.get(i), Style.REGULAR, 9, w - 30)) {
                flow.text(line.text(), x + 10, y, Style.REGULAR, 9, PageFlow.MUTED);
                y -= PageFlow.lineHeight(9);
            }
            flow.text(values.get(i), x + 10, y - 4, Style.BOLD, 16, PageFlow.TEXT);
            lowest = Math.min(lowest, y - 4 - PageFlow.lineHeight(16));
        }
        flow.moveTo(Math.min(lowest, top - 58) - 10);
    }

    private void keyValue(String key, String value) throws IOException {
        List<PageFlow.Line> keys = flow.wrap(key, Style.BOLD, PageFlow.BODY, KEY_WIDTH - 10);
        List<PageFlow.Line> values = flow.wrap(value.isEmpty() ? labels.none() : value, Style.REGULAR, PageFlow.BODY,
                flow.width() - KEY_WIDTH);
        float lh = PageFlow.lineHeight(PageFlow.BODY);
        int lines = Math.max(keys.size(), values.size());
        for (int i = 0; i < lines; i++) {
            flow.ensure(lh);
            if (i < keys.size()) {
                flow.text(keys.get(i).text(), flow.left(), flow.y(), Style.BOLD, PageFlow.BODY, PageFlow.MUTED);
            }
            if (i < values.size()) {
                flow.text(values.get(i).text(), flow.left() + KEY_WIDTH, flow.y(), Style.REGULAR, PageFlow.BODY,
                        value.isEmpty() ? PageFlow.MUTED : PageFlow.TEXT);
            }
            flow.space(lh);
        }
        flow.space(3);
    }

    private void situation() throws IOException {
        flow.heading(labels.situation(), 60);
        keyValue(labels.accountType(), input.situation().accountType());
        keyValue(labels.revenueTrend(), input.situation().revenueTrend());
        if (!input.situation().abcXyzCell().isEmpty()) {
            keyValue(labels.abcXyzCell(), input.situation().abcXyzCell());
        }
        flow.space(6);
        flow.subheading(labels.summary(), 30);
        if (plan.summary().isBlank()) {
            flow.paragraph(labels.none(), Style.REGULAR, PageFlow.BODY, PageFlow.MUTED, 0);
        } else {
            flow.paragraph(plan.summary(), Style.REGULAR, PageFlow.BODY, PageFlow.TEXT, 0);
        }
        flow.space(6);
        flow.subheading(labels.coverage(), 30);
        flow.bullets(input.situation().coverageFindings(), labels.none());
        flow.space(6);
        flow.subheading(labels.openRisks(), 30);
        flow.bullets(input.situation().openRisks(), labels.none());
    }

    private void swot() throws IOException {
        flow.heading(labels.swot(), 80);
        for (Swot.Perspective perspective : Swot.Perspective.values()) {
            Swot.Side side = plan.swot().side(perspective);
            flow.subheading(labels.swotSide(perspective), 60);
            quadrants(side, Swot.Quadrant.STRENGTHS, Swot.Quadrant.WEAKNESSES, 0);
            quadrants(side, Swot.Quadrant.OPPORTUNITIES, Swot.Quadrant.THREATS, 14);
        }
    }

    /** One row of the 2x2 SWOT grid. */
    private void quadrants(Swot.Side side, Swot.Quadrant left, Swot.Quadrant right, float after) throws IOException {
        new Table(List.of(new Column(labels.quadrant(left), 1, false, tint(left)),
                new Column(labels.quadrant(right), 1, false, tint(right))), PageFlow.BODY, labels.none())
                .spaceAfter(after)
                .add(Row.of(Cell.items(side.quadrant(left)), Cell.items(side.quadrant(right))))
                .draw(flow);
    }

    private static Color tint(Swot.Quadrant quadrant) {
        return switch (quadrant) {
            case STRENGTHS -> new Color(0xDF, 0xEF, 0xDF);
            case WEAKNESSES -> new Color(0xFB, 0xE4, 0xE1);
            case OPPORTUNITIES -> new Color(0xDF, 0xEA, 0xF7);
            case THREATS -> new Color(0xFC, 0xEE, 0xD6);
        };
    }

    private void objectives() throws IOException {
        flow.heading(labels.objectives(), 60);
        List<ObjectiveProgress> progress = input.status().objectives();
        if (progress.isEmpty()) {
            flow.paragraph(labels.none(), Style.REGULAR, PageFlow.BODY, PageFlow.MUTED, 0);
            return;
        }
        Table table = new Table(List.of(new Column(labels.objective(), 2.4f, false),
                new Column(labels.baseline(), 1.3f, true), new Column(labels.target(), 1.3f, true),
                new Column(labels.current(), 1.3f, true), new Column(labels.due(), 1.6f, false),
                new Column(labels.status(), 1.9f, false)), PageFlow.BODY, labels.none());
        for (ObjectiveProgress p : progress) {
            var o = p.objective();
            var unit = o.metric().unit();
            RagStatus rag = p.status();
            Cell status = rag == null ? Cell.of(labels.notRated()).bold(PageFlow.MUTED)
                    : Cell.of(labels.rag(rag)).withDot(rag(rag));
            table.add(Row.of(Cell.of(labels.objectiveName(o)).bold(PageFlow.TEXT),
                    Cell.of(formats.value(o.baseline(), unit)), Cell.of(formats.value(o.target(), unit)),
                    Cell.of(formats.value(p.current(), unit)), Cell.of(formats.date(o.due())), status));
        }
        table.draw(flow);
        if (!input.status().thinObjectives().isEmpty()) {
            List<String> names = new ArrayList<>();
            input.status().thinObjectives().forEach(o -> names.add(labels.objectiveName(o)));
            flow.paragraph(Texts.bind(labels.thinObjectives(), String.join(", ", names)), Style.REGULAR,
                    PageFlow.BODY, PageFlow.MUTED, 0);
        }
    }

    static Color rag(RagStatus status) {
        return switch (status) {
            case GREEN -> GREEN;
            case AMBER -> AMBER;
            case RED -> RED;
        };
    }

    private void targets() throws IOException {
        PlanVsActual v = input.status().vsActual();
        flow.heading(labels.targetsVsActual(), CHART_HEIGHT);
        for (PlanCharts.Measure measure : PlanCharts.Measure.values()) {
            flow.drawing(PlanCharts.drawing(PlanCharts.planVsActual(v, measure, input.locale(), labels.charts())),
                    CHART_HEIGHT, CHART_SCALE, chartFonts);
            flow.space(4);
        }
        Table quarters = new Table(List.of(new Column(labels.quarter(), 1, false),
                new Column(labels.revenueTarget(), 1.4f, true), new Column(labels.revenueActual(), 1.4f, true),
                new Column(labels.variance(), 1.3f, true), new Column(labels.marginTarget(), 1.4f, true),
                new Column(labels.marginActual(), 1.4f, true), new Column(labels.variance(), 1.3f, true)),
                PageFlow.BODY - 0.5f, labels.none());
        for (PlanVsActual.QuarterRow q : v.quarters()) {
            boolean started = q.phase() != Phase.NOT_STARTED;
            List<Cell> cells = new ArrayList<>();
            cells.add(Cell.of(labels.charts().quarter(q.quarter())).bold(PageFlow.TEXT));
            for (PlanVsActual.Measure m : List.of(q.revenue(), q.margin())) {
                cells.add(Cell.of(formats.amount(m.target())));
                cells.add(Cell.of(started ? formats.amount(m.actual()) : Formats.NONE));
                cells.add(variance(started ? m.variance() : null));
            }
            quarters.add(new Row(cells, null));
        }
        List<Cell> year = new ArrayList<>();
        year.add(Cell.of(labels.year()).bold(PageFlow.TEXT));
        for (PlanVsActual.YearFigures f : List.of(v.revenue(), v.margin())) {
            year.add(Cell.of(formats.amount(f.target())).bold(PageFlow.TEXT));
            year.add(Cell.of(formats.amount(f.actualToDate())).bold(PageFlow.TEXT));
            // while the year runs, actual against the whole year's target says nothing: see the variance to date
            year.add(variance(v.phase() == Phase.ENDED ? f.actualToDate().subtract(f.target()) : null));
        }
        quarters.add(new Row(year, new Color(0xF5, 0xF5, 0xF5)));
        quarters.draw(flow);

        var charts = labels.charts();
        Table figures = new Table(List.of(new Column("", 2, false),
                new Column(charts.measure(PlanCharts.Measure.REVENUE), 1.5f, true),
                new Column(charts.measure(PlanCharts.Measure.MARGIN), 1.5f, true)), PageFlow.BODY, labels.none());
        boolean started = v.phase() != Phase.NOT_STARTED;
        figures.add(Row.of(labels.targetToDate(), formats.amount(v.revenue().targetToDate()),
                formats.amount(v.margin().targetToDate())));
        figures.add(Row.of(labels.actualToDate(), formats.amount(v.revenue().actualToDate()),
                formats.amount(v.margin().actualToDate())));
        figures.add(Row.of(Cell.of(labels.varianceToDate()), variance(v.revenue().varianceToDate()),
                variance(v.margin().varianceToDate())));
        figures.add(Row.of(labels.forecast(), started ? formats.amount(v.revenue().forecast()) : Formats.NONE,
                started ? formats.amount(v.margin().forecast()) : Formats.NONE));
        figures.add(Row.of(Cell.of(labels.forecastVariance()),
                variance(started ? v.revenue().forecastVariance() : null),
                variance(started ? v.margin().forecastVariance() : null)));
        figures.draw(flow);
    }

    /** A variance: red when behind, green when ahead. */
    private Cell variance(BigDecimal value) {
        Cell cell = Cell.of(formats.amount(value));
        if (value == null || value.signum() == 0) {
            return cell;
        }
        return cell.bold(value.signum() < 0 ? RED : GREEN);
    }
}
