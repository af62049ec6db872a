package keystone.plan.report.internal;

import java.awt.Color;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;

import keystone.plan.AccountPlan;
import keystone.plan.BudgetLine;
import keystone.plan.Opportunity;
import keystone.plan.PlanAction;
import keystone.plan.Review;
import keystone.plan.Risk;
import keystone.plan.RiskLevel;
import keystone.plan.report.ReportInput;
import keystone.plan.report.ReportLabels;
import keystone.plan.report.internal.ReportFonts.Style;
import keystone.plan.report.internal.Table.Cell;
import keystone.plan.report.internal.Table.Column;
import keystone.plan.report.internal.Table.Row;

/**
 * The list sections of a plan report, flowing one after the other: actions (overdue ones highlighted), risks,
 * and - when the plan has them - opportunities, budget and the review log.
 */
final class ReportTables {

    private static final Color OVERDUE = new Color(0xFD, 0xEC, 0xEA);
    private static final Color TOTAL = new Color(0xF5, 0xF5, 0xF5);

    private final ReportInput input;
    private final AccountPlan plan;
    private final ReportLabels labels;
    private final PageFlow flow;
    private final Formats formats;

    ReportTables(ReportInput input, PageFlow flow, Formats formats) {
        this.input = input;
        this.plan = input.plan();
        this.labels = input.labels();
        this.flow = flow;
        this.formats = formats;
    }

    void write() throws IOException {
        actions();
        risks();
        if (!plan.opportunities().isEmpty()) {
            opportunities();
        }
        if (!plan.budget().isEmpty()) {
            budget();
        }
        if (!plan.reviews().isEmpty()) {
            reviews();
        }
    }

    private void actions() throws IOException {
        flow.heading(labels.actions(), 50);
        if (plan.actions().isEmpty()) {
            none();
            return;
        }
        Table table = new Table(List.of(new Column(labels.action(), 3.2f, false),
                new Column(labels.objective(), 1.8f, false), new Column(labels.owner(), 1.5f, false),
                new Column(labels.due(), 1.4f, false), new Column(labels.status(), 1.2f, false)), PageFlow.BODY,
                labels.none());
        for (PlanAction a : plan.actions()) {
            String objective = a.objectiveId() == null ? Formats.NONE
                    : plan.objective(a.objectiveId()).map(labels::objectiveName).orElse(Formats.NONE);
            boolean overdue = a.overdue(input.date());
            Cell due = overdue ? Cell.of(formats.date(a.due()) + "\n" + labels.overdue()).bold(ReportSections.RED)
                    : Cell.of(formats.date(a.due()));
            Row row = Row.of(Cell.of(a.text()), Cell.of(objective), Cell.of(a.owner()), due,
                    Cell.of(labels.actionStatus(a.status())));
            table.add(overdue ? row.highlighted(OVERDUE) : row);
        }
        table.draw(flow);
    }

    private void risks() throws IOException {
        flow.space(10);
        flow.heading(labels.risks(), 50);
        if (plan.risks().isEmpty()) {
            none();
            return;
        }
        Table table = new Table(List.of(new Column(labels.risk(), 3f, false),
                new Column(labels.probability(), 1.35f, false), new Column(labels.impact(), 1.1f, false),
                new Column(labels.mitigation(), 3f, false)), PageFlow.BODY, labels.none());
        for (Risk r : plan.risks()) {
            table.add(Row.of(Cell.of(r.text()), level(r.probability()), level(r.impact()), Cell.of(r.mitigation())));
        }
        table.draw(flow);
    }

    private Cell level(RiskLevel level) {
        Cell cell = Cell.of(labels.riskLevel(level));
        return switch (level) {
            case HIGH -> cell.bold(ReportSections.RED);
            case MEDIUM -> cell.bold(new Color(0xB2, 0x6A, 0x00));
            case LOW -> cell;
        };
    }

    private void opportunities() throws IOException {
        flow.space(10);
        flow.heading(labels.opportunities(), 50);
        Table table = new Table(List.of(new Column(labels.opportunity(), 2.4f, false),
                new Column(labels.stage(), 1.9f, false), new Column(labels.value(), 1.3f, true),
                new Column(labels.probability(), 1.5f, true), new Column(labels.expectedClose(), 1.5f, false),
                new Column(labels.weighted(), 1.3f, true)), PageFlow.BODY, labels.none());
        BigDecimal value = BigDecimal.ZERO;
        BigDecimal weighted = BigDecimal.ZERO;
        for (Opportunity o : plan.opportunities()) {
            table.add(Row.of(o.name(), labels.salesStage(o.stage()), formats.amount(o.value()),
                    formats.percent(o.probability()), formats.date(o.expectedClose()),
                    formats.amount(o.weightedValue())));
            value = o.value() == null ? value : value.add(o.value());
            weighted = weighted.add(o.weightedValue());
        }
        table.add(Row.of(Cell.of(labels.total()).bold(PageFlow.TEXT), Cell.of(""),
                Cell.of(formats.amount(value)).bold(PageFlow.TEXT), Cell.of(""), Cell.of(""),
                Cell.of(formats.amount(weighted)).bold(PageFlow.TEXT)).highlighted(TOTAL));
        table.draw(flow);
    }

    private void budget() throws IOException {
        flow.space(10);
        flow.heading(labels.budget(), 50);
        Table table = new Table(List.of(new Column(labels.item(), 4f, false), new Column(labels.amount(), 1.5f, true)),
                PageFlow.BODY, labels.none());
        BigDecimal total = BigDecimal.ZERO;
        for (BudgetLine b : plan.budget()) {
            table.add(Row.of(b.item(), formats.amount(b.amount())));
            total = b.amount() == null ? total : total.add(b.amount());
        }
        table.add(Row.of(Cell.of(labels.total()).bold(PageFlow.TEXT), Cell.of(formats.amount(total)).bold(PageFlow.TEXT))
                .highlighted(TOTAL));
        table.draw(flow);
    }

    private void reviews() throws IOException {
        flow.space(10);
        flow.heading(labels.reviews(), 50);
        Table table = new Table(List.of(new Column(labels.date(), 1.3f, false),
                new Column(labels.reviewedBy(), 1.7f, false), new Column(labels.notes(), 5f, false)), PageFlow.BODY,
                labels.none());
        for (Review r : plan.reviews()) {
            table.add(Row.of(formats.date(r.date()), r.author(), r.notes()));
        }
        table.draw(flow);
    }

    private void none() throws IOException {
        flow.paragraph(labels.none(), Style.REGULAR, PageFlow.BODY, PageFlow.MUTED, 0);
    }
}
