package keystone.plan;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Where the plan places its account in the portfolio: account attractiveness and our relative strength, each 0 to
 * 10 (two decimals) or {@code null} when not scored. {@link PlanValidation} checks the range.
 */
public record PortfolioScores(BigDecimal attractiveness, BigDecimal strength) {

    public static final PortfolioScores NONE = new PortfolioScores(null, null);

    public PortfolioScores {
        attractiveness = Checks.money(attractiveness);
        strength = Checks.money(strength);
    }

    /** The portfolio cell; empty unless both scores are set. */
    public Optional<PortfolioCell> cell() {
        return PortfolioCell.of(attractiveness, strength);
    }
}
