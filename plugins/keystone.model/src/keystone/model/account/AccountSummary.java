package keystone.model.account;

import java.math.BigDecimal;

/**
 * One row of the accounts navigator: the account's headline facts and its revenue of the last 12 months.
 */
public record AccountSummary(long id, String name, AccountType type, String owner, String industry, String country,
        BigDecimal revenueLast12Months) {
}
