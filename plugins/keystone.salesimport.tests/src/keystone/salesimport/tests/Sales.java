package keystone.salesimport.tests;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import keystone.model.sales.SalesLine;
import keystone.store.Database;
import keystone.store.sales.SalesLines;
import keystone.testsupport.Services;

/**
 * Reads the stored sales lines back for comparison with what a file holds.
 */
final class Sales {

    private Sales() {
    }

    /**
     * Every sales line in id order as {@code customer|date|amount}, amounts as exact plain decimals without trailing
     * zeros (so that {@code 1200.5} stands for 1200.50 and 1200.5000 alike: BigDecimal comparison).
     */
    static List<String> lines() {
        return lines(false);
    }

    /** Like {@link #lines()}, with margin, product, quantity and order id appended. */
    static List<String> lines(boolean allColumns) {
        List<String> result = new ArrayList<>();
        for (Map.Entry<Long, SalesLine> e : byId().entrySet()) {
            SalesLine l = e.getValue();
            String line = l.customerId() + "|" + l.date() + "|" + plain(l.amount());
            if (allColumns) {
                line += "|" + plain(l.margin()) + "|" + l.product() + "|" + plain(l.quantity()) + "|" + l.orderId();
            }
            result.add(line);
        }
        return result;
    }

    /** Every stored sales line by its id. */
    static SortedMap<Long, SalesLine> byId() {
        return Services.get(Database.class).read(c -> {
            SortedMap<Long, SalesLine> result = new TreeMap<>();
            SalesLines.forAll(c, block -> {
                for (int i = 0; i < block.size(); i++) {
                    if (result.put(block.id(i), block.line(i)) != null) {
                        throw new AssertionError("line id " + block.id(i) + " stored twice");
                    }
                }
            });
            return result;
        });
    }

    static String plain(BigDecimal value) {
        return value == null ? "null" : value.stripTrailingZeros().toPlainString();
    }

    /** The name stored for a customer, or {@code null}. */
    static String customerName(String id) {
        return Services.get(Database.class).read(c -> {
            try (var ps = c.prepareStatement("SELECT NAME FROM CUSTOMER WHERE ID = ?")) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getString(1) : null;
                }
            }
        });
    }
}
