package keystone.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import keystone.model.sales.SalesLine;
import keystone.store.sales.CorruptBlockException;
import keystone.store.sales.Decimals;
import keystone.store.sales.LineBuffer;
import keystone.store.sales.SalesLines;

/**
 * Sales lines in blocks on a real HSQLDB file database: every value back as stored, ids in file order, periods
 * deleted line by line, damage detected, and lines of a version-1 database moved with their ids.
 */
class SalesLinesTest {

    @TempDir
    Path dir;

    private static final String CJK = "\u5317\u4eac\u9500\u552e";
    private static final BigDecimal LARGEST = new BigDecimal("99999999999999.9999");

    @Test
    void everyValueComesBackAsStoredWithIdsInFileOrder() {
        List<SalesLine> lines = List.of(
                line("B", "2024-03-01", "10.5", null, "", null, ""),
                line("A", "2024-01-31", "-0.0001", "3.25", CJK, "7", "ORD-1"),
                line("B", "2023-12-31", LARGEST.toPlainString(), LARGEST.negate().toPlainString(), "\"quoted\", x",
                        "0.0000", "\uD83D\uDE00 emoji"),
                line("A", "2024-01-01", "0", "0", CJK, "-12.3456", "ORD-1"),
                line("C", "1999-12-31", "1", null, "", "1", "\u0410\u0411\u0412"));
        try (HsqlEngine engine = HsqlEngine.open(dir, List.of(TestSchemas.core()))) {
            long first = append(engine, lines);

            assertEquals(1, first);
            SortedMap<Long, SalesLine> stored = stored(engine);
            assertEquals(List.of(1L, 2L, 3L, 4L, 5L), List.copyOf(stored.keySet()));
            List<SalesLine> back = List.copyOf(stored.values());
            for (int i = 0; i < lines.size(); i++) {
                assertSame(lines.get(i), back.get(i));
            }
            assertEquals(5, engine.read(SalesLines::count));
            assertEquals(3, engine.read(SalesLines::blockCount), "one block per customer");
        }
    }

    @Test
    void aSecondAppendContinuesTheIdsAndLargeCustomersSpanSeveralBlocks() {
        int many = SalesLines.BLOCK_LINES * 2 + 5;
        List<SalesLine> big = new ArrayList<>();
        for (int i = 0; i < many; i++) {
            big.add(line("BIG", LocalDate.of(2020, 1, 1).plusDays(i % 1000).toString(), "1", null, "", null,
                    "O" + i));
        }
        try (HsqlEngine engine = HsqlEngine.open(dir, List.of(TestSchemas.core()))) {
            append(engine, List.of(line("A", "2024-01-01", "1", null, "", null, "")));
            long first = append(engine, big);

            assertEquals(2, first);
            assertEquals(4, engine.read(SalesLines::blockCount));
            List<Long> ids = new ArrayList<>();
            engine.read(c -> {
                SalesLines.forCustomer(c, "BIG", null, null, block -> {
                    for (int i = 0; i < block.size(); i++) {
                        ids.add(block.id(i));
                        assertEquals("O" + (block.id(i) - 2), block.orderId(i));
                    }
                });
                return null;
            });
            assertEquals(many, ids.size());
            assertEquals(2L, ids.get(0));
            assertEquals(many + 1L, ids.get(ids.size() - 1));
            for (int i = 1; i < ids.size(); i++) {
                assertEquals(ids.get(i - 1) + 1, ids.get(i), "in id order across blocks");
            }
        }
    }

    @Test
    void deletingAPeriodKeepsTheOtherLinesOfTheSameBlocksWithTheirIds() {
        try (HsqlEngine engine = HsqlEngine.open(dir, List.of(TestSchemas.core()))) {
            append(engine, List.of(
                    line("A", "2024-02-29", "1", null, "", null, "a1"),
                    line("A", "2024-03-01", "2", null, "", null, "a2"), // first day of the period
                    line("B", "2024-03-15", "3", null, "", null, "b1"), // the whole block goes
                    line("A", "2024-03-31", "4", null, "", null, "a3"), // last day of the period
                    line("A", "2024-04-01", "5", null, "", null, "a4")));

            assertEquals(3, engine.read(c -> SalesLines.countBetween(c, LocalDate.of(2024, 3, 1),
                    LocalDate.of(2024, 3, 31))));
            long deleted = engine.inTransaction(c -> SalesLines.deleteBetween(c, LocalDate.of(2024, 3, 1),
                    LocalDate.of(2024, 3, 31)));

            assertEquals(3, deleted);
            SortedMap<Long, SalesLine> stored = stored(engine);
            assertEquals(List.of(1L, 5L), List.copyOf(stored.keySet()));
            assertEquals("a4", stored.get(5L).orderId());
            assertEquals(1, engine.read(SalesLines::blockCount));
            assertEquals(0, engine.read(c -> SalesLines.countBetween(c, LocalDate.of(2024, 3, 1),
                    LocalDate.of(2024, 3, 31))));
            assertEquals(6, append(engine, List.of(line("B", "2024-03-02", "9", null, "", null, ""))),
                    "ids of deleted lines are not given again");
        }
    }

