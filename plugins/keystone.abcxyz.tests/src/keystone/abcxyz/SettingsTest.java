package keystone.abcxyz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.YearMonth;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Settings: the standard values and the validation of window and cut-offs.
 */
class SettingsTest {

    private static final YearMonth MONTH = YearMonth.of(2025, 6);

    @Test
    void defaultsAreTheLastTwentyFourMonthsWithStandardCutOffs() {
        Settings s = Settings.defaults(MONTH);
        assertEquals(new Settings(YearMonth.of(2023, 7), MONTH, Measure.REVENUE, 0.80, 0.95, 0.5, 1.0, 6), s);
        assertEquals(24, s.months());
    }

    @Test
    void oneMonthWindowIsAllowed() {
        assertEquals(1, Settings.defaults(MONTH).withWindow(MONTH, MONTH).months());
    }

    @Test
    void windowMustNotEndBeforeItStarts() {
        assertThrows(IllegalArgumentException.class, () -> Settings.defaults(MONTH).withWindow(MONTH, MONTH.minusMonths(1)));
    }

    @ParameterizedTest
    @CsvSource({"0, 0.95", "-0.1, 0.95", "0.8, 0.8", "0.9, 0.8", "0.8, 1.01", "NaN, 0.95", "0.8, NaN"})
    void abcCutOffsMustRiseWithinZeroToOne(double a, double b) {
        assertThrows(IllegalArgumentException.class, () -> Settings.defaults(MONTH).withAbcCuts(a, b));
    }

    @ParameterizedTest
    @CsvSource({"-0.1, 1.0", "1.0, 1.0", "1.5, 1.0", "NaN, 1.0", "0.5, Infinity"})
    void xyzCutOffsMustRiseFromZero(double x, double y) {
        assertThrows(IllegalArgumentException.class, () -> Settings.defaults(MONTH).withXyzCuts(x, y));
    }

    @Test
    void extremeButValidCutOffsAreAccepted() {
        Settings s = Settings.defaults(MONTH).withAbcCuts(0.01, 1.0).withXyzCuts(0, 10);
        assertEquals(1.0, s.bCut());
        assertEquals(0.0, s.xCut());
    }

    @Test
    void recentPeriodIsAtLeastOneMonth() {
        assertThrows(IllegalArgumentException.class, () -> Settings.defaults(MONTH).withRecentMonths(0));
    }
}
