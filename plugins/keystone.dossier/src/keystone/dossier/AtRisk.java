package keystone.dossier;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * An account with at least one active churn signal, for the win-back / at-risk list.
 *
 * @param revenueAtRisk the account's revenue over the last 12 months: what we stand to lose
 * @param signals       its active signals, never empty
 */
public record AtRisk(long accountId, String accountName, BigDecimal revenueAtRisk, List<RiskSignal> signals) {

    public AtRisk {
        Objects.requireNonNull(revenueAtRisk, "revenueAtRisk");
        accountName = accountName == null ? "" : accountName;
        signals = List.copyOf(signals);
        if (signals.isEmpty()) {
            throw new IllegalArgumentException("An account at risk has at least one active signal.");
        }
    }
}
