package keystone.decisionmap.chart;

import java.awt.Color;
import java.util.Objects;
import java.util.OptionalLong;

import keystone.decisionmap.Person;

/**
 * How the chart is painted: meeting-safe or not, which person is selected, and how much detail.
 *
 * <p><b>Meeting-safe</b> is for showing the chart to the customer: every active person in the neutral colour (no
 * stance), no note markers or influence notes, no relationship-strength dots. Names, titles, buying roles, lines
 * and the grey of people who left stay. A view must also keep notes out of its tooltips in this mode.</p>
 *
 * @param detail {@link Detail#AUTO} chooses by the zoom the painter finds in its graphics' transform
 */
public record ChartStyle(boolean meetingSafe, OptionalLong selection, Detail detail) {

    /** How much a box shows; less when zoomed out, so that thousands of boxes paint quickly and stay readable. */
    public enum Detail {
        AUTO,
        /** Coloured boxes only, plain thin lines: overviews. */
        BOXES,
        /** Boxes with border and name. */
        NAMES,
        /** Everything: name, title, badges, markers, arrowheads, dash patterns. */
        FULL
    }

    /** Below this zoom (device pixels per chart unit) boxes are shown without text. */
    public static final double NAMES_FROM = 0.4;
    /** From this zoom on everything is shown. */
    public static final double FULL_FROM = 0.7;

    public static final ChartStyle NORMAL = new ChartStyle(false, OptionalLong.empty(), Detail.AUTO);

    public ChartStyle {
        selection = selection == null ? OptionalLong.empty() : selection;
        detail = Objects.requireNonNullElse(detail, Detail.AUTO);
    }

    public ChartStyle withMeetingSafe(boolean safe) {
        return new ChartStyle(safe, selection, detail);
    }

    public ChartStyle withSelection(long personId) {
        return new ChartStyle(meetingSafe, OptionalLong.of(personId), detail);
    }

    public ChartStyle withoutSelection() {
        return new ChartStyle(meetingSafe, OptionalLong.empty(), detail);
    }

    public ChartStyle withDetail(Detail newDetail) {
        return new ChartStyle(meetingSafe, selection, newDetail);
    }

    public boolean selected(long personId) {
        return selection.isPresent() && selection.getAsLong() == personId;
    }

    /** The detail to paint at {@code scale} device pixels per chart unit. */
    public Detail detailAt(double scale) {
        if (detail != Detail.AUTO) {
            return detail;
        }
        return scale < NAMES_FROM ? Detail.BOXES : scale < FULL_FROM ? Detail.NAMES : Detail.FULL;
    }

    /** The fill of the person's box: grey when they left, neutral when meeting-safe, else their stance's colour. */
    public Color fillOf(Person person) {
        if (person.left()) {
            return ChartColors.LEFT_FILL;
        }
        return meetingSafe ? ChartColors.NEUTRAL : ChartColors.of(person.stance());
    }
}
