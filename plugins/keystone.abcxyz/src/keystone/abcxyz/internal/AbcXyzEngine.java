package keystone.abcxyz.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import keystone.abcxyz.AbcClass;
import keystone.abcxyz.Classification;
import keystone.abcxyz.CustomerResult;
import keystone.abcxyz.Measure;
import keystone.abcxyz.Settings;
import keystone.abcxyz.XyzClass;

/**
 * Classifies the customers of a {@link SalesCube} by the ABC-XYZ rules of the domain brief (section 3): pure
 * Java over primitive arrays, so that a re-classification after a changed cut-off or window takes milliseconds.
 *
 * <p>Thread-safe: the cube is immutable and every call works on arrays of its own.</p>
 */
public final class AbcXyzEngine {

    /**
     * Below this distance from a cut-off the double arithmetic could fall on the wrong side, so the comparison is
     * redone exactly; far above the error of the sums and square roots involved, far below any real difference.
     */
    private static final double EXACT_ZONE = 1e-9;

    private final SalesCube cube;

    public AbcXyzEngine(SalesCube cube) {
        this.cube = Objects.requireNonNull(cube, "cube");
    }

    public SalesCube cube() {
        return cube;
    }

    public Classification classify(Settings settings) {
        return classify(settings, Instant.now());
    }

    public Classification classify(Settings settings, Instant computedAt) {
        int n = settings.months();
        int from = SalesCube.monthIndex(settings.from());
        int to = SalesCube.monthIndex(settings.to());
        int first = cube.firstMonth();
        int months = cube.months();
        // The window in cube months (may be empty); months of the window outside the cube have no sales.
        int lo = Math.max(from, first) - first;
        int hi = Math.min(to, first + months - 1) - first;
        // The recent period is the last recentMonths of the window, never more than the window.
        int recentFrom = Math.max(from, to - settings.recentMonths() + 1);
        int recentLo = Math.max(recentFrom, first) - first;

        long[] values = cube.values(settings.measure() == Measure.MARGIN);
        boolean[] purchased = cube.purchased();
        int customers = cube.customers();
        int[] members = new int[customers];
        long[] sums = new long[customers];
        double[] cvs = new double[customers];
        int k = 0;
        for (int c = 0; c < customers && lo <= hi; c++) {
            int base = c * months;
            long sum = 0;
            boolean any = false;
            for (int m = base + lo, end = base + hi; m <= end; m++) {
                sum += values[m];
                any |= purchased[m];
            }
            if (any) {
                members[k] = c;
                sums[k] = sum;
                cvs[k] = sum > 0 ? cv(values, base + lo, base + hi, n, sum) : Double.NaN;
                k++;
            }
        }

        long total = 0;
        for (int i = 0; i < k; i++) {
            total = Math.addExact(total, sums[i]);
        }
        int[] order = rankOrder(sums, k);
        Cut a = new Cut(settings.aCut());
        Cut b = new Cut(settings.bCut());
        Cut x = new Cut(settings.xCut());
        Cut y = new Cut(settings.yCut());
        double totalAsDouble = total;
        List<CustomerResult> results = new ArrayList<>(k);
        long cumulative = 0;
        for (int rank = 0; rank < k; rank++) {
            int i = order[rank];
            int c = members[i];
            long value = sums[i];
            long before = cumulative;
            cumulative = Math.addExact(cumulative, value);
            AbcClass abc;
            if (value <= 0 || total <= 0) {
                abc = AbcClass.C; // shares of a total that is not positive mean nothing
            } else if (a.shareBelow(before, total)) {
                abc = AbcClass.A;
            } else if (b.shareBelow(before, total)) {
                abc = AbcClass.B;
            } else {
                abc = AbcClass.C;
            }
            double cv = cvs[i];
            XyzClass xyz;
            if (value <= 0) {
                xyz = XyzClass.Z; // mean <= 0
            } else if (x.cvAtMost(cv, values, c * months + lo, c * months + hi, n, value)) {
                xyz = XyzClass.X;
            } else if (y.cvAtMost(cv, values, c * months + lo, c * months + hi, n, value)) {
                xyz = XyzClass.Y;
            } else {
                xyz = XyzClass.Z;
            }
            boolean newCustomer = cube.firstPurchase(c) >= recentFrom;
            boolean lapsed = !any(purchased, c * months + recentLo, c * months + hi);
            results.add(new CustomerResult(cube.id(c), cube.name(c), rank + 1, (double) value / SalesCube.UNITS,
                    total > 0 ? before / totalAsDouble : 0, total > 0 ? cumulative / totalAsDouble : 0, abc, cv, xyz,
                    newCustomer, lapsed, cube.keyAccount(c)));
        }
        return new Classification(settings, computedAt, (double) total / SalesCube.UNITS, results);
    }

