package keystone.store.sales;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import keystone.model.sales.SalesLine;

/**
 * Sales lines in the order they were added (file order), held column by column in primitive arrays until
 * {@link SalesLines#append} stores them: a few dozen bytes per line instead of an object per value.
 */
public final class LineBuffer {

    /** Longest customer id, product and order id (characters), as the columns they once were. */
    public static final int MAX_CUSTOMER_ID = 64;
    public static final int MAX_PRODUCT = 200;
    public static final int MAX_ORDER_ID = 100;

    private final Map<String, Integer> customerIndex = new HashMap<>();
    private final List<String> customerIds = new ArrayList<>();
    private final Map<String, Integer> productIndex = new HashMap<>();
    private final List<String> products = new ArrayList<>();
    private int size;
    private int[] customers = new int[1024];
    private int[] days = new int[1024];
    private long[] amounts = new long[1024];
    private long[] margins = new long[1024];
    private long[] quantities = new long[1024];
    private int[] productOf = new int[1024];
    private int[] orderStart = new int[1025];
    private byte[] orderBytes = new byte[8192];

    /** Adds a line, checking that its numbers fit (see {@link Decimals}). */
    public void add(SalesLine line) {
        add(line.customerId(), line.date(), line.amount(), line.margin(), line.product(), line.quantity(),
                line.orderId());
    }

    /**
     * @param margin   {@code null} when the line has none
     * @param quantity {@code null} when the line has none
     * @throws IllegalArgumentException when a number does not fit (see {@link Decimals#unscaled})
     */
    public void add(String customerId, LocalDate date, BigDecimal amount, BigDecimal margin, String product,
            BigDecimal quantity, String orderId) {
        add(customerId, (int) date.toEpochDay(), Decimals.unscaled(amount), Decimals.unscaledOrNone(margin),
                product, Decimals.unscaledOrNone(quantity), orderId);
    }

    /**
     * Adds a line in fixed-point form; {@link Decimals#NONE} for a missing margin or quantity.
     *
     * @throws IllegalArgumentException when a text is longer than its limit
     */
    public void add(String customerId, int epochDay, long amount, long margin, String product, long quantity,
            String orderId) {
        checkLength("customer id", customerId, MAX_CUSTOMER_ID);
        checkLength("product", product, MAX_PRODUCT);
        checkLength("order id", orderId, MAX_ORDER_ID);
        if (size == customers.length) {
            grow();
        }
        customers[size] = customerIndex.computeIfAbsent(customerId, id -> {
            customerIds.add(id);
            return customerIds.size() - 1;
        });
        days[size] = epochDay;
        amounts[size] = amount;
        margins[size] = margin;
        quantities[size] = quantity;
        String p = product == null ? "" : product;
        productOf[size] = productIndex.computeIfAbsent(p, name -> {
            products.add(name);
            return products.size() - 1;
        });
        byte[] order = (orderId == null ? "" : orderId).getBytes(StandardCharsets.UTF_8);
        int start = orderStart[size];
        if (start + order.length > orderBytes.length) {
            orderBytes = Arrays.copyOf(orderBytes, Math.max(orderBytes.length * 2, start + order.length));
        }
        System.arraycopy(order, 0, orderBytes, start, order.length);
        orderStart[size + 1] = start + order.length;
        size++;
    }

    private static void checkLength(String what, String text, int max) {
        if (text != null && text.length() > max) {
            throw new IllegalArgumentException("the " + what + " is longer than " + max + " characters: "
                    + text.substring(0, 40) + "...");
        }
    }

    private void grow() {
        int capacity = customers.length * 2;
        customers = Arrays.copyOf(customers, capacity);
        days = Arrays.copyOf(days, capacity);
        amounts = Arrays.copyOf(amounts, capacity);
        margins = Arrays.copyOf(margins, capacity);
        quantities = Arrays.copyOf(quantities, capacity);
        productOf = Arrays.copyOf(productOf, capacity);
        orderStart = Arrays.copyOf(orderStart, capacity + 1);
    }

    /** About how many bytes of heap the buffer holds (its arrays at their current capacity). */
    public long heapBytes() {
        return (long) customers.length * (4 + 4 + 8 + 8 + 8 + 4 + 4) + orderBytes.length;
    }

    public int size() {
        return size;
    }

    /** The distinct customers of the lines, in order of first appearance. */
    public List<String> customerIds() {
        return List.copyOf(customerIds);
    }

    int customerCount() {
        return customerIds.size();
    }

    String customerId(int customer) {
        return customerIds.get(customer);
    }

    int customer(int line) {
        return customers[line];
    }

    int day(int line) {
        return days[line];
    }

    long amount(int line) {
        return amounts[line];
    }

    long margin(int line) {
        return margins[line];
    }

    long quantity(int line) {
        return quantities[line];
    }

    String product(int line) {
        return products.get(productOf[line]);
    }

    String orderId(int line) {
        int start = orderStart[line];
        return new String(orderBytes, start, orderStart[line + 1] - start, StandardCharsets.UTF_8);
    }
}
