package keystone.exchange.tests;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import keystone.testsupport.Services;
import keystone.model.account.Account;
import keystone.model.account.AccountService;
import keystone.model.account.AccountType;
import keystone.model.sales.Customer;
import keystone.model.sales.SalesLine;
import keystone.model.sales.SalesService;
import keystone.store.Database;
import keystone.store.Tables;

/**
 * Fills the open database with text and numbers that exchange formats tend to break, and takes exact snapshots
 * of every table for comparison.
 */
final class TestData {

    static final String QUOTES = "He said \"hi\", 'bye' \\ back\\slash / slash {\"json\": [1]}";
    static final String EMOJI = "\uD83D\uDE00 \uD83D\uDC4D\uD83C\uDFFD family "
            + "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67";
    static final String CYRILLIC = "\u041E\u041E\u041E \u00AB\u0420\u043E\u043C\u0430\u0448\u043A\u0430\u00BB "
            + "\u2014 \u041F\u0440\u0438\u0432\u0435\u0442";
    static final String CJK = "\u682A\u5F0F\u4F1A\u793E\u30C6\u30B9\u30C8 \u5317\u4EAC\u6709\u9650\u516C\u53F8 "
            + "\uD55C\uAD6D\uC5B4";
    static final String RIGHT_TO_LEFT = "\u05E9\u05DC\u05D5\u05DD \u0645\u0631\u062D\u0628\u0627 "
            + "\u200F\u202Bembedded\u202C";
    static final String CONTROL = "line 1\nline 2\r\n\ttab \u0001 \u001F \u007F \u2028 \u2029 lone \uD800 surrogate";
    /** 10,000 UTF-16 characters, with surrogate pairs among them. */
    static final String LONG = "\u0416\uD83D\uDE00".repeat(3333) + "!";

    /** Sales lines written: more than one page of the export and many insert batches of the import. */
    static final int LINES = 12_345;

    private TestData() {
    }

    /** Stores customers, their sales lines and accounts; returns the stored accounts. */
    static List<Account> fill() {
        SalesService sales = Services.get(SalesService.class);
        List<Customer> customers = List.of(
                new Customer("C00001", QUOTES, "DE", "Machinery"),
                new Customer("C00002", EMOJI, CJK, CYRILLIC),
                new Customer("C00003", RIGHT_TO_LEFT, "", ""),
                new Customer("C/00~4", CONTROL, "IL", "Retail"));
        List<SalesLine> lines = new ArrayList<>();
        LocalDate start = LocalDate.of(1999, 12, 31);
        for (int i = 0; i < LINES; i++) {
            String customer = customers.get(i % customers.size()).id();
            BigDecimal amount = new BigDecimal(i).movePointLeft(4).add(new BigDecimal("1234.5678"));
            BigDecimal margin = i % 3 == 0 ? null : amount.negate().divide(new BigDecimal(7), 4, RoundingMode.HALF_UP);
            BigDecimal quantity = i % 5 == 0 ? null : new BigDecimal("0.0001").multiply(new BigDecimal(i));
            lines.add(new SalesLine(customer, start.plusDays(i % 9000), amount, margin, i % 2 == 0 ? CJK : "",
                    quantity, "ORD-" + i));
        }
        lines.add(new SalesLine("C00001", LocalDate.of(2024, 2, 29), new BigDecimal("99999999999999.9999"),
                new BigDecimal("-99999999999999.9999"), QUOTES, new BigDecimal("0.0000"), EMOJI));
        sales.add(customers, lines);

        AccountService accounts = Services.get(AccountService.class);
        List<Account> stored = new ArrayList<>();
        stored.add(accounts.create(new Account.Builder().name(QUOTES).type(AccountType.BREADWINNER).industry(CYRILLIC)
                .country(CJK).region(RIGHT_TO_LEFT).employees(Integer.MAX_VALUE)
                .annualRevenue(new BigDecimal("12345678901234567.89")).currency("JPY")
                .website("https://example.com/?a=1&b=\"2\"")
                .owner(EMOJI).team("A, B, \"C\"").customerId("C00001").history(LONG).structure(CONTROL)
                .environment("").build()));
        stored.add(accounts.create(new Account.Builder().name(EMOJI).type(AccountType.PROSPECT).employees(null)
                .annualRevenue(null).customerId(null).history(CYRILLIC).build()));
        stored.add(accounts.create(new Account.Builder().name(RIGHT_TO_LEFT).type(AccountType.IMAGE_MAKER)
                .employees(0).annualRevenue(new BigDecimal("0.01")).customerId("C/00~4").build()));
        stored.add(accounts.create(new Account.Builder().name(CJK).type(AccountType.EXPERT).employees(42)
                .annualRevenue(new BigDecimal("-0.00")).currency("USD").customerId("C00002").environment(LONG)
                .build()));
        // a gap in the ids, so that an import must keep them rather than renumber
        accounts.delete(stored.remove(1).id());
        stored.add(accounts.create(Account.draft(CONTROL, AccountType.PROSPECT)));
        return stored;
    }

    /** Every row of every table, values as JDBC returns them, rows in the order of their first column. */
    static Map<String, List<List<Object>>> snapshot() {
        return Services.get(Database.class).read(c -> {
            Map<String, List<List<Object>>> result = new LinkedHashMap<>();
            for (String table : Tables.inDependencyOrder(c)) {
                List<List<Object>> rows = new ArrayList<>();
                try (Statement st = c.createStatement();
                        ResultSet rs = st.executeQuery("SELECT * FROM " + table + " ORDER BY 1")) {
                    ResultSetMetaData meta = rs.getMetaData();
                    while (rs.next()) {
                        List<Object> row = new ArrayList<>();
                        for (int i = 1; i <= meta.getColumnCount(); i++) {
                            Object value = rs.getObject(i);
                            row.add(value instanceof byte[] bytes ? Arrays.toString(bytes) : value);
                        }
                        rows.add(row);
                    }
                }
                result.put(table, rows);
            }
            return result;
        });
    }

    static Map<String, Long> rowCounts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        snapshot().forEach((table, rows) -> counts.put(table, (long) rows.size()));
        return counts;
    }
}
