package keystone.demo;

import java.time.YearMonth;
import java.util.List;
import java.util.SplittableRandom;

/**
 * How a demo customer spreads its purchases over the months of the sales window.
 */
// Chosen so that the ABC-XYZ analysis finds customers in every cell: steady and trending buyers mostly come out X,
// seasonal and irregular ones Y, project buyers Z; new and lapsed customers give the churn flags something to show.
enum DemoPattern {
    /** Buys every month with little variation. */
    REGULAR,
    /** Buys by the calendar, with an off-season of a few months. */
    SEASONAL,
    /** Buys in most months, with widely varying amounts. */
    IRREGULAR,
    /** Project business: large orders in a few months, nothing in between. */
    INTERMITTENT,
    /** Regular buyer whose volume rises over the window. */
    GROWING,
    /** Regular buyer whose volume falls over the window. */
    DECLINING,
    /** First purchase in the last six months. */
    NEW,
    /** Stopped buying more than six months before the end of the window. */
    LAPSED;

    /** Length of the "last months" in which new customers start and lapsed customers no longer buy. */
    static final int RECENT_MONTHS = 6;

    /**
     * Relative purchase volume per month of {@code months}; 0 means no purchase that month. Only the relation
     * between months matters, the generator scales the result to the customer's size.
     *
     * @param peakMonth calendar month (1-12) in which a seasonal buyer buys most
     */
    double[] shape(SplittableRandom random, List<YearMonth> months, int peakMonth) {
        int n = months.size();
        double[] shape = new double[n];
        switch (this) {
            case REGULAR -> fill(shape, 0, n, random, 1, 1, 0.2);
            case GROWING -> fill(shape, 0, n, random, random.nextDouble(0.05, 0.5), 1, 0.2);
            case DECLINING -> fill(shape, 0, n, random, 1, random.nextDouble(0.05, 0.5), 0.2);
            case SEASONAL -> {
                // A cosine pushed below zero leaves an off-season without purchases, as in construction.
                double amplitude = random.nextDouble(1.0, 1.35);
                for (int m = 0; m < n; m++) {
                    double phase = 2 * Math.PI * (months.get(m).getMonthValue() - peakMonth) / 12.0;
                    double level = 1 + amplitude * StrictMath.cos(phase);
                    shape[m] = level < 0.15 ? 0 : level * random.nextDouble(0.85, 1.15);
                }
            }
            case IRREGULAR -> sporadic(shape, random, random.nextDouble(0.68, 0.88), 0.35, 1.65);
            case INTERMITTENT -> sporadic(shape, random, random.nextDouble(0.12, 0.33), 0.5, 1.5);
            case NEW -> {
                int first = n - RECENT_MONTHS + random.nextInt(RECENT_MONTHS - 1);
                fill(shape, first, n, random, 0.6, 1, 0.25);
            }
            case LAPSED -> {
                // Volume fades before the customer leaves, the churn signal the risk view looks for.
                int last = n - RECENT_MONTHS - 1 - random.nextInt(12);
                fill(shape, 0, last + 1, random, 1, 0.4, 0.3);
            }
        }
        return shape;
    }

    /** A linear trend from {@code from} to {@code to} over {@code [start, end)} with multiplicative noise. */
    private static void fill(double[] shape, int start, int end, SplittableRandom random, double from, double to,
            double noise) {
        int steps = Math.max(1, end - start - 1);
        for (int m = start; m < end; m++) {
            double level = from + (to - from) * (m - start) / steps;
            shape[m] = level * random.nextDouble(1 - noise, 1 + noise);
        }
    }

    /**
     * Purchases in each month with probability {@code p}, but always somewhere in the first and in the last six
     * months: otherwise a sporadic buyer would by chance look new or lapsed.
     */
    private static void sporadic(double[] shape, SplittableRandom random, double p, double min, double max) {
        int n = shape.length;
        for (int m = 0; m < n; m++) {
            if (random.nextDouble() < p) {
                shape[m] = random.nextDouble(min, max);
            }
        }
        shape[random.nextInt(RECENT_MONTHS)] = random.nextDouble(min, max);
        shape[n - 1 - random.nextInt(RECENT_MONTHS)] = random.nextDouble(min, max);
    }
}
