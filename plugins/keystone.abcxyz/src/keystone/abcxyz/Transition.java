package keystone.abcxyz;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How customers moved between the cells of two classifications (two runs, or two years): a 9x9 count matrix
 * from cell to cell, the customers that changed cell, and the customers found in only one of the two.
 *
 * @param counts     {@code counts[from][to]}: customers in both classifications that were in cell {@code from}
 *                   and are now in cell {@code to}, both indexes in the order of {@link #CELLS}; the diagonal holds
 *                   the customers that stayed
 * @param movers     customers in both classifications whose cell changed, in their rank order of the earlier one
 * @param onlyInFrom customers classified only in the earlier classification (no sales in the later window)
 * @param onlyInTo   customers classified only in the later classification
 */
public record Transition(int[][] counts, List<Mover> movers, List<CustomerResult> onlyInFrom,
        List<CustomerResult> onlyInTo) {

    /** The cells in matrix order, the row and column order of {@link #counts()}. */
    public static final List<String> CELLS = List.of("AX", "AY", "AZ", "BX", "BY", "BZ", "CX", "CY", "CZ");

    /**
     * A customer that changed cell.
     *
     * @param keyAccount the customer is a key account in either classification
     */
    public record Mover(String customerId, String name, String fromCell, String toCell, boolean keyAccount) {

        /** Whether the customer was A and no longer is: for key accounts, the warning the movement view shows. */
        public boolean leftA() {
            return fromCell.startsWith("A") && !toCell.startsWith("A");
        }
    }

    public Transition {
        if (counts.length != CELLS.size() || Arrays.stream(counts).anyMatch(row -> row.length != CELLS.size())) {
            throw new IllegalArgumentException("The transition matrix must be 9x9.");
        }
        counts = deepCopy(counts);
        movers = List.copyOf(movers);
        onlyInFrom = List.copyOf(onlyInFrom);
        onlyInTo = List.copyOf(onlyInTo);
    }

    /** Compares {@code from} (the earlier classification) with {@code to}. */
    public static Transition between(Classification from, Classification to) {
        Map<String, CustomerResult> later = new HashMap<>(to.results().size() * 2);
        for (CustomerResult r : to.results()) {
            later.put(r.customerId(), r);
        }
        int[][] counts = new int[CELLS.size()][CELLS.size()];
        List<Mover> movers = new ArrayList<>();
        List<CustomerResult> onlyInFrom = new ArrayList<>();
        for (CustomerResult before : from.results()) {
            CustomerResult after = later.remove(before.customerId());
            if (after == null) {
                onlyInFrom.add(before);
                continue;
            }
            counts[Classification.index(before.abc(), before.xyz())][Classification.index(after.abc(), after.xyz())]++;
            if (before.abc() != after.abc() || before.xyz() != after.xyz()) {
                movers.add(new Mover(before.customerId(), after.name(), before.cell(), after.cell(),
                        before.keyAccount() || after.keyAccount()));
            }
        }
        // What is left was not in the earlier classification; keep the later rank order.
        List<CustomerResult> onlyInTo = to.results().stream().filter(r -> later.containsKey(r.customerId())).toList();
        return new Transition(counts, movers, onlyInFrom, onlyInTo);
    }

    /** A copy of the matrix; the record keeps its own. */
    @Override
    public int[][] counts() {
        return deepCopy(counts);
    }

    /** Customers that were in {@code fromCell} and are in {@code toCell} ("AX" ... "CZ"). */
    public int count(String fromCell, String toCell) {
        return counts[cellIndex(fromCell)][cellIndex(toCell)];
    }

    public int count(AbcClass fromAbc, XyzClass fromXyz, AbcClass toAbc, XyzClass toXyz) {
        return counts[Classification.index(fromAbc, fromXyz)][Classification.index(toAbc, toXyz)];
    }

    /** Customers found in both classifications. */
    public int compared() {
        int sum = 0;
        for (int[] row : counts) {
            for (int c : row) {
                sum += c;
            }
        }
        return sum;
    }

    /** Key accounts that were A in the earlier classification and are not any more. */
    public List<Mover> keyAccountsOutOfA() {
        return movers.stream().filter(m -> m.keyAccount() && m.leftA()).toList();
    }

    private static int cellIndex(String cell) {
        int i = CELLS.indexOf(Objects.requireNonNull(cell, "cell"));
        if (i < 0) {
            throw new IllegalArgumentException("Unknown cell '" + cell + "'; cells are " + CELLS + ".");
        }
        return i;
    }

    private static int[][] deepCopy(int[][] matrix) {
        int[][] copy = new int[matrix.length][];
        for (int i = 0; i < matrix.length; i++) {
            copy[i] = matrix[i].clone();
        }
        return copy;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Transition t && Arrays.deepEquals(counts, t.counts) && movers.equals(t.movers)
                && onlyInFrom.equals(t.onlyInFrom) && onlyInTo.equals(t.onlyInTo);
    }

    @Override
    public int hashCode() {
        return Objects.hash(Arrays.deepHashCode(counts), movers, onlyInFrom, onlyInTo);
    }

    @Override
    public String toString() {
        return "Transition[compared=" + compared() + ", movers=" + movers.size() + ", onlyInFrom=" + onlyInFrom.size()
                + ", onlyInTo=" + onlyInTo.size() + "]";
    }
}
