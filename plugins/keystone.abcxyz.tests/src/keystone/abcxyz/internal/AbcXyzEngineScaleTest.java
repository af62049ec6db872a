package keystone.abcxyz.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import keystone.abcxyz.Classification;
import keystone.abcxyz.CustomerResult;
import keystone.abcxyz.Settings;

/**
 * The engine at the scale of issue 5 (100,000 customers, 36 months): every customer classified, in rank order.
 * Its speed is measured by releng/bench-abcxyz.sh, never asserted here.
 */
class AbcXyzEngineScaleTest {

    private static final int CUSTOMERS = 100_000;
    private static final YearMonth LAST = YearMonth.of(2025, 12);

    @Test
    void hundredThousandCustomersAreAllClassifiedInRankOrder() {
        SplittableRandom random = new SplittableRandom(5);
        SalesCube.Builder builder = SalesCube.builder();
        for (int c = 0; c < CUSTOMERS; c++) {
            String id = "C" + c;
            double size = 1_000_000 * Math.pow(c + 1, -1.05);
            for (int m = 0; m < 36; m++) {
                long units = Math.round(size * random.nextDouble(0.3, 1.7) * SalesCube.UNITS);
                builder.add(id, SalesCube.monthIndex(LAST.minusMonths(m)), units, units / 4, 1);
            }
        }
        AbcXyzEngine engine = new AbcXyzEngine(builder.build());
        Settings settings = Settings.defaults(LAST);
        // speed is measured by the benchmark (docs/benchmarks.md), never asserted here
        Classification c = engine.classify(settings);
        assertEquals(CUSTOMERS, c.results().size());
        for (int i = 1; i < c.results().size(); i++) {
            assertTrue(c.results().get(i - 1).value() >= c.results().get(i).value(), "rank order at " + i);
        }
        Classification wider = engine.classify(settings.withAbcCuts(0.9, 0.97));
        assertTrue(wider.cell(keystone.abcxyz.AbcClass.A, keystone.abcxyz.XyzClass.X).count()
                + wider.cell(keystone.abcxyz.AbcClass.A, keystone.abcxyz.XyzClass.Y).count()
                + wider.cell(keystone.abcxyz.AbcClass.A, keystone.abcxyz.XyzClass.Z).count()
                >= c.cell(keystone.abcxyz.AbcClass.A, keystone.abcxyz.XyzClass.X).count()
                + c.cell(keystone.abcxyz.AbcClass.A, keystone.abcxyz.XyzClass.Y).count()
                + c.cell(keystone.abcxyz.AbcClass.A, keystone.abcxyz.XyzClass.Z).count(), "a higher A cut-off keeps more A");
        CustomerResult first = c.results().get(0);
        assertEquals("C0", first.customerId(), "the largest customer by construction");
    }
}
