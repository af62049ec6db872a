package keystone.abcxyz.internal;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;

/**
 * Monthly revenue and margin of every customer with sales, over all months with data, in flat primitive arrays
 * so that a classification is a few loops over memory rather than a query.
 *
 * <p>Amounts are whole ten-thousandths ({@link #UNITS}), the scale of the store's DECIMAL(19, 4) columns: sums,
 * ranking ties and the cut-off at exactly 80 % are then exact, which doubles would not be. Customers are held in
 * ascending order of id, the tie-break order of the ranking. Immutable once built.</p>
 */
public final class SalesCube {

    /** Stored units per currency unit. */
    public static final long UNITS = 10_000;

    private final String[] ids;
    private final String[] names;
    private final boolean[] keyAccounts;
    /** Month index (see {@link #monthIndex}) of the first month held; 0 when there are no months. */
    private final int firstMonth;
    private final int months;
    /** Customer {@code c}, month {@code m} (counted from {@link #firstMonth}) at {@code c * months + m}. */
    private final long[] revenue;
    private final long[] margin;
    /** Whether the customer has at least one sales line in the month: a month can hold lines that sum to 0. */
    private final boolean[] purchased;
    /** Month index of each customer's first purchase. */
    private final int[] firstPurchase;

    private SalesCube(String[] ids, String[] names, boolean[] keyAccounts, int firstMonth, int months, long[] revenue,
            long[] margin, boolean[] purchased, int[] firstPurchase) {
        this.ids = ids;
        this.names = names;
        this.keyAccounts = keyAccounts;
        this.firstMonth = firstMonth;
        this.months = months;
        this.revenue = revenue;
        this.margin = margin;
        this.purchased = purchased;
        this.firstPurchase = firstPurchase;
    }

    /** The month as a number that counts months continuously: year * 12 + month - 1. */
    public static int monthIndex(YearMonth month) {
        return month.getYear() * 12 + month.getMonthValue() - 1;
    }

    public static YearMonth month(int monthIndex) {
        return YearMonth.of(Math.floorDiv(monthIndex, 12), Math.floorMod(monthIndex, 12) + 1);
    }

    public int customers() {
        return ids.length;
    }

    public String id(int customer) {
        return ids[customer];
    }

    public String name(int customer) {
        return names[customer];
    }

    public boolean keyAccount(int customer) {
        return keyAccounts[customer];
    }

    /** Month index of the first month held. */
    public int firstMonth() {
        return firstMonth;
    }

    /** Number of months held, from the first to the last month with a sales line. */
    public int months() {
        return months;
    }

    /** The last month with a sales line; empty when there are no sales. */
    public Optional<YearMonth> lastMonth() {
        return months == 0 ? Optional.empty() : Optional.of(month(firstMonth + months - 1));
    }

    int firstPurchase(int customer) {
        return firstPurchase[customer];
    }

    /**
     * The measure's own array, not a copy, for the engine's loops: customer {@code c}, month {@code m} at
     * {@code c * months() + m}.
     */
    long[] values(boolean margins) {
        return margins ? margin : revenue;
    }

