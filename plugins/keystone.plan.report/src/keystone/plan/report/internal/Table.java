package keystone.plan.report.internal;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import keystone.plan.report.internal.ReportFonts.Style;

/**
 * A table that flows over pages: columns share the body width by weight, cells wrap their text (or a bulleted
 * list), the header repeats on every page, a short table is kept on one page, a row moves to the next page whole
 * unless it is taller than a page, in which case it is split between lines.
 */
public final class Table {

    private static final float PAD = 4f;
    private static final float BULLET = 10f;
    private static final float DOT = 11f;
    private static final Color HEADER = new Color(0xEE, 0xF1, 0xF5);
    /** Tables up to this share of a page's body are not split over pages. */
    private static final float KEEP_TOGETHER = 0.4f;

    /** A column: its header, its share of the width, right-aligned (numbers) or not, and a header colour. */
    public record Column(String header, float weight, boolean right, Color fill) {
        public Column(String header, float weight, boolean right) {
            this(header, weight, right, null);
        }
    }

    /**
     * A cell: text (or bulleted {@code items} when not {@code null}), its weight and colour, and an optional traffic
     * light before the text.
     */
    public record Cell(String text, List<String> items, Style style, Color color, Color dot) {
        public static Cell of(String text) {
            return new Cell(text, null, Style.REGULAR, PageFlow.TEXT, null);
        }

        public static Cell items(List<String> items) {
            return new Cell("", items, Style.REGULAR, PageFlow.TEXT, null);
        }

        public Cell bold(Color newColor) {
            return new Cell(text, items, Style.BOLD, newColor, dot);
        }

        public Cell withDot(Color newDot) {
            return new Cell(text, items, style, color, newDot);
        }
    }

    /** A row; {@code fill} highlights it (or {@code null}). */
    public record Row(List<Cell> cells, Color fill) {
        public static Row of(Cell... cells) {
            return new Row(List.of(cells), null);
        }

        public static Row of(String... texts) {
            return new Row(java.util.Arrays.stream(texts).map(Cell::of).toList(), null);
        }

        public Row highlighted(Color newFill) {
            return new Row(cells, newFill);
        }
    }

    /** A line of a cell, {@code x} from the cell's inner left edge. */
    private record Placed(float x, String text, Style style, Color color, boolean bullet, Color dot) {
    }

    private final List<Column> columns;
    private final List<Row> rows = new ArrayList<>();
    private final float fontSize;
    private final String none;
    private float spaceAfter = 8;

    /** A table with the body font size; {@code none} is shown for a cell with an empty list. */
    public Table(List<Column> columns, float fontSize, String none) {
        this.columns = List.copyOf(columns);
        this.fontSize = fontSize;
        this.none = none;
    }

    /** The space left below the table; 0 makes the next table continue it as one grid. */
    public Table spaceAfter(float points) {
        spaceAfter = points;
        return this;
    }

    public Table add(Row row) {
        if (row.cells().size() != columns.size()) {
            throw new IllegalArgumentException("A row of " + columns.size() + " cells, not " + row.cells().size());
        }
        rows.add(row);
        return this;
    }

    public void draw(PageFlow flow) throws IOException {
        float[] widths = widths(flow.width());
        float lh = PageFlow.lineHeight(fontSize);
        List<List<Placed>> header = layout(flow, headerRow(), widths);
        float headerHeight = height(header, lh);
        List<List<List<Placed>>> laidOut = new ArrayList<>();
        float total = headerHeight;
        for (Row row : rows) {
            List<List<Placed>> cells = layout(flow, row, widths);
            laidOut.add(cells);
            total += height(cells, lh);
        }
        // a short table stays on one page; a long one starts where it is and flows
        flow.ensure(total <= flow.pageBody() * KEEP_TOGETHER ? total : headerHeight + lh + 2 * PAD);
        drawHeader(flow, header, widths, headerHeight, lh);
        for (int r = 0; r < rows.size(); r++) {
            Row row = rows.get(r);
            List<List<Placed>> cells = laidOut.get(r);
            float height = height(cells, lh);
            if (height > flow.remaining() && height <= flow.pageBody() - headerHeight) {
                flow.newPage();
                drawHeader(flow, header, widths, headerHeight, lh);
            }
            drawRow(flow, row, cells, widths, lh, header, headerHeight);
        }
        flow.space(spaceAfter);
    }