    @Test
    void theAmountOfAPeriodCountsBlocksInsideWholeAndOnlyTheLinesInsideOfBlocksAcrossItsEnds() {
        try (HsqlEngine engine = HsqlEngine.open(dir, List.of(TestSchemas.core()))) {
            append(engine, List.of(
                    line("IN", "2024-03-01", "1.0001", null, "", null, ""), // a block wholly inside
                    line("IN", "2024-03-31", "2", null, "", null, ""),
                    line("START", "2024-02-29", "100", null, "", null, ""), // across the start
                    line("START", "2024-03-01", "4", null, "", null, ""),
                    line("END", "2024-03-31", "8", null, "", null, ""), // across the end
                    line("END", "2024-04-01", "200", null, "", null, ""),
                    line("OUT", "2024-04-02", "400", null, "", null, ""))); // outside

            BigDecimal march = engine.read(c -> SalesLines.amountBetween(c, LocalDate.of(2024, 3, 1),
                    LocalDate.of(2024, 3, 31)));

            assertEquals(0, new BigDecimal("15.0001").compareTo(march), march.toString());
            assertEquals(0, BigDecimal.ZERO.compareTo(engine.read(c -> SalesLines.amountBetween(c,
                    LocalDate.of(2030, 1, 1), LocalDate.of(2030, 12, 31)))));
        }
    }

    @Test
    void afterEveryTableWasClearedIdsStartAboveTheLinesThatAreLeft() {
        try (HsqlEngine engine = HsqlEngine.open(dir, List.of(TestSchemas.core()))) {
            append(engine, List.of(line("A", "2024-01-01", "1", null, "", null, ""),
                    line("A", "2024-01-02", "1", null, "", null, "")));
            engine.inTransaction(c -> {
                try (Statement st = c.createStatement()) {
                    st.execute("DELETE FROM SALES_LINE_ID");
                }
                return null;
            });

            assertEquals(3, append(engine, List.of(line("A", "2024-01-03", "1", null, "", null, ""))));
        }
    }

    @Test
    void aDamagedBlockIsReportedNotReadAsOtherNumbers() {
        try (HsqlEngine engine = HsqlEngine.open(dir, List.of(TestSchemas.core()))) {
            append(engine, List.of(line("A", "2024-01-01", "1", null, "", null, "")));
            engine.inTransaction(c -> {
                byte[] bytes;
                try (Statement st = c.createStatement(); var rs = st.executeQuery("SELECT LINES FROM SALES_BLOCK")) {
                    rs.next();
                    bytes = rs.getBytes(1);
                }
                bytes[3] ^= 0x10;
                try (PreparedStatement ps = c.prepareStatement("UPDATE SALES_BLOCK SET LINES = ?")) {
                    ps.setBytes(1, bytes);
                    ps.executeUpdate();
                }
                return null;
            });

            assertThrows(CorruptBlockException.class, () -> stored(engine));
        }
    }

    @Test
    void numbersThatDoNotFitAreRefusedWithTheValue() {
        LineBuffer buffer = new LineBuffer();
        IllegalArgumentException tooLarge = assertThrows(IllegalArgumentException.class,
                () -> buffer.add(line("A", "2024-01-01", "100000000000000", null, "", null, "")));
        assertTrue(tooLarge.getMessage().contains("100000000000000"), tooLarge.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> buffer.add(line("A", "2024-01-01", "1.00001", null, "", null, "")));
        assertThrows(IllegalArgumentException.class, () -> Decimals.unscaled(new BigDecimal("-922337203685477.5808")),
                "Long.MIN_VALUE stands for 'no value'");
        assertThrows(IllegalArgumentException.class,
                () -> buffer.add(line("A", "2024-01-01", "1", null, "p".repeat(201), null, "")));
        assertEquals(0, buffer.size());
    }

