package keystone.abcxyz.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

import keystone.abcxyz.AbcClass;
import keystone.abcxyz.Classification;
import keystone.abcxyz.CustomerResult;
import keystone.abcxyz.Measure;
import keystone.abcxyz.Settings;
import keystone.abcxyz.XyzClass;

/**
 * The ABC-XYZ rules of the domain brief at each of their boundaries, on small hand-made cubes.
 */
class AbcXyzEngineTest {

    private static final YearMonth JAN = YearMonth.of(2024, 1);
    private static final YearMonth APR = YearMonth.of(2024, 4);
    /** A four-month window with the standard cut-offs. */
    private static final Settings FOUR_MONTHS = new Settings(JAN, APR, Measure.REVENUE, 0.80, 0.95, 0.5, 1.0, 6);

    /** Each customer buys {@code value} once, in January. */
    private static Classification classifyOnce(Object... idsAndValues) {
        SalesCube.Builder cube = SalesCube.builder();
        for (int i = 0; i < idsAndValues.length; i += 2) {
            cube.sale((String) idsAndValues[i], JAN, ((Number) idsAndValues[i + 1]).doubleValue());
        }
        return new AbcXyzEngine(cube.build()).classify(FOUR_MONTHS);
    }

    /** A customer buying {@code monthly[i]} in month i of the four-month window. */
    private static CustomerResult series(double... monthly) {
        SalesCube.Builder cube = SalesCube.builder();
        for (int m = 0; m < monthly.length; m++) {
            if (monthly[m] != 0) {
                cube.sale("C1", JAN.plusMonths(m), monthly[m]);
            }
        }
        // A second customer keeps the cube spanning the whole window even when C1 stops early.
        cube.sale("C2", JAN, 1).sale("C2", APR, 1);
        return new AbcXyzEngine(cube.build()).classify(FOUR_MONTHS).customer("C1").orElseThrow();
    }

    private static AbcClass abc(Classification c, String id) {
        return c.customer(id).orElseThrow().abc();
    }

    private static List<String> ranking(Classification c) {
        return c.results().stream().map(CustomerResult::customerId).toList();
    }

    @Test
    void customerWithExactlyEightyPercentBeforeItIsB() {
        Classification c = classifyOnce("C1", 40, "C2", 40, "C3", 20);
        assertEquals(0.8, c.customer("C3").orElseThrow().shareBefore());
        assertEquals(AbcClass.B, abc(c, "C3"));
    }

    @Test
    void customerWithJustUnderEightyPercentBeforeItIsA() {
        Classification c = classifyOnce("C1", 40, "C2", 39.99, "C3", 20.01);
        assertEquals(AbcClass.A, abc(c, "C3"));
    }

    @Test
    void customerThatCrossesEightyPercentIsStillA() {
        Classification c = classifyOnce("C1", 70, "C2", 20, "C3", 10);
        CustomerResult crossing = c.customer("C2").orElseThrow();
        assertEquals(0.7, crossing.shareBefore(), 1e-12);
        assertEquals(0.9, crossing.cumulativeShare(), 1e-12);
        assertEquals(AbcClass.A, crossing.abc());
        assertEquals(AbcClass.B, abc(c, "C3"), "90 % before it");
    }

    @Test
    void eightyPercentOfDecimalAmountsIsExactWhereDoublesAreNot() {
        // In doubles 0.7 + 0.1 is 0.7999999999999999, which would make C3 an A.
        Classification c = classifyOnce("C1", 0.7, "C2", 0.1, "C3", 0.1, "C4", 0.1);
        assertEquals(List.of("C1", "C2", "C3", "C4"), ranking(c));
        assertEquals(AbcClass.A, abc(c, "C2"));
        assertEquals(AbcClass.B, abc(c, "C3"));
        assertEquals(AbcClass.B, abc(c, "C4"), "90 % before it");
    }

    @Test
    void crossingOfNinetyFivePercent() {
        Classification exactly = classifyOnce("C1", 80, "C2", 15, "C3", 5);
        assertEquals(AbcClass.A, abc(exactly, "C1"));
        assertEquals(AbcClass.B, abc(exactly, "C2"));
        assertEquals(AbcClass.C, abc(exactly, "C3"), "exactly 95 % before it");

        Classification under = classifyOnce("C1", 80, "C2", 14.99, "C3", 5.01);
        assertEquals(AbcClass.B, abc(under, "C3"), "94.99 % before it");

        Classification crossing = classifyOnce("C1", 90, "C2", 6, "C3", 4);
        assertEquals(AbcClass.B, abc(crossing, "C2"), "crosses 95 % from 90 %");
        assertEquals(AbcClass.C, abc(crossing, "C3"));
    }

