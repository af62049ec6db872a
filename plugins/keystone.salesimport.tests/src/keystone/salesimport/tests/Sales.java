package keystone.salesimport.tests;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import keystone.store.Database;
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
        return Services.get(Database.class).read(c -> {
            List<String> result = new ArrayList<>();
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT CUSTOMER_ID, SALE_DATE, "
                    + "AMOUNT, MARGIN, PRODUCT, QUANTITY, ORDER_ID FROM SALES_LINE ORDER BY ID")) {
                while (rs.next()) {
                    String line = rs.getString(1) + "|" + rs.getObject(2) + "|" + plain(rs.getBigDecimal(3));
                    if (allColumns) {
                        line += "|" + plain(rs.getBigDecimal(4)) + "|" + rs.getString(5) + "|"
                                + plain(rs.getBigDecimal(6)) + "|" + rs.getString(7);
                    }
                    result.add(line);
                }
            }
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
