package keystone.decisionmap;

import java.time.LocalDate;
import java.util.List;

/**
 * Reads and writes the decision maps of accounts on the shared database and computes the coverage across the
 * portfolio. Call it from a job, never from the UI thread. Failures of the database arrive as
 * {@link keystone.model.store.StoreException}.
 */
public interface DecisionMapService {

    /**
     * The decision map of an account; an {@link DecisionMap#empty empty} one when no one is recorded.
     *
     * @throws keystone.model.KeystoneException when there is no such account
     */
    DecisionMap load(long accountId);

    /**
     * Replaces the account's stored map with {@code map} in one transaction and announces it on
     * {@link keystone.model.KeystoneTopics#DECISION_MAP_CHANGED}. Stored ids (positive) are kept; people with temporary (negative) ids and
     * new relationships get database ids, and the lines follow their people.
     *
     * @return the map as stored, with database ids
     * @throws InvalidDecisionMapException      when {@link DecisionMapValidation} finds problems (nothing is written)
     * @throws keystone.model.KeystoneException when the account does not exist
     */
    DecisionMap save(DecisionMap map);

    /**
     * The coverage of every account that has at least one person on its map, as of {@code today}, worst first
     * ({@link AccountCoverage#WORST_FIRST}).
     *
     * @param staleDays see {@link Coverage#of}
     */
    List<AccountCoverage> portfolioCoverage(LocalDate today, int staleDays);
}