    @Test
    void tiesAreRankedByCustomerIdAscending() {
        Classification c = classifyOnce("B", 40, "A", 40, "C", 20, "D7", 5, "D10", 5);
        assertEquals(List.of("A", "B", "C", "D10", "D7"), ranking(c));
        assertEquals(List.of(1, 2, 3, 4, 5), c.results().stream().map(CustomerResult::rank).toList());
        // B comes second although it is worth as much as A, so it has 40 % of 110 before it.
        assertEquals(40.0 / 110, c.customer("B").orElseThrow().shareBefore(), 1e-12);
    }

    @Test
    void zeroAndNegativeTotalsAreCAndZAndStillTakePart() {
        SalesCube cube = SalesCube.builder()
                .sale("POS", JAN, 100)
                .sale("ZERO", JAN, 50).sale("ZERO", APR, -50)
                .sale("NEG", JAN, -10)
                .build();
        Classification c = new AbcXyzEngine(cube).classify(FOUR_MONTHS);
        assertEquals(List.of("POS", "ZERO", "NEG"), ranking(c));
        assertEquals(90.0, c.totalValue(), "the negative customer counts in the total");
        for (String id : List.of("ZERO", "NEG")) {
            CustomerResult r = c.customer(id).orElseThrow();
            assertEquals(AbcClass.C, r.abc(), id);
            assertEquals(XyzClass.Z, r.xyz(), id);
            assertTrue(Double.isNaN(r.cv()), id + ": no CV for a mean <= 0");
        }
        assertEquals(AbcClass.A, abc(c, "POS"));
        assertEquals(1.0, c.results().get(2).cumulativeShare(), 1e-12);
    }

    @Test
    void customerWhoseLinesCancelOutInOneMonthTakesPart() {
        SalesCube cube = SalesCube.builder().sale("C1", JAN, 100).sale("C1", JAN, -100).sale("C2", JAN, 5).build();
        CustomerResult r = new AbcXyzEngine(cube).classify(FOUR_MONTHS).customer("C1").orElseThrow();
        assertEquals(0.0, r.value());
        assertEquals(AbcClass.C, r.abc());
        assertEquals(XyzClass.Z, r.xyz());
    }

    @Test
    void noPositiveTotalMakesEveryoneC() {
        Classification c = classifyOnce("C1", 10, "C2", -30);
        assertEquals(-20.0, c.totalValue());
        assertTrue(c.results().stream().allMatch(r -> r.abc() == AbcClass.C));
        assertTrue(c.results().stream().allMatch(r -> r.shareBefore() == 0 && r.cumulativeShare() == 0));
    }

    @Test
    void monthsWithoutSalesCountAsZeroInTheCv() {
        CustomerResult alternating = series(100, 0, 100, 0);
        assertEquals(1.0, alternating.cv(), 1e-12);
        assertEquals(XyzClass.Y, alternating.xyz(), "CV exactly 1.0");

        CustomerResult once = series(100, 0, 0, 0);
        assertEquals(Math.sqrt(3), once.cv(), 1e-12);
        assertEquals(XyzClass.Z, once.xyz());
    }

    @Test
    void cvOfExactlyHalfIsX() {
        CustomerResult half = series(150, 50, 150, 50);
        assertEquals(0.5, half.cv(), 1e-12);
        assertEquals(XyzClass.X, half.xyz());
        assertEquals(XyzClass.Y, series(150.01, 50, 150, 50).xyz(), "just above 0.5");
    }

