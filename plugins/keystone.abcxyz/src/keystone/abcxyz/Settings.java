package keystone.abcxyz;

import java.time.YearMonth;
import java.util.Objects;

import org.eclipse.osgi.util.NLS;

import keystone.abcxyz.internal.Messages;

/**
 * The settings of one ABC-XYZ classification: analysis window, measure, cut-offs and the length of the recent
 * period behind the new and lapsed flags.
 *
 * @param from         first month of the window (inclusive)
 * @param to           last month of the window (inclusive)
 * @param measure      the value customers are ranked by
 * @param aCut         share of the total below which the customers ranked before one make it A (0.80)
 * @param bCut         the same for B (0.95)
 * @param xCut         highest coefficient of variation of an X customer (0.5)
 * @param yCut         highest coefficient of variation of a Y customer (1.0)
 * @param recentMonths length of the recent period at the end of the window (6)
 */
public record Settings(YearMonth from, YearMonth to, Measure measure, double aCut, double bCut, double xCut,
        double yCut, int recentMonths) {

    public static final int DEFAULT_WINDOW_MONTHS = 24;
    public static final double DEFAULT_A_CUT = 0.80;
    public static final double DEFAULT_B_CUT = 0.95;
    public static final double DEFAULT_X_CUT = 0.5;
    public static final double DEFAULT_Y_CUT = 1.0;
    public static final int DEFAULT_RECENT_MONTHS = 6;

    public Settings {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(measure, "measure");
        if (from.isAfter(to)) {
            throw new IllegalArgumentException(NLS.bind(Messages.Settings_windowReversed, from, to));
        }
        // Written so that NaN fails every check.
        if (!(0 < aCut && aCut < bCut && bCut <= 1)) {
            throw new IllegalArgumentException(NLS.bind(Messages.Settings_abcCuts, String.valueOf(aCut),
                    String.valueOf(bCut)));
        }
        if (!(0 <= xCut && xCut < yCut && Double.isFinite(yCut))) {
            throw new IllegalArgumentException(NLS.bind(Messages.Settings_xyzCuts, String.valueOf(xCut),
                    String.valueOf(yCut)));
        }
        if (recentMonths < 1) {
            throw new IllegalArgumentException(NLS.bind(Messages.Settings_recentMonths, String.valueOf(recentMonths)));
        }
    }

    /** The standard settings: the {@value #DEFAULT_WINDOW_MONTHS} months ending with {@code lastFullMonth}. */
    public static Settings defaults(YearMonth lastFullMonth) {
        return new Settings(lastFullMonth.minusMonths(DEFAULT_WINDOW_MONTHS - 1L), lastFullMonth, Measure.REVENUE,
                DEFAULT_A_CUT, DEFAULT_B_CUT, DEFAULT_X_CUT, DEFAULT_Y_CUT, DEFAULT_RECENT_MONTHS);
    }

    /** Number of months in the window. */
    public int months() {
        return (int) (to.getYear() * 12L + to.getMonthValue() - from.getYear() * 12L - from.getMonthValue()) + 1;
    }

    public Settings withWindow(YearMonth newFrom, YearMonth newTo) {
        return new Settings(newFrom, newTo, measure, aCut, bCut, xCut, yCut, recentMonths);
    }

    public Settings withMeasure(Measure newMeasure) {
        return new Settings(from, to, newMeasure, aCut, bCut, xCut, yCut, recentMonths);
    }

    public Settings withAbcCuts(double newA, double newB) {
        return new Settings(from, to, measure, newA, newB, xCut, yCut, recentMonths);
    }

    public Settings withXyzCuts(double newX, double newY) {
        return new Settings(from, to, measure, aCut, bCut, newX, newY, recentMonths);
    }

    public Settings withRecentMonths(int newRecentMonths) {
        return new Settings(from, to, measure, aCut, bCut, xCut, yCut, newRecentMonths);
    }
}
