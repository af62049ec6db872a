package keystone.decisionmap;

import java.util.Comparator;
import java.util.Objects;

/**
 * The coverage of one account's decision map, for the portfolio-wide coverage view.
 *
 * @param accountName the account's name, to show without loading the account
 */
public record AccountCoverage(long accountId, String accountName, CoverageReport coverage) {

    /** Worst first: highest {@link CoverageReport#severity()}, then by name and id. */
    public static final Comparator<AccountCoverage> WORST_FIRST = Comparator
            .comparingInt((AccountCoverage a) -> a.coverage().severity()).reversed()
            .thenComparing(AccountCoverage::accountName).thenComparingLong(AccountCoverage::accountId);

    public AccountCoverage {
        accountName = accountName == null ? "" : accountName;
        Objects.requireNonNull(coverage, "coverage");
    }
}