    @Test
    void sumsStayExactBeyondTheRangeOfALong() {
        Decimals.Sum sum = new Decimals.Sum();
        assertEquals(BigDecimal.ZERO, sum.value(), "no value: zero, as COALESCE(SUM(..), 0)");
        for (int i = 0; i < 1000; i++) {
            sum.add(Decimals.unscaled(LARGEST));
        }
        sum.add(Decimals.unscaled(LARGEST.negate()));
        assertEquals(0, LARGEST.multiply(BigDecimal.valueOf(999)).compareTo(sum.value()), sum.value().toString());
    }

    @Test
    void linesOfAVersion1DatabaseMoveIntoBlocksKeepingTheirIds() {
        createVersion1WithLines();
        try (HsqlEngine engine = HsqlEngine.open(dir, List.of(TestSchemas.core()))) {
            SortedMap<Long, SalesLine> stored = stored(engine);

            assertEquals(Map.of(3L, line("B", "2024-01-02", "2.5", null, "P", "1", "O1"),
                    7L, line("A", "2024-01-01", "1.25", "0.5", "", null, ""),
                    9L, line("B", "2023-12-31", "-4", "-1", CJK, "2", "O2")).keySet(), stored.keySet());
            assertSame(line("B", "2024-01-02", "2.5", null, "P", "1", "O1"), stored.get(3L));
            assertSame(line("A", "2024-01-01", "1.25", "0.5", "", null, ""), stored.get(7L));
            assertSame(line("B", "2023-12-31", "-4", "-1", CJK, "2", "O2"), stored.get(9L));
            assertFalse(engine.read(c -> Migrator.hasTable(c, "SALES_LINE")));
            assertEquals(10, append(engine, List.of(line("A", "2024-02-01", "1", null, "", null, ""))));
        }
    }

    @Test
    void verifyAcceptsWhatAppendStoredAndFindsALineIdStoredTwice() {
        try (HsqlEngine engine = HsqlEngine.open(dir, List.of(TestSchemas.core()))) {
            append(engine, List.of(line("A", "2024-01-01", "1", null, "", null, ""),
                    line("B", "2024-01-02", "2", "1", "P", "3", "O")));
            engine.read(c -> {
                SalesLines.verify(c);
                return null;
            });
            engine.inTransaction(c -> {
                SalesLines.forCustomer(c, "B", null, null, block -> SalesLines.insert(c, block)); // a copy
                return null;
            });

            CorruptBlockException e = assertThrows(CorruptBlockException.class, () -> engine.read(c -> {
                SalesLines.verify(c);
                return null;
            }));
            assertTrue(e.getMessage().contains("line id 2 is stored in two blocks"), e.getMessage());
        }
    }

    @Test
    void aMigrationKilledHalfWayRunsAgainFromTheOldLines() {
        createVersion1WithLines();
        try (HsqlEngine engine = HsqlEngine.open(dir, List.of(TestSchemas.coreVersion1()))) {
            engine.inTransaction(c -> { // what a killed run leaves: DDL is committed at once
                try (Statement st = c.createStatement()) {
                    st.execute("CREATE TABLE SALES_BLOCK (HALF INT)");
                }
                return null;
            });
        }
        try (HsqlEngine engine = HsqlEngine.open(dir, List.of(TestSchemas.core()))) {
            assertEquals(List.of(3L, 7L, 9L), List.copyOf(stored(engine).keySet()));
        }
    }

    @Test
    void aValueTheBlocksCannotHoldStopsTheMigrationNamingTheLineAndKeepsTheDatabase() {
        createVersion1WithLines();
        try (HsqlEngine engine = HsqlEngine.open(dir, List.of(TestSchemas.coreVersion1()))) {
            engine.inTransaction(c -> {
                try (Statement st = c.createStatement()) {
                    st.execute("UPDATE SALES_LINE SET AMOUNT = 123456789012345.5 WHERE ID = 7");
                }
                return null;
            });
        }
        RuntimeException e = assertThrows(RuntimeException.class,
                () -> HsqlEngine.open(dir, List.of(TestSchemas.core())).close());
        assertTrue(e.getMessage().contains("Sales line 7, column AMOUNT"), e.getMessage());
        try (HsqlEngine engine = HsqlEngine.open(dir, List.of(TestSchemas.coreVersion1()))) {
            assertEquals(3, MigratorTest.count(engine, "SALES_LINE"), "restored as it was");
            assertEquals(Map.of("keystone.core", 1), engine.read(Migrator::versions));
        }
    }