    /**
     * Population standard deviation over mean of the window's monthly values, months without sales counting as 0:
     * the cube months {@code [start, end]} plus {@code n - (end - start + 1)} months outside the cube.
     */
    private static double cv(long[] values, int start, int end, int n, long sum) {
        double mean = (double) sum / n;
        double squares = 0;
        for (int m = start; m <= end; m++) {
            double d = values[m] - mean;
            squares += d * d;
        }
        squares += (n - (end - start + 1)) * mean * mean;
        return Math.sqrt(squares / n) / mean;
    }

    private static boolean any(boolean[] flags, int start, int end) {
        for (int m = start; m <= end; m++) {
            if (flags[m]) {
                return true;
            }
        }
        return false;
    }

    /**
     * Positions {@code 0 .. k-1} ordered by {@code keys} descending, equal keys keeping their order: a stable
     * bottom-up merge sort on primitives (no boxing), so customers of equal value stay in id order.
     */
    static int[] rankOrder(long[] keys, int k) {
        final int run = 32;
        int[] a = new int[k];
        for (int i = 0; i < k; i++) {
            a[i] = i;
        }
        for (int start = 0; start < k; start += run) {
            int end = Math.min(start + run, k);
            for (int i = start + 1; i < end; i++) {
                int moving = a[i];
                long key = keys[moving];
                int j = i - 1;
                while (j >= start && keys[a[j]] < key) {
                    a[j + 1] = a[j];
                    j--;
                }
                a[j + 1] = moving;
            }
        }
        int[] b = new int[k];
        for (int width = run; width < k; width *= 2) {
            for (int start = 0; start < k; start += 2 * width) {
                int mid = Math.min(start + width, k);
                int end = Math.min(start + 2 * width, k);
                int i = start;
                int j = mid;
                int out = start;
                while (i < mid && j < end) {
                    b[out++] = keys[a[j]] > keys[a[i]] ? a[j++] : a[i++];
                }
                System.arraycopy(a, i, b, out, mid - i);
                System.arraycopy(a, j, b, out + mid - i, end - j);
            }
            int[] swap = a;
            a = b;
            b = swap;
        }
        return a;
    }

    /**
     * A cut-off as the decimal the user set (0.8, not the binary double nearest to it), compared in doubles and,
     * within {@link #EXACT_ZONE} of it, exactly.
     */
    private static final class Cut {

        private final double value;
        private final BigDecimal exact;

        Cut(double value) {
            this.value = value;
            this.exact = BigDecimal.valueOf(value);
        }

        /** Whether {@code before / total < cut}, for {@code total > 0}. */
        boolean shareBelow(long before, long total) {
            double share = (double) before / total;
            if (share < value - EXACT_ZONE) {
                return true;
            }
            if (share > value + EXACT_ZONE) {
                return false;
            }
            return BigDecimal.valueOf(before).compareTo(exact.multiply(BigDecimal.valueOf(total))) < 0;
        }

        /**
         * Whether the coefficient of variation is at most the cut, for a positive {@code sum}. Exactly: with S the
         * sum and Q the sum of squares over n months, CV <= c exactly when n * Q <= (1 + c^2) * S^2.
         */
        boolean cvAtMost(double cv, long[] values, int start, int end, int n, long sum) {
            if (cv < value - EXACT_ZONE) {
                return true;
            }
            if (cv > value + EXACT_ZONE) {
                return false;
            }
            BigInteger squares = BigInteger.ZERO;
            for (int m = start; m <= end; m++) {
                BigInteger v = BigInteger.valueOf(values[m]);
                squares = squares.add(v.multiply(v));
            }
            BigDecimal left = new BigDecimal(squares.multiply(BigInteger.valueOf(n)));
            BigDecimal s = BigDecimal.valueOf(sum);
            BigDecimal right = BigDecimal.ONE.add(exact.multiply(exact)).multiply(s.multiply(s));
            return left.compareTo(right) <= 0;
        }
    }
}
