package keystone.store.sales;

import java.math.BigDecimal;
import java.time.LocalDate;

import keystone.model.sales.SalesLine;

/**
 * The decoded lines of one stored block: lines of one customer, in file order (ascending line ids), column by
 * column. Readers filter by {@link #day(int)} themselves, since a block may reach outside the period they asked
 * for.
 */
public final class SalesBlock {

    private final String customerId;
    private final int size;
    private final long[] ids;
    private final int[] days;
    private final long[] amounts;
    private final long[] margins;
    private final long[] quantities;
    private final String[] products;
    private final String[] orderIds;

    SalesBlock(String customerId, long[] ids, int[] days, long[] amounts, long[] margins, long[] quantities,
            String[] products, String[] orderIds) {
        this.customerId = customerId;
        this.size = ids.length;
        this.ids = ids;
        this.days = days;
        this.amounts = amounts;
        this.margins = margins;
        this.quantities = quantities;
        this.products = products;
        this.orderIds = orderIds;
    }

    /**
     * A block built from columns, e.g. by a migration that moves existing lines; {@link Decimals#NONE} marks a
     * missing margin or quantity.
     *
     * @throws IllegalArgumentException when the columns differ in length, are empty or the ids do not ascend
     */
    public static SalesBlock of(String customerId, long[] ids, int[] days, long[] amounts, long[] margins,
            long[] quantities, String[] products, String[] orderIds) {
        int n = ids.length;
        if (n == 0 || days.length != n || amounts.length != n || margins.length != n || quantities.length != n
                || products.length != n || orderIds.length != n) {
            throw new IllegalArgumentException("columns of a block must be non-empty and of one length");
        }
        for (int i = 1; i < n; i++) {
            if (ids[i] <= ids[i - 1]) {
                throw new IllegalArgumentException("line ids of a block must ascend");
            }
        }
        return new SalesBlock(customerId, ids, days, amounts, margins, quantities, products, orderIds);
    }

    public String customerId() {
        return customerId;
    }

    public int size() {
        return size;
    }

    public long id(int i) {
        return ids[i];
    }

    /** The date of line {@code i} as {@link LocalDate#toEpochDay()}. */
    public int day(int i) {
        return days[i];
    }

    public LocalDate date(int i) {
        return LocalDate.ofEpochDay(days[i]);
    }

    /** Whether line {@code i} falls in {@code [fromDay, toDay]} (epoch days, both inclusive). */
    public boolean within(int i, int fromDay, int toDay) {
        return days[i] >= fromDay && days[i] <= toDay;
    }

    /** Adds the amounts of the lines dated in {@code [fromDay, toDay]} (epoch days, both inclusive) to {@code sum}. */
    public void addAmounts(int fromDay, int toDay, Decimals.Sum sum) {
        for (int i = 0; i < size; i++) {
            if (days[i] >= fromDay && days[i] <= toDay) {
                sum.add(amounts[i]);
            }
        }
    }

    /** How many lines are dated in {@code [fromDay, toDay]} (epoch days, both inclusive). */
    public int countWithin(int fromDay, int toDay) {
        int count = 0;
        for (int i = 0; i < size; i++) {
            if (days[i] >= fromDay && days[i] <= toDay) {
                count++;
            }
        }
        return count;
    }

    /** The latest date of a line on or before {@code upToDay} (epoch days), or {@link Integer#MIN_VALUE} if none. */
    public int latestDay(int upToDay) {
        int latest = Integer.MIN_VALUE;
        for (int i = 0; i < size; i++) {
            if (days[i] <= upToDay && days[i] > latest) {
                latest = days[i];
            }
        }
        return latest;
    }

    /** The amount in ten-thousandths (see {@link Decimals}). */
    public long amountUnscaled(int i) {
        return amounts[i];
    }

    public BigDecimal amount(int i) {
        return Decimals.decimal(amounts[i]);
    }

    /** The margin in ten-thousandths, or {@link Decimals#NONE}. */
    public long marginUnscaled(int i) {
        return margins[i];
    }

    /** The margin, or {@code null} when the line has none. */
    public BigDecimal margin(int i) {
        return Decimals.decimalOrNull(margins[i]);
    }

    /** The quantity in ten-thousandths, or {@link Decimals#NONE}. */
    public long quantityUnscaled(int i) {
        return quantities[i];
    }

    public BigDecimal quantity(int i) {
        return Decimals.decimalOrNull(quantities[i]);
    }

    public String product(int i) {
        return products[i];
    }

    public String orderId(int i) {
        return orderIds[i];
    }

    public SalesLine line(int i) {
        return new SalesLine(customerId, date(i), amount(i), margin(i), products[i], quantity(i), orderIds[i]);
    }
}