    @Test
    void readingEveryBlockSeesOneStateEvenWhenAnImportCommitsMeanwhile() throws Exception {
        List<SalesLine> lines = new ArrayList<>();
        for (int customer = 0; customer < 500; customer++) { // 500 blocks: several slices
            lines.add(line(String.format("K%03d", customer), "2024-01-15", "1", null, "", null, ""));
        }
        try (HsqlEngine engine = HsqlEngine.open(dir, List.of(TestSchemas.core()));
                var other = java.util.concurrent.Executors.newSingleThreadExecutor()) {
            append(engine, lines);
            int[] seen = {0};
            engine.read(c -> {
                SalesLines.forAll(c, block -> {
                    if (seen[0]++ == 0) { // replace the period while the read is in its first slice
                        try {
                            other.submit(() -> {
                                engine.inTransaction(w -> SalesLines.deleteBetween(w, LocalDate.of(2024, 1, 1),
                                        LocalDate.of(2024, 1, 31)));
                                append(engine, lines);
                            }).get();
                        } catch (Exception e) {
                            throw new AssertionError(e);
                        }
                    }
                });
                return null;
            });
            assertEquals(500, seen[0], "every block once, of one state");
            assertEquals(500, engine.read(SalesLines::count));
        }
    }

    private void createVersion1WithLines() {
        try (HsqlEngine engine = HsqlEngine.open(dir, List.of(TestSchemas.coreVersion1()))) {
            engine.inTransaction(c -> {
                try (Statement st = c.createStatement()) {
                    st.execute("INSERT INTO CUSTOMER (ID, NAME) VALUES ('A', 'Alpha'), ('B', 'Beta')");
                    st.execute("INSERT INTO SALES_LINE (ID, CUSTOMER_ID, SALE_DATE, AMOUNT, MARGIN, PRODUCT, QUANTITY, "
                            + "ORDER_ID) VALUES (3, 'B', DATE '2024-01-02', 2.5, NULL, 'P', 1, 'O1'), "
                            + "(7, 'A', DATE '2024-01-01', 1.25, 0.5, '', NULL, ''), "
                            + "(9, 'B', DATE '2023-12-31', -4, -1, '" + CJK + "', 2, 'O2')");
                }
                return null;
            });
        }
    }

    private static long append(HsqlEngine engine, List<SalesLine> lines) {
        LineBuffer buffer = new LineBuffer();
        lines.forEach(buffer::add);
        return engine.inTransaction(c -> {
            ensureCustomers(c, buffer.customerIds());
            return SalesLines.append(c, buffer);
        });
    }

    private static void ensureCustomers(Connection c, List<String> ids) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("MERGE INTO CUSTOMER t USING (VALUES (CAST(? AS VARCHAR(64)))) "
                + "AS n (ID) ON t.ID = n.ID WHEN NOT MATCHED THEN INSERT (ID) VALUES (n.ID)")) {
            for (String id : ids) {
                ps.setString(1, id);
                ps.executeUpdate();
            }
        }
    }

    private static SortedMap<Long, SalesLine> stored(HsqlEngine engine) {
        return engine.read(c -> {
            SortedMap<Long, SalesLine> result = new TreeMap<>();
            SalesLines.forAll(c, block -> {
                for (int i = 0; i < block.size(); i++) {
                    result.put(block.id(i), block.line(i));
                }
            });
            return result;
        });
    }

    private static SalesLine line(String customer, String date, String amount, String margin, String product,
            String quantity, String orderId) {
        return new SalesLine(customer, LocalDate.parse(date), new BigDecimal(amount),
                margin == null ? null : new BigDecimal(margin), product, quantity == null ? null : new BigDecimal(quantity),
                orderId);
    }

    /** Equal as values: decimals compared by value (the store keeps four decimal places). */
    private static void assertSame(SalesLine expected, SalesLine actual) {
        assertEquals(expected.customerId(), actual.customerId());
        assertEquals(expected.date(), actual.date());
        assertDecimal(expected.amount(), actual.amount());
        assertDecimal(expected.margin(), actual.margin());
        assertEquals(expected.product(), actual.product());
        assertDecimal(expected.quantity(), actual.quantity());
        assertEquals(expected.orderId(), actual.orderId());
    }

    private static void assertDecimal(BigDecimal expected, BigDecimal actual) {
        if (expected == null || actual == null) {
            assertEquals(expected, actual);
        } else {
            assertEquals(0, expected.compareTo(actual), expected + " vs " + actual);
            assertEquals(Decimals.SCALE, actual.scale());
        }
    }
}
