package keystone.abcxyz.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

import keystone.abcxyz.AbcClass;
import keystone.abcxyz.CellSummary;
import keystone.abcxyz.Classification;
import keystone.abcxyz.XyzClass;

/**
 * The 3x3 ABC-XYZ matrix as a heat map: each cell shaded by its share of value, with its count, value, share and
 * standard strategy; a click selects a cell.
 */
final class HeatMap {

    private static final RGB COLD = new RGB(246, 248, 252);
    private static final RGB HOT = new RGB(33, 102, 172);

    private final Canvas canvas;
    private final Font bold;
    private Classification classification;
    private AbcClass selectedAbc;
    private XyzClass selectedXyz;
    private final List<BiConsumer<AbcClass, XyzClass>> listeners = new ArrayList<>();

    HeatMap(Composite parent) {
        canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED);
        FontData data = canvas.getFont().getFontData()[0];
        bold = new Font(canvas.getDisplay(), data.getName(), data.getHeight() + 1, SWT.BOLD);
        canvas.addDisposeListener(e -> bold.dispose());
        canvas.addPaintListener(e -> paint(e.gc));
        canvas.addListener(SWT.MouseDown, e -> click(e.x, e.y));
        canvas.addListener(SWT.Resize, e -> canvas.redraw());
    }

    Canvas control() {
        return canvas;
    }

    void show(Classification shown) {
        classification = shown;
        canvas.redraw();
    }

    void onSelect(BiConsumer<AbcClass, XyzClass> listener) {
        listeners.add(listener);
    }

    /** The centre of a cell in canvas coordinates; for tests that click it. */
    Point cellCentre(AbcClass abc, XyzClass xyz) {
        Rectangle r = cellBounds(abc.ordinal(), xyz.ordinal());
        return new Point(r.x + r.width / 2, r.y + r.height / 2);
    }

    private Rectangle cellBounds(int row, int column) {
        Rectangle area = canvas.getClientArea();
        int header = 22;
        int width = (area.width - header) / 3;
        int height = (area.height - header) / 3;
        return new Rectangle(header + column * width, header + row * height, width - 2, height - 2);
    }

    private void click(int x, int y) {
        for (AbcClass abc : AbcClass.values()) {
            for (XyzClass xyz : XyzClass.values()) {
                if (cellBounds(abc.ordinal(), xyz.ordinal()).contains(x, y)) {
                    selectedAbc = abc;
                    selectedXyz = xyz;
                    canvas.redraw();
                    listeners.forEach(l -> l.accept(abc, xyz));
                    return;
                }
            }
        }
    }

    private void paint(GC gc) {
        gc.setAntialias(SWT.ON);
        gc.setTextAntialias(SWT.ON);
        gc.setFont(bold);
        for (XyzClass xyz : XyzClass.values()) {
            Rectangle r = cellBounds(0, xyz.ordinal());
            gc.drawText(xyz.name(), r.x + r.width / 2 - 4, 2, true);
        }
        for (AbcClass abc : AbcClass.values()) {
            Rectangle r = cellBounds(abc.ordinal(), 0);
            gc.drawText(abc.name(), 5, r.y + r.height / 2 - 8, true);
        }
        for (AbcClass abc : AbcClass.values()) {
            for (XyzClass xyz : XyzClass.values()) {
                paintCell(gc, abc, xyz, cellBounds(abc.ordinal(), xyz.ordinal()));
            }
        }
    }

    private void paintCell(GC gc, AbcClass abc, XyzClass xyz, Rectangle r) {
        CellSummary cell = classification == null ? null : classification.cell(abc, xyz);
        double share = cell == null ? 0 : Math.max(0, Math.min(1, cell.valueShare()));
        double heat = Math.sqrt(share); // small cells stay visible next to the dominant AX
        Color background = new Color(blend(COLD, HOT, heat));
        Color foreground = canvas.getDisplay().getSystemColor(heat > 0.45 ? SWT.COLOR_WHITE : SWT.COLOR_BLACK);
        gc.setBackground(background);
        gc.fillRoundRectangle(r.x, r.y, r.width, r.height, 8, 8);
        if (abc == selectedAbc && xyz == selectedXyz) {
            gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_DARK_YELLOW));
            gc.setLineWidth(3);
            gc.drawRoundRectangle(r.x + 1, r.y + 1, r.width - 3, r.height - 3, 8, 8);
            gc.setLineWidth(1);
        }
        gc.setForeground(foreground);
        gc.setFont(bold);
        int y = r.y + 6;
        gc.drawText(abc.name() + xyz.name(), r.x + 8, y, true);
        gc.setFont(canvas.getFont());
        if (cell != null) {
            String figures = cell.count() + "  ·  " + Format.money(cell.value()) + "  ·  " + Format.percent(share);
            gc.drawText(figures, r.x + 40, y + 2, true);
        }
        y += 24;
        for (String line : wrap(gc, Format.strategy(abc, xyz), r.width - 16)) {
            if (y + gc.getFontMetrics().getHeight() > r.y + r.height) {
                break;
            }
            gc.drawText(line, r.x + 8, y, true);
            y += gc.getFontMetrics().getHeight();
        }
    }

    private static List<String> wrap(GC gc, String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (gc.textExtent(candidate).x > width && !line.isEmpty()) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static RGB blend(RGB from, RGB to, double t) {
        return new RGB((int) (from.red + (to.red - from.red) * t), (int) (from.green + (to.green - from.green) * t),
                (int) (from.blue + (to.blue - from.blue) * t));
    }
}
