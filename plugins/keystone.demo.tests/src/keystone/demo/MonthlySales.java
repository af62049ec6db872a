package keystone.demo;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import keystone.model.sales.SalesLine;

/**
 * Monthly revenue per customer over the 36-month window, with a deliberately simple ABC-XYZ classification that
 * checks the demo data independently of the product's own analysis.
 */
final class MonthlySales {

    static final int MONTHS = 36;

    private final YearMonth first;
    private final YearMonth last;
    private final Map<String, double[]> revenue = new TreeMap<>();

    MonthlySales(List<SalesLine> lines, YearMonth last) {
        this.last = last;
        this.first = last.minusMonths(MONTHS - 1);
        for (SalesLine line : lines) {
            int month = (int) first.until(YearMonth.from(line.date()), ChronoUnit.MONTHS);
            if (month < 0 || month >= MONTHS) {
                throw new IllegalArgumentException("line outside the window: " + line);
            }
            revenue.computeIfAbsent(line.customerId(), id -> new double[MONTHS])[month] += line.amount().doubleValue();
        }
    }

    double total(String customerId) {
        double total = 0;
        for (double value : revenue.get(customerId)) {
            total += value;
        }
        return total;
    }

    double total() {
        return revenue.keySet().stream().mapToDouble(this::total).sum();
    }

    /** Customers with sales, largest first; ties by id as in the domain brief. */
    List<String> ranked() {
        List<String> ids = new ArrayList<>(revenue.keySet());
        ids.sort(Comparator.comparingDouble((String id) -> -total(id)).thenComparing(Comparator.naturalOrder()));
        return ids;
    }

    YearMonth firstPurchase(String customerId) {
        double[] months = revenue.get(customerId);
        int m = 0;
        while (months[m] == 0) {
            m++;
        }
        return first.plusMonths(m);
    }

    YearMonth lastPurchase(String customerId) {
        double[] months = revenue.get(customerId);
        int m = MONTHS - 1;
        while (months[m] == 0) {
            m--;
        }
        return first.plusMonths(m);
    }

    /** First month of the "last six months" used by the new and lapsed flags. */
    YearMonth recentStart() {
        return last.minusMonths(5);
    }

    /** Population standard deviation over mean of the 36 monthly totals, months without sales counting as 0. */
    double cv(String customerId) {
        double[] months = revenue.get(customerId);
        double mean = total(customerId) / MONTHS;
        double squares = 0;
        for (double value : months) {
            squares += (value - mean) * (value - mean);
        }
        return Math.sqrt(squares / MONTHS) / mean;
    }

    /** Customers per cell "AX" ... "CZ", in that order. */
    Map<String, Integer> abcXyzCells() {
        Map<String, Integer> cells = new LinkedHashMap<>();
        for (String abc : List.of("A", "B", "C")) {
            for (String xyz : List.of("X", "Y", "Z")) {
                cells.put(abc + xyz, 0);
            }
        }
        double total = total();
        double cumulative = 0;
        for (String id : ranked()) {
            double before = cumulative / total;
            cumulative += total(id);
            String abc = before < 0.80 ? "A" : before < 0.95 ? "B" : "C";
            double cv = cv(id);
            String xyz = cv <= 0.5 ? "X" : cv <= 1.0 ? "Y" : "Z";
            cells.merge(abc + xyz, 1, Integer::sum);
        }
        return cells;
    }
}
