package keystone.decisionmap.chart;

import java.text.MessageFormat;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

import keystone.decisionmap.BuyingRole;

/** The chart's user-visible text, from {@code messages.properties} beside this class and its translations. */
final class ChartText {

    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("keystone.decisionmap.chart.messages",
            Locale.getDefault(), ChartText.class.getClassLoader());
    private static final Map<BuyingRole, String> BADGES = new EnumMap<>(BuyingRole.class);

    static {
        for (BuyingRole role : BuyingRole.values()) {
            BADGES.put(role, BUNDLE.getString("badge." + role.name()));
        }
    }

    private ChartText() {
    }

    /** The badge letters of a buying role, e.g. EB for the economic buyer. */
    static String badge(BuyingRole role) {
        return BADGES.get(role);
    }

    /** The second line of a box: the title, with the subsidiary when the person works for one. */
    static String titleLine(String title, String subsidiary) {
        if (subsidiary.isEmpty()) {
            return title;
        }
        if (title.isEmpty()) {
            return subsidiary;
        }
        return MessageFormat.format(BUNDLE.getString("titleAndSubsidiary"), title, subsidiary);
    }
}