    private Row headerRow() {
        return new Row(columns.stream().map(c -> Cell.of(c.header()).bold(PageFlow.TEXT)).toList(), null);
    }

    private float[] widths(float total) {
        float sum = 0;
        for (Column c : columns) {
            sum += c.weight();
        }
        float[] widths = new float[columns.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = total * columns.get(i).weight() / sum;
        }
        return widths;
    }

    /** Every cell's lines, with their x offsets inside the cell. */
    private List<List<Placed>> layout(PageFlow flow, Row row, float[] widths) throws IOException {
        List<List<Placed>> cells = new ArrayList<>();
        for (int i = 0; i < widths.length; i++) {
            Cell cell = row.cells().get(i);
            float inner = widths[i] - 2 * PAD;
            List<Placed> lines = new ArrayList<>();
            if (cell.items() != null) {
                if (cell.items().isEmpty()) {
                    lines.add(new Placed(0, none, Style.REGULAR, PageFlow.MUTED, false, null));
                }
                for (String item : cell.items()) {
                    boolean first = true;
                    for (PageFlow.Line line : flow.wrap(item, cell.style(), fontSize, inner - BULLET)) {
                        lines.add(new Placed(BULLET, line.text(), cell.style(), cell.color(), first, null));
                        first = false;
                    }
                }
            } else {
                float indent = cell.dot() != null ? DOT : 0;
                boolean first = true;
                for (PageFlow.Line line : flow.wrap(cell.text(), cell.style(), fontSize, inner - indent)) {
                    float offset = columns.get(i).right() ? inner - line.width() : indent;
                    lines.add(new Placed(offset, line.text(), cell.style(), cell.color(), false,
                            first ? cell.dot() : null));
                    first = false;
                }
            }
            cells.add(lines);
        }
        return cells;
    }

    private static float height(List<List<Placed>> cells, float lh) {
        int max = 1;
        for (List<Placed> c : cells) {
            max = Math.max(max, c.size());
        }
        return max * lh + 2 * PAD;
    }

    private void drawHeader(PageFlow flow, List<List<Placed>> cells, float[] widths, float height, float lh)
            throws IOException {
        float x = flow.left();
        for (int i = 0; i < widths.length; i++) {
            Color fill = columns.get(i).fill() != null ? columns.get(i).fill() : HEADER;
            flow.fill(x, flow.y() - height, widths[i], height, fill);
            x += widths[i];
        }
        drawLines(flow, cells, widths, 0, Integer.MAX_VALUE, lh);
        flow.space(height);
    }

    /** Draws a row, continuing it on further pages (under a repeated header) where it does not fit. */
    private void drawRow(PageFlow flow, Row row, List<List<Placed>> cells, float[] widths, float lh,
            List<List<Placed>> header, float headerHeight) throws IOException {
        int total = (int) ((height(cells, lh) - 2 * PAD) / lh + 0.5f);
        int from = 0;
        while (from < total) {
            int fit = (int) ((flow.remaining() - 2 * PAD) / lh);
            if (fit < 1) {
                flow.newPage();
                drawHeader(flow, header, widths, headerHeight, lh);
                continue;
            }
            int to = Math.min(total, from + fit);
            float height = (to - from) * lh + 2 * PAD;
            if (row.fill() != null) {
                flow.fill(flow.left(), flow.y() - height, flow.width(), height, row.fill());
            }
            drawLines(flow, cells, widths, from, to, lh);
            flow.space(height);
            flow.rule(flow.y(), PageFlow.RULE, 0.5f);
            from = to;
        }
    }

    private void drawLines(PageFlow flow, List<List<Placed>> cells, float[] widths, int from, int to,
            float lh) throws IOException {
        float x = flow.left();
        for (int i = 0; i < widths.length; i++) {
            List<Placed> lines = cells.get(i);
            float top = flow.y() - PAD;
            for (int l = from; l < Math.min(to, lines.size()); l++) {
                Placed p = lines.get(l);
                float left = x + PAD + p.x();
                if (p.bullet()) {
                    flow.text("\u2022", x + PAD, top, Style.REGULAR, fontSize, PageFlow.ACCENT);
                }
                if (p.dot() != null) {
                    flow.dot(x + PAD + 4, top - lh / 2 + 1, 3.8f, p.dot());
                }
                flow.text(p.text(), left, top, p.style(), fontSize, p.color());
                top -= lh;
            }
            x += widths[i];
        }
    }
}
