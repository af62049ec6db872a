package keystone.abcxyz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Movement between two classifications: the from-cell to to-cell counts, the movers and the customers found in
 * only one of them.
 */
class TransitionTest {

    private static final Settings SETTINGS = Settings.defaults(YearMonth.of(2025, 12));

    private static CustomerResult result(String id, int rank, AbcClass abc, XyzClass xyz, boolean keyAccount) {
        return new CustomerResult(id, "Name " + id, rank, 100 - rank, 0, 0, abc, 0.1, xyz, false, false, keyAccount);
    }

    private static Classification classification(CustomerResult... results) {
        return new Classification(SETTINGS, Instant.EPOCH, 0, List.of(results));
    }

    @Test
    void countsMoversAndCustomersInOnlyOneClassification() {
        Classification before = classification(
                result("KEY", 1, AbcClass.A, XyzClass.X, true),
                result("STAY1", 2, AbcClass.A, XyzClass.X, false),
                result("STAY2", 3, AbcClass.A, XyzClass.X, false),
                result("UP", 4, AbcClass.C, XyzClass.Z, false),
                result("GONE", 5, AbcClass.B, XyzClass.Y, false));
        Classification after = classification(
                result("UP", 1, AbcClass.A, XyzClass.Y, false),
                result("STAY1", 2, AbcClass.A, XyzClass.X, false),
                result("STAY2", 3, AbcClass.A, XyzClass.X, false),
                result("KEY", 4, AbcClass.B, XyzClass.X, false),
                result("NEW", 5, AbcClass.C, XyzClass.Z, false));
        Transition t = Transition.between(before, after);

        assertEquals(4, t.compared());
        assertEquals(2, t.count("AX", "AX"));
        assertEquals(1, t.count("AX", "BX"));
        assertEquals(1, t.count(AbcClass.C, XyzClass.Z, AbcClass.A, XyzClass.Y));
        assertEquals(0, t.count("BY", "BY"));
        int[] rowSums = new int[9];
        int[][] counts = t.counts();
        for (int from = 0; from < 9; from++) {
            for (int to = 0; to < 9; to++) {
                rowSums[from] += counts[from][to];
            }
        }
        assertEquals(3, rowSums[Transition.CELLS.indexOf("AX")]);

        assertEquals(List.of(new Transition.Mover("KEY", "Name KEY", "AX", "BX", true),
                new Transition.Mover("UP", "Name UP", "CZ", "AY", false)), t.movers());
        assertEquals(List.of("KEY"), t.keyAccountsOutOfA().stream().map(Transition.Mover::customerId).toList());
        assertEquals(List.of("GONE"), t.onlyInFrom().stream().map(CustomerResult::customerId).toList());
        assertEquals(List.of("NEW"), t.onlyInTo().stream().map(CustomerResult::customerId).toList());
    }

    @Test
    void classificationComparedWithItselfHasOnlyTheDiagonal() {
        Classification c = classification(result("C1", 1, AbcClass.A, XyzClass.Z, false),
                result("C2", 2, AbcClass.C, XyzClass.X, false));
        Transition t = Transition.between(c, c);
        assertEquals(2, t.compared());
        assertEquals(1, t.count("AZ", "AZ"));
        assertEquals(1, t.count("CX", "CX"));
        assertEquals(List.of(), t.movers());
        assertEquals(t, Transition.between(c, c));
    }

    @Test
    void countsAreCopiedNotShared() {
        Transition t = Transition.between(classification(), classification());
        t.counts()[0][0] = 99;
        assertEquals(0, t.count("AX", "AX"));
        assertThrows(IllegalArgumentException.class, () -> t.count("AQ", "AX"));
    }
}