    boolean[] purchased() {
        return purchased;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Collects monthly sums in any order (several for one customer and month add up) and builds the cube. Not
     * thread-safe.
     */
    public static final class Builder {

        private final Map<String, Integer> index = new HashMap<>();
        private final List<String> ids = new ArrayList<>();
        private final List<String> names = new ArrayList<>();
        private final BitSet keyAccounts = new BitSet();
        private int size;
        private int[] customer = new int[1024];
        private int[] month = new int[1024];
        private int[] lines = new int[1024];
        private long[] revenue = new long[1024];
        private long[] margin = new long[1024];

        private Builder() {
        }

        private int indexOf(String id) {
            Integer i = index.get(Objects.requireNonNull(id, "id"));
            if (i == null) {
                i = ids.size();
                index.put(id, i);
                ids.add(id);
                names.add("");
            }
            return i;
        }

        /** Names a customer and says whether it is a key account; customers without sales are left out. */
        public Builder customer(String id, String name, boolean keyAccount) {
            int i = indexOf(id);
            names.set(i, name == null ? "" : name);
            keyAccounts.set(i, keyAccount);
            return this;
        }

        /**
         * Adds the sums of {@code lineCount} sales lines of a customer in a month.
         *
         * @param monthIndex   see {@link SalesCube#monthIndex}
         * @param revenueUnits revenue in {@link SalesCube#UNITS}
         * @param marginUnits  margin in {@link SalesCube#UNITS}
         */
        public Builder add(String id, int monthIndex, long revenueUnits, long marginUnits, int lineCount) {
            int c = indexOf(id);
            if (size == customer.length) {
                int capacity = size * 2;
                customer = Arrays.copyOf(customer, capacity);
                month = Arrays.copyOf(month, capacity);
                lines = Arrays.copyOf(lines, capacity);
                revenue = Arrays.copyOf(revenue, capacity);
                margin = Arrays.copyOf(margin, capacity);
            }
            customer[size] = c;
            month[size] = monthIndex;
            lines[size] = lineCount;
            revenue[size] = revenueUnits;
            margin[size] = marginUnits;
            size++;
            return this;
        }

        /** Adds one sales line; amounts are rounded to {@link SalesCube#UNITS}. */
        public Builder sale(String id, YearMonth month, double revenue, double margin) {
            return add(id, monthIndex(month), Math.round(revenue * UNITS), Math.round(margin * UNITS), 1);
        }

        /** Adds one sales line without margin. */
        public Builder sale(String id, YearMonth month, double revenue) {
            return sale(id, month, revenue, 0);
        }

        public SalesCube build() {
            int minMonth = Integer.MAX_VALUE;
            int maxMonth = Integer.MIN_VALUE;
            boolean[] hasSales = new boolean[ids.size()];
            for (int e = 0; e < size; e++) {
                minMonth = Math.min(minMonth, month[e]);
                maxMonth = Math.max(maxMonth, month[e]);
                hasSales[customer[e]] = true;
            }
            Integer[] order = new Integer[ids.size()];
            int n = 0;
            for (int c = 0; c < ids.size(); c++) {
                if (hasSales[c]) {
                    order[n++] = c;
                }
            }
            Arrays.sort(order, 0, n, (a, b) -> ids.get(a).compareTo(ids.get(b)));
            int[] position = new int[ids.size()];
            String[] sortedIds = new String[n];
            String[] sortedNames = new String[n];
            boolean[] sortedKeys = new boolean[n];
            for (int p = 0; p < n; p++) {
                position[order[p]] = p;
                sortedIds[p] = ids.get(order[p]);
                sortedNames[p] = names.get(order[p]);
                sortedKeys[p] = keyAccounts.get(order[p]);
            }
            int first = size == 0 ? 0 : minMonth;
            int months = size == 0 ? 0 : maxMonth - minMonth + 1;
            long cells = (long) n * months;
            if (cells > Integer.MAX_VALUE - 8) {
                throw new IllegalStateException(NLS.bind(Messages.Cube_tooLarge, String.valueOf(n),
                        String.valueOf(months)));
            }
            long[] rev = new long[(int) cells];
            long[] mar = new long[(int) cells];
            boolean[] purchased = new boolean[(int) cells];
            int[] firstPurchase = new int[n];
            Arrays.fill(firstPurchase, Integer.MAX_VALUE);
            for (int e = 0; e < size; e++) {
                int c = position[customer[e]];
                int cell = c * months + month[e] - first;
                rev[cell] = Math.addExact(rev[cell], revenue[e]);
                mar[cell] = Math.addExact(mar[cell], margin[e]);
                if (lines[e] > 0) {
                    purchased[cell] = true;
                    firstPurchase[c] = Math.min(firstPurchase[c], month[e]);
                }
            }
            return new SalesCube(sortedIds, sortedNames, sortedKeys, first, months, rev, mar, purchased, firstPurchase);
        }
    }
}
