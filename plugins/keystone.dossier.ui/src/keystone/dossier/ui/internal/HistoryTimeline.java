package keystone.dossier.ui.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.IntConsumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

import keystone.dossier.Complaint;
import keystone.dossier.HistoryEvent;
import keystone.dossier.Tender;
import keystone.dossier.TenderOutcome;

/**
 * The History page's timeline: one lane per kind of event, a dot per event shown, years marked along the axis.
 * Won tenders are green, lost ones red; open complaints are hollow. Clicking a dot selects its event.
 */
final class HistoryTimeline extends Canvas {

    static final int HEIGHT = 4 * 16 + 26;
    private static final int LANE = 16;
    private static final int LEFT = 110;
    private static final int RIGHT = 12;
    private static final int DOT = 8;

    private final IntConsumer onSelect;
    private final Color[] kindColours;
    private final Color won;
    private final Color lost;
    private List<HistoryEvent> all = List.of();
    private List<Integer> shown = List.of();
    private int selected = -1;
    private LocalDate start = LocalDate.now().minusYears(1);
    private LocalDate end = LocalDate.now();

    HistoryTimeline(Composite parent, IntConsumer onSelect) {
        super(parent, SWT.DOUBLE_BUFFERED);
        this.onSelect = onSelect;
        setData(keystone.ui.WidgetIds.KEY, "history.timeline");
        kindColours = new Color[] {new Color(new RGB(52, 101, 164)), new Color(new RGB(193, 125, 17)),
            new Color(new RGB(117, 80, 123)), new Color(new RGB(6, 152, 154))};
        won = new Color(new RGB(78, 154, 6));
        lost = new Color(new RGB(204, 0, 0));
        addPaintListener(e -> paint(e.gc));
        addListener(SWT.MouseDown, e -> {
            int hit = eventAt(e.x, e.y);
            if (hit >= 0) {
                onSelect.accept(hit);
            }
        });
    }

    /** Shows {@code shown} (indices into {@code events}) over the period, or over the events' span when open. */
    void show(List<HistoryEvent> events, List<Integer> shownIndices, int selectedIndex, LocalDate from, LocalDate to,
            LocalDate today) {
        all = events;
        shown = shownIndices;
        selected = selectedIndex;
        LocalDate first = null;
        LocalDate last = null;
        for (int i : shownIndices) {
            LocalDate d = events.get(i).date();
            first = first == null || d.isBefore(first) ? d : first;
            last = last == null || d.isAfter(last) ? d : last;
        }
        start = from != null ? from : first != null ? first.withDayOfYear(1) : today.minusYears(1);
        end = to != null ? to : last != null && last.isAfter(today) ? last : today;
        if (!end.isAfter(start)) {
            end = start.plusDays(1);
        }
        setToolTipText(null);
        redraw();
    }

    private int x(LocalDate date, int width) {
        long span = ChronoUnit.DAYS.between(start, end);
        long at = ChronoUnit.DAYS.between(start, date);
        return LEFT + (int) ((width - LEFT - RIGHT) * at / Math.max(1, span));
    }

    private static int y(HistoryEvent e) {
        return 4 + e.kind().ordinal() * LANE + LANE / 2;
    }

    private void paint(GC gc) {
        Rectangle area = getClientArea();
        gc.setAntialias(SWT.ON);
        gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_WIDGET_NORMAL_SHADOW));
        int axis = 4 + 4 * LANE + 2;
        gc.drawLine(LEFT, axis, area.width - RIGHT, axis);
        for (HistoryEvent.Kind kind : HistoryEvent.Kind.values()) {
            gc.setForeground(kindColours[kind.ordinal()]);
            Point extent = gc.textExtent(Events.label(kind));
            gc.drawText(Events.label(kind), Math.max(2, LEFT - 8 - extent.x), 4 + kind.ordinal() * LANE + (LANE - extent.y) / 2,
                    true);
        }
        gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_WIDGET_DARK_SHADOW));
        for (int year = start.getYear() + 1; year <= end.getYear(); year++) {
            int x = x(LocalDate.of(year, 1, 1), area.width);
            gc.drawLine(x, axis - 3, x, axis + 3);
            gc.drawText(Integer.toString(year), x + 2, axis + 2, true);
        }
        for (int i : shown) {
            HistoryEvent e = all.get(i);
            if (e.date().isBefore(start) || e.date().isAfter(end)) {
                continue;
            }
            Color colour = e instanceof Tender t && t.outcome() == TenderOutcome.WON ? won
                    : e instanceof Tender t && t.outcome() == TenderOutcome.LOST ? lost : kindColours[e.kind().ordinal()];
            int x = x(e.date(), area.width);
            int y = y(e);
            int size = i == selected ? DOT + 4 : DOT;
            gc.setBackground(colour);
            gc.setForeground(colour);
            if (e instanceof Complaint c && !c.resolved()) {
                gc.setLineWidth(2);
                gc.drawOval(x - size / 2, y - size / 2, size, size);
                gc.setLineWidth(1);
            } else {
                gc.fillOval(x - size / 2, y - size / 2, size, size);
            }
            if (i == selected) {
                gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_BLACK));
                gc.drawOval(x - size / 2 - 1, y - size / 2 - 1, size + 2, size + 2);
            }
        }
    }

    /** The index of the event whose dot is at (x, y), the nearest one in its lane; -1 when none is within reach. */
    int eventAt(int px, int py) {
        int width = getClientArea().width;
        int best = -1;
        int bestDistance = DOT;
        for (int i : shown) {
            HistoryEvent e = all.get(i);
            if (Math.abs(y(e) - py) <= LANE / 2) {
                int distance = Math.abs(x(e.date(), width) - px);
                if (distance <= bestDistance) {
                    best = i;
                    bestDistance = distance;
                }
            }
        }
        return best;
    }

    @Override
    public Point computeSize(int wHint, int hHint, boolean changed) {
        return new Point(wHint == SWT.DEFAULT ? 400 : wHint, HEIGHT);
    }
}
