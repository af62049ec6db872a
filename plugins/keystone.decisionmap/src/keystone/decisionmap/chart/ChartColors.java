package keystone.decisionmap.chart;

import java.awt.Color;

import keystone.decisionmap.Stance;

/** The palette of the decision-maker chart, shared by the painter and a view's legend. */
public final class ChartColors {

    public static final Color CHAMPION = new Color(0x43A047);
    public static final Color SUPPORTER = new Color(0xAED581);
    public static final Color NEUTRAL = new Color(0xE0E0E0);
    public static final Color SCEPTIC = new Color(0xFFB74D);
    public static final Color OPPONENT = new Color(0xE57373);

    /** A person who has left: pale, whatever their stance. */
    public static final Color LEFT_FILL = new Color(0xF5F5F5);
    public static final Color LEFT_TEXT = new Color(0x9E9E9E);
    public static final Color LEFT_BORDER = new Color(0xBDBDBD);

    public static final Color TEXT = new Color(0x212121);
    public static final Color BORDER = new Color(0x424242);
    public static final Color SELECTION = new Color(0x1E88E5);
    public static final Color BADGE = new Color(0x37474F);
    public static final Color BADGE_TEXT = Color.WHITE;
    public static final Color REPORTING_LINE = new Color(0x616161);
    public static final Color INFLUENCE_LINE = new Color(0x6A1B9A);
    public static final Color MARKER = new Color(0x263238);
    public static final Color BACKGROUND = Color.WHITE;

    private ChartColors() {
    }

    public static Color of(Stance stance) {
        return switch (stance) {
            case CHAMPION -> CHAMPION;
            case SUPPORTER -> SUPPORTER;
            case NEUTRAL -> NEUTRAL;
            case SCEPTIC -> SCEPTIC;
            case OPPONENT -> OPPONENT;
        };
    }
}
