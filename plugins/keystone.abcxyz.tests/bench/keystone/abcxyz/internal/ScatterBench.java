package keystone.abcxyz.internal;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.SplittableRandom;

import org.jfree.chart.JFreeChart;

import keystone.abcxyz.Classification;
import keystone.abcxyz.Settings;

/**
 * How long one draw of the ABC-XYZ scatter takes at 100,000 customers (issue 5: it must stay responsive; default
 * JFreeChart shapes took 465 ms per draw there, dots 12 ms), against {@code Arrays.sort} of 100,000 doubles.
 * Draws into a 1200 x 800 image, as a repaint of the chart would. Run it with
 * {@code releng/bench-abcxyz.sh --scatter}.
 */
public final class ScatterBench {

    private static final int CUSTOMERS = 100_000;
    private static final int WARMUP = 10;
    private static final int RUNS = 21;

    private ScatterBench() {
    }

    public static void main(String[] args) throws Exception {
        YearMonth last = YearMonth.of(2026, 10);
        SplittableRandom random = new SplittableRandom(3);
        SalesCube.Builder builder = SalesCube.builder();
        for (int c = 0; c < CUSTOMERS; c++) {
            double size = 1_000_000 * Math.pow(c + 1, -1.05);
            for (int m = 0; m < 24; m++) {
                if (random.nextDouble() < 0.4) {
                    continue;
                }
                builder.add("C" + c, SalesCube.monthIndex(last.minusMonths(m)),
                        Math.round(size * random.nextDouble(0.2, 1.8) * SalesCube.UNITS), 0, 1);
            }
        }
        Classification c = new AbcXyzEngine(builder.build()).classify(Settings.defaults(last));
        // the chart factory of the UI bundle; it uses only Java2D and JFreeChart
        var factory = Class.forName("keystone.abcxyz.ui.internal.Charts").getDeclaredMethod("scatter",
                Classification.class);
        factory.setAccessible(true); // package-private in the UI bundle; this bench lives outside it
        JFreeChart chart = (JFreeChart) factory.invoke(null, c);
        BufferedImage image = new BufferedImage(1200, 800, BufferedImage.TYPE_INT_RGB);
        double[] values = random.doubles(CUSTOMERS).toArray();
        long[] draw = new long[RUNS];
        long[] anchor = new long[RUNS];
        for (int i = 0; i < WARMUP + RUNS; i++) {
            double[] copy = values.clone();
            long t0 = System.nanoTime();
            Arrays.sort(copy);
            long t1 = System.nanoTime();
            Graphics2D g = image.createGraphics();
            chart.draw(g, new Rectangle2D.Double(0, 0, 1200, 800));
            g.dispose();
            long t2 = System.nanoTime();
            if (i >= WARMUP) {
                anchor[i - WARMUP] = t1 - t0;
                draw[i - WARMUP] = t2 - t1;
            }
        }
        double a = median(anchor);
        System.out.printf("customers in the scatter: %d%n", c.results().size());
        System.out.printf("anchor Arrays.sort(100k doubles): median %.2f ms%n", a / 1e6);
        System.out.printf("scatter draw 1200x800: median %.1f ms (ratio to anchor %.1f)%n", median(draw) / 1e6,
                median(draw) / a);
    }

    private static double median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
