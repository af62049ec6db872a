package keystone.salesimport.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import keystone.salesimport.ImportException;

/**
 * The import keeps its good lines in memory until it stores them; a file too large for the heap is refused with a
 * message instead of running the workbench out of memory.
 */
class LineKeeperTest {

    @Test
    void aFileTooLargeForTheHeapIsRefusedWithHowFarItGot() {
        ParsedLine line = new ParsedLine("C1", null, LocalDate.of(2024, 1, 1), new BigDecimal("1.50"), null, "", null,
                "");
        try (LineKeeper keeper = new LineKeeper(null, null, null, 4L << 20)) { // a 4 MB heap
            ImportException e = assertThrows(ImportException.class, () -> {
                for (int i = 0; i < 1_000_000; i++) {
                    keeper.good(line);
                }
            });
            assertTrue(e.getMessage().contains(String.format("%,d lines", 65_535)) && e.getMessage().contains("(4 MB)"), e.getMessage());
            assertTrue(e.getMessage().contains("KEYSTONE_VM_ARGS"), e.getMessage());
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void withEnoughHeapEveryLineIsKept() throws java.io.IOException {
        ParsedLine line = new ParsedLine("C1", null, LocalDate.of(2024, 1, 1), new BigDecimal("1.50"), null, "", null,
                "");
        try (LineKeeper keeper = new LineKeeper(null, null, null, 128L << 20)) {
            for (int i = 0; i < 200_000; i++) {
                keeper.good(line);
            }
            assertEquals(200_000, keeper.lines().size());
        }
    }
}