    @Test
    void cvAtACutOffIsComparedExactly() {
        // One purchase in 17 months has a CV of exactly sqrt(16) = 4; for 3.39 the doubles make it 4.000000000000001.
        YearMonth start = YearMonth.of(2023, 1);
        Settings seventeenMonths = new Settings(start, start.plusMonths(16), Measure.REVENUE, 0.8, 0.95, 1.0, 4.0, 6);
        SalesCube cube = SalesCube.builder().sale("C1", start, 3.39).build();
        CustomerResult r = new AbcXyzEngine(cube).classify(seventeenMonths).customer("C1").orElseThrow();
        assertEquals(4.0, r.cv(), 1e-12);
        assertEquals(XyzClass.Y, r.xyz(), "CV <= 4");
        assertEquals(XyzClass.Z, new AbcXyzEngine(cube).classify(seventeenMonths.withXyzCuts(1.0, 3.99))
                .customer("C1").orElseThrow().xyz());
    }

    @Test
    void monthsOfTheWindowBeyondTheDataCountAsZero() {
        // All sales end in February; the window runs to April.
        SalesCube cube = SalesCube.builder().sale("C1", JAN, 100).sale("C1", YearMonth.of(2024, 2), 100).build();
        CustomerResult r = new AbcXyzEngine(cube).classify(FOUR_MONTHS).customer("C1").orElseThrow();
        assertEquals(1.0, r.cv(), 1e-12, "100, 100, 0, 0");
        assertEquals(XyzClass.Y, r.xyz());
    }

    @Test
    void oneMonthWindowHasCvZeroAndIsX() {
        SalesCube cube = SalesCube.builder().sale("C1", JAN, 100).sale("C1", APR, 5).build();
        Classification c = new AbcXyzEngine(cube).classify(FOUR_MONTHS.withWindow(APR, APR));
        CustomerResult r = c.customer("C1").orElseThrow();
        assertEquals(5.0, r.value());
        assertEquals(0.0, r.cv());
        assertEquals(XyzClass.X, r.xyz());
        assertEquals(AbcClass.A, r.abc());
    }

    @Test
    void customersWithSalesOnlyOutsideTheWindowAreLeftOut() {
        SalesCube cube = SalesCube.builder()
                .sale("BEFORE", JAN.minusMonths(1), 1000)
                .sale("AFTER", APR.plusMonths(1), 1000)
                .sale("IN", JAN, 10).sale("IN", APR.plusMonths(1), 1000)
                .build();
        Classification c = new AbcXyzEngine(cube).classify(FOUR_MONTHS);
        assertEquals(List.of("IN"), ranking(c));
        assertEquals(10.0, c.totalValue(), "sales outside the window do not count");
    }

    @Test
    void windowWithoutAnySalesGivesAnEmptyClassification() {
        SalesCube cube = SalesCube.builder().sale("C1", JAN, 10).build();
        Classification c = new AbcXyzEngine(cube).classify(FOUR_MONTHS.withWindow(APR, APR));
        assertEquals(List.of(), c.results());
        assertEquals(0.0, c.totalValue());
        assertEquals(List.of(), new AbcXyzEngine(SalesCube.builder().build()).classify(FOUR_MONTHS).results());
    }

    @Test
    void newAndLapsedAtTheEdgeOfTheLastSixMonths() {
        // Window 2023-01 .. 2024-12; its last six months are 2024-07 .. 2024-12.
        Settings year2 = Settings.defaults(YearMonth.of(2024, 12));
        YearMonth recentStart = YearMonth.of(2024, 7);
        SalesCube cube = SalesCube.builder()
                .sale("NEW_AT_EDGE", recentStart, 10)
                .sale("OLD_AT_EDGE", recentStart.minusMonths(1), 10).sale("OLD_AT_EDGE", recentStart, 10)
                .sale("BOUGHT_BEFORE_WINDOW", YearMonth.of(2022, 12), 10).sale("BOUGHT_BEFORE_WINDOW", recentStart, 10)
                .sale("LAPSED_AT_EDGE", YearMonth.of(2023, 1), 10).sale("LAPSED_AT_EDGE", recentStart.minusMonths(1), 10)
                .sale("LAPSED_BUT_BACK_LATER", YearMonth.of(2023, 1), 10)
                .sale("LAPSED_BUT_BACK_LATER", YearMonth.of(2025, 1), 10)
                .sale("ACTIVE_AT_EDGE", YearMonth.of(2023, 1), 10).sale("ACTIVE_AT_EDGE", recentStart, 10)
                .build();
        Classification c = new AbcXyzEngine(cube).classify(year2);
        assertTrue(c.customer("NEW_AT_EDGE").orElseThrow().newCustomer());
        assertFalse(c.customer("OLD_AT_EDGE").orElseThrow().newCustomer());
        assertFalse(c.customer("BOUGHT_BEFORE_WINDOW").orElseThrow().newCustomer(), "first purchase over all data");
        assertTrue(c.customer("LAPSED_AT_EDGE").orElseThrow().lapsed());
        assertTrue(c.customer("LAPSED_BUT_BACK_LATER").orElseThrow().lapsed(), "purchases after the window");
        assertFalse(c.customer("ACTIVE_AT_EDGE").orElseThrow().lapsed());
        assertFalse(c.customer("NEW_AT_EDGE").orElseThrow().lapsed());
        assertFalse(c.customer("ACTIVE_AT_EDGE").orElseThrow().newCustomer());
    }

