package keystone.salesimport.tests;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import keystone.model.sales.SalesLine;
import keystone.store.Database;
import keystone.store.sales.SalesLines;
import keystone.testsupport.Services;

/**
 * What a test compares to prove that the database is unchanged: every row count, the sum of all amounts, and every
 * customer's name and every sales line (small fixtures), read through the real store.
 */
record DatabaseState(long customers, long salesLines, long batches, long profiles, BigDecimal totalAmount,
        List<String> rows) {

    static DatabaseState now() {
        return Services.get(Database.class).read(c -> {
            try (Statement st = c.createStatement()) {
                long customers = count(st, "CUSTOMER");
                long lines = SalesLines.count(c);
                long batches = count(st, "IMPORT_BATCH");
                long profiles = count(st, "IMPORT_PROFILE");
                BigDecimal total = Sales.byId().values().stream().map(SalesLine::amount)
                        .reduce(BigDecimal.ZERO, BigDecimal::add).stripTrailingZeros();
                List<String> rows = new ArrayList<>();
                if (lines < 10_000) {
                    try (ResultSet rs = st.executeQuery("SELECT ID, NAME FROM CUSTOMER ORDER BY ID")) {
                        while (rs.next()) {
                            rows.add(rs.getString(1) + "=" + rs.getString(2));
                        }
                    }
                    rows.addAll(Sales.lines());
                }
                return new DatabaseState(customers, lines, batches, profiles, total, rows);
            }
        });
    }

    private static long count(Statement st, String table) throws java.sql.SQLException {
        try (ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
