package keystone.abcxyz.internal;

import java.time.YearMonth;
import java.util.Arrays;
import java.util.SplittableRandom;

import keystone.abcxyz.Classification;
import keystone.abcxyz.Settings;

/**
 * Benchmark of a warm ABC-XYZ re-classification (issue 5: 100,000 customers, 36 months, goal under 50 ms), against
 * an anchor measured in the same run: sorting 100,000 doubles with {@link Arrays#sort(double[])}. Run it with
 * {@code releng/bench-abcxyz.sh}; results go to docs/benchmarks.md as ratios to the anchor.
 */
public final class ReclassifyBench {

    private static final int CUSTOMERS = 100_000;
    private static final int MONTHS = 36;
    private static final int WARMUP = 10;
    private static final int RUNS = 31;

    private ReclassifyBench() {
    }

    public static void main(String[] args) {
        YearMonth last = YearMonth.of(2026, 10);
        SplittableRandom random = new SplittableRandom(42);
        SalesCube.Builder builder = SalesCube.builder();
        for (int c = 0; c < CUSTOMERS; c++) {
            String id = "C" + c;
            double size = 1_000_000 * Math.pow(c + 1, -1.05); // Pareto-shaped revenue
            double regularity = random.nextDouble();
            for (int m = 0; m < MONTHS; m++) {
                if (random.nextDouble() < 0.3 * regularity) {
                    continue; // a month without purchases
                }
                long units = Math.round(size * random.nextDouble(0.3, 1.7) * SalesCube.UNITS);
                builder.add(id, SalesCube.monthIndex(last.minusMonths(m)), units, units / 4, 3);
            }
        }
        AbcXyzEngine engine = new AbcXyzEngine(builder.build());
        Settings settings = Settings.defaults(last);
        double[] values = random.doubles(CUSTOMERS).toArray();

        long[] anchor = new long[RUNS];
        long[] keystone = new long[RUNS];
        int checksum = 0;
        for (int i = 0; i < WARMUP + RUNS; i++) {
            double[] copy = values.clone();
            long t0 = System.nanoTime();
            Arrays.sort(copy);
            long t1 = System.nanoTime();
            // a changed cut-off, as when the user edits it in the view
            Classification c = engine.classify(settings.withAbcCuts(0.75 + (i % 10) * 0.01, 0.95));
            long t2 = System.nanoTime();
            checksum += c.results().size() + (int) copy[0];
            if (i >= WARMUP) {
                anchor[i - WARMUP] = t1 - t0;
                keystone[i - WARMUP] = t2 - t1;
            }
        }
        double anchorMs = median(anchor) / 1e6;
        double keystoneMs = median(keystone) / 1e6;
        System.out.printf("customers=%d months=%d runs=%d (after %d warm-up) checksum=%d%n", CUSTOMERS, MONTHS, RUNS,
                WARMUP, checksum);
        System.out.printf("anchor  Arrays.sort(100k doubles): median %.2f ms%n", anchorMs);
        System.out.printf("keystone warm re-classification:  median %.2f ms%n", keystoneMs);
        System.out.printf("ratio keystone/anchor: %.1f%n", keystoneMs / anchorMs);
    }

    private static double median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
