package keystone.abcxyz;

import java.util.Objects;

/**
 * One customer's place in a classification.
 *
 * @param customerId      the customer's id
 * @param name            the customer's name (empty when unknown)
 * @param rank            1 for the customer of the highest value
 * @param value           the customer's total of the measure over the window
 * @param shareBefore     cumulative share of the total held by the customers ranked strictly before this one
 * @param cumulativeShare cumulative share including this customer
 * @param abc             class by value
 * @param cv              coefficient of variation of the monthly values; NaN when their mean is not positive
 * @param xyz             class by regularity
 * @param newCustomer     the first purchase lies in the recent period at the end of the window
 * @param lapsed          no purchase in the recent period at the end of the window
 * @param keyAccount      the customer has a key account dossier
 */
public record CustomerResult(String customerId, String name, int rank, double value, double shareBefore,
        double cumulativeShare, AbcClass abc, double cv, XyzClass xyz, boolean newCustomer, boolean lapsed,
        boolean keyAccount) {

    public CustomerResult {
        Objects.requireNonNull(customerId, "customerId");
        name = name == null ? "" : name;
        Objects.requireNonNull(abc, "abc");
        Objects.requireNonNull(xyz, "xyz");
    }

    /** The matrix cell, "AX" ... "CZ". */
    public String cell() {
        return abc.name() + xyz.name();
    }
}
