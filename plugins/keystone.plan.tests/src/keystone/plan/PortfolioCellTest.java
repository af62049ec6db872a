package keystone.plan;

import static keystone.plan.TestPlans.amount;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.api.Test;

/**
 * The portfolio quadrants split at 5.0 (5.0 is high), and the movement between years.
 */
class PortfolioCellTest {

    private static Optional<PortfolioCell> cell(String attractiveness, String strength) {
        return new PortfolioScores(attractiveness == null ? null : amount(attractiveness),
                strength == null ? null : amount(strength)).cell();
    }

    @Test
    void quadrantsAtTheSplit() {
        assertEquals(Optional.of(PortfolioCell.STRATEGIC), cell("5", "5"));
        assertEquals(Optional.of(PortfolioCell.STAR), cell("5", "4.99"));
        assertEquals(Optional.of(PortfolioCell.STATUS), cell("4.99", "5"));
        assertEquals(Optional.of(PortfolioCell.STREAMLINE), cell("4.99", "4.99"));
    }

    @Test
    void quadrantsAtTheCorners() {
        assertEquals(Optional.of(PortfolioCell.STRATEGIC), cell("10", "10"));
        assertEquals(Optional.of(PortfolioCell.STAR), cell("10", "0"));
        assertEquals(Optional.of(PortfolioCell.STATUS), cell("0", "10"));
        assertEquals(Optional.of(PortfolioCell.STREAMLINE), cell("0", "0"));
    }

    @Test
    void withoutBothScoresThereIsNoCell() {
        assertEquals(Optional.empty(), cell(null, "7"));
        assertEquals(Optional.empty(), cell("7", null));
        assertEquals(Optional.empty(), PortfolioScores.NONE.cell());
    }

    @Test
    void anAccountMovesWhenBothYearsAreScoredInDifferentCells() {
        PlanVsActual.YearFigures zero = new PlanVsActual.YearFigures(amount("0"), amount("0"), amount("0"),
                amount("0"));
        assertEquals(true, new PortfolioRow(1, "A", 1L, PlanState.ACTIVE, zero, 100, false, 0, PortfolioCell.STAR,
                PortfolioCell.STRATEGIC).moved());
        assertEquals(false, new PortfolioRow(1, "A", 1L, PlanState.ACTIVE, zero, 100, false, 0, PortfolioCell.STAR,
                PortfolioCell.STAR).moved());
        assertEquals(false, new PortfolioRow(1, "A", 1L, PlanState.ACTIVE, zero, 100, false, 0, PortfolioCell.STAR,
                null).moved());
    }
}
