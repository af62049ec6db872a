package keystone.abcxyz;

/**
 * One cell of the ABC-XYZ matrix: how many customers it holds and what they are worth.
 *
 * @param count      number of customers in the cell
 * @param value      their total value
 * @param valueShare that value as a share of the classification's total (0 when the total is not positive)
 */
public record CellSummary(AbcClass abc, XyzClass xyz, int count, double value, double valueShare) {

    /** "AX" ... "CZ". */
    public String cell() {
        return abc.name() + xyz.name();
    }
}
