package keystone.abcxyz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.YearMonth;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import keystone.abcxyz.internal.AbcXyzEngine;
import keystone.abcxyz.internal.SalesCube;

/**
 * The matrix of a classification: nine cells in order, counts, values and shares adding up to the totals.
 */
class ClassificationTest {

    private static final YearMonth LAST = YearMonth.of(2025, 12);
    private static Classification classification;

    @BeforeAll
    static void classifyRandomCustomers() {
        SplittableRandom random = new SplittableRandom(7);
        SalesCube.Builder cube = SalesCube.builder();
        for (int c = 0; c < 500; c++) {
            double size = 10_000 / (c + 1.0);
            double buyingChance = random.nextDouble(0.1, 1);
            for (int m = 0; m < 24; m++) {
                if (random.nextDouble() < buyingChance) {
                    cube.sale(String.format("C%03d", c), LAST.minusMonths(m), Math.round(size * random.nextDouble(0.5, 1.5)));
                }
            }
        }
        cube.sale("REFUND", LAST, -50);
        classification = new AbcXyzEngine(cube.build()).classify(Settings.defaults(LAST));
    }

    @Test
    void matrixHasTheNineCellsInOrder() {
        assertEquals(List.of("AX", "AY", "AZ", "BX", "BY", "BZ", "CX", "CY", "CZ"),
                classification.matrix().stream().map(CellSummary::cell).toList());
    }

    @Test
    void cellCountsValuesAndSharesAddUpToTheTotals() {
        List<CellSummary> matrix = classification.matrix();
        assertEquals(classification.results().size(), matrix.stream().mapToInt(CellSummary::count).sum());
        assertEquals(classification.totalValue(), matrix.stream().mapToDouble(CellSummary::value).sum(), 1e-6);
        assertEquals(1.0, matrix.stream().mapToDouble(CellSummary::valueShare).sum(), 1e-9);
        for (CellSummary cell : matrix) {
            assertEquals(cell, classification.cell(cell.abc(), cell.xyz()));
            List<CustomerResult> customers = classification.customers(cell.abc(), cell.xyz());
            assertEquals(cell.count(), customers.size(), cell.cell());
            assertEquals(cell.value(), customers.stream().mapToDouble(CustomerResult::value).sum(), 1e-6);
        }
    }

    @Test
    void totalIsTheSumOfAllValuesAndTheLastCumulativeShareIsOne() {
        List<CustomerResult> results = classification.results();
        assertEquals(classification.totalValue(), results.stream().mapToDouble(CustomerResult::value).sum(), 1e-6);
        assertEquals(1.0, results.get(results.size() - 1).cumulativeShare(), 1e-12);
        for (int i = 1; i < results.size(); i++) {
            assertEquals(results.get(i - 1).cumulativeShare(), results.get(i).shareBefore(), 1e-12);
        }
    }

    @Test
    void emptyCellsAreListedWithCountZero() {
        Classification empty = new Classification(Settings.defaults(LAST), java.time.Instant.EPOCH, 0, List.of());
        assertEquals(9, empty.matrix().size());
        assertEquals(0, empty.matrix().stream().mapToInt(CellSummary::count).sum());
        assertEquals(0.0, empty.cell(AbcClass.A, XyzClass.X).valueShare());
    }
}