    @Test
    void recentPeriodLongerThanTheWindowIsTheWindow() {
        SalesCube cube = SalesCube.builder().sale("C1", YearMonth.of(2023, 12), 10).sale("C1", JAN, 10)
                .sale("C2", JAN, 10).build();
        Classification c = new AbcXyzEngine(cube).classify(FOUR_MONTHS.withRecentMonths(12));
        assertFalse(c.customer("C1").orElseThrow().newCustomer(), "bought before the window");
        assertTrue(c.customer("C2").orElseThrow().newCustomer());
        assertFalse(c.customer("C1").orElseThrow().lapsed());
    }

    @Test
    void marginMeasureRanksByMargin() {
        SalesCube cube = SalesCube.builder()
                .sale("BIG_REVENUE", JAN, 1000, 10)
                .sale("BIG_MARGIN", JAN, 100, 90)
                .build();
        Classification byRevenue = new AbcXyzEngine(cube).classify(FOUR_MONTHS);
        Classification byMargin = new AbcXyzEngine(cube).classify(FOUR_MONTHS.withMeasure(Measure.MARGIN));
        assertEquals(List.of("BIG_REVENUE", "BIG_MARGIN"), ranking(byRevenue));
        assertEquals(List.of("BIG_MARGIN", "BIG_REVENUE"), ranking(byMargin));
        assertEquals(100.0, byMargin.totalValue());
        assertEquals(90.0, byMargin.results().get(0).value());
    }

    @Test
    void customCutOffsApply() {
        Settings strict = FOUR_MONTHS.withAbcCuts(0.5, 0.9).withXyzCuts(0.2, 0.3);
        SalesCube cube = SalesCube.builder()
                .sale("C1", JAN, 50).sale("C1", APR, 10)            // 60, CV over 4 months > 0.3
                .sale("C2", JAN, 10).sale("C2", YearMonth.of(2024, 2), 10)
                .sale("C2", YearMonth.of(2024, 3), 10).sale("C2", APR, 10) // 40 steady
                .build();
        Classification c = new AbcXyzEngine(cube).classify(strict);
        assertEquals(AbcClass.A, abc(c, "C1"));
        assertEquals(AbcClass.B, abc(c, "C2"), "60 % before it: not below 50 %, below 90 %");
        assertEquals(XyzClass.Z, c.customer("C1").orElseThrow().xyz());
        assertEquals(XyzClass.X, c.customer("C2").orElseThrow().xyz());
        assertEquals(AbcClass.A, abc(new AbcXyzEngine(cube).classify(FOUR_MONTHS), "C2"), "standard cut-offs");
    }

    @Test
    void namesKeyAccountsAndValuesComeFromTheCube() {
        SalesCube cube = SalesCube.builder().customer("C1", "Nordwerk AG", true).customer("C9", "No sales", false)
                .sale("C1", JAN, 12.3456).sale("C2", JAN, 1).build();
        Classification c = new AbcXyzEngine(cube).classify(FOUR_MONTHS, Instant.EPOCH);
        CustomerResult r = c.customer("C1").orElseThrow();
        assertEquals("Nordwerk AG", r.name());
        assertTrue(r.keyAccount());
        assertEquals(12.3456, r.value());
        assertEquals("", c.customer("C2").orElseThrow().name());
        assertFalse(c.customer("C2").orElseThrow().keyAccount());
        assertTrue(c.customer("C9").isEmpty());
        assertEquals(Instant.EPOCH, c.computedAt());
    }
}
