package keystone.model.account;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Reads and writes key accounts. Every write is one transaction and announces itself on
 * {@link keystone.model.KeystoneTopics}; failures arrive as {@link keystone.model.store.StoreException}.
 */
public interface AccountService {

    /** All accounts with their revenue over the 12 months up to and including {@code asOf}, by name. */
    List<AccountSummary> summaries(LocalDate asOf);

    Optional<Account> find(long id);

    /** Stores a new account and returns it with its id. An account whose id is set is stored under that id. */
    Account create(Account account);

    /** Replaces the stored general information of an existing account. */
    Account update(Account account);

    /** Deletes the account; returns what was deleted so that the deletion can be undone with {@link #create}. */
    Optional<Account> delete(long id);

    int count();
}
