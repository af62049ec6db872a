package keystone.abcxyz;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of one ABC-XYZ classification: every customer with sales in the window, in rank order, and the
 * 3x3 matrix derived from them.
 *
 * @param totalValue sum of the values of all classified customers
 * @param results    one entry per classified customer, rank 1 first
 */
public record Classification(Settings settings, Instant computedAt, double totalValue, List<CustomerResult> results) {

    public Classification {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(computedAt, "computedAt");
        results = List.copyOf(results);
    }

    /** The summary of one cell. */
    public CellSummary cell(AbcClass abc, XyzClass xyz) {
        int count = 0;
        double value = 0;
        for (CustomerResult r : results) {
            if (r.abc() == abc && r.xyz() == xyz) {
                count++;
                value += r.value();
            }
        }
        return new CellSummary(abc, xyz, count, value, share(value));
    }

    /** The nine cells in the order AX, AY, AZ, BX ... CZ, empty cells included. */
    public List<CellSummary> matrix() {
        int cells = AbcClass.values().length * XyzClass.values().length;
        int[] counts = new int[cells];
        double[] values = new double[cells];
        for (CustomerResult r : results) {
            int i = index(r.abc(), r.xyz());
            counts[i]++;
            values[i] += r.value();
        }
        List<CellSummary> matrix = new ArrayList<>(cells);
        for (AbcClass abc : AbcClass.values()) {
            for (XyzClass xyz : XyzClass.values()) {
                int i = index(abc, xyz);
                matrix.add(new CellSummary(abc, xyz, counts[i], values[i], share(values[i])));
            }
        }
        return List.copyOf(matrix);
    }

    /** The customers of one cell, in rank order. */
    public List<CustomerResult> customers(AbcClass abc, XyzClass xyz) {
        return results.stream().filter(r -> r.abc() == abc && r.xyz() == xyz).toList();
    }

    /** The result of one customer; empty when it had no sales in the window. Scans the results. */
    public Optional<CustomerResult> customer(String customerId) {
        for (CustomerResult r : results) {
            if (r.customerId().equals(customerId)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    private double share(double value) {
        return totalValue > 0 ? value / totalValue : 0;
    }

    static int index(AbcClass abc, XyzClass xyz) {
        return abc.ordinal() * XyzClass.values().length + xyz.ordinal();
    }
}
