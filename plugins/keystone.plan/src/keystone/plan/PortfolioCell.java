package keystone.plan;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The four cells of the key-account portfolio (domain brief, section 6): account attractiveness against our
 * relative strength at the account, both scored 0 to 10. A score of {@link #SPLIT} or more is high. The names follow
 * the key-account portfolio of the KAM literature (McDonald, Rogers and Woodburn):
 * <ul>
 * <li>{@link #STRATEGIC}: attractive, and we are strong - invest and grow together;</li>
 * <li>{@link #STAR}: attractive, but we are weak - invest selectively to build our position (the literature's "key
 * development" account);</li>
 * <li>{@link #STATUS}: less attractive, but we are strong - keep it efficiently, protect the profit;</li>
 * <li>{@link #STREAMLINE}: less attractive, and we are weak - serve it at low cost.</li>
 * </ul>
 */
public enum PortfolioCell {
    STRATEGIC,
    STAR,
    STATUS,
    STREAMLINE;

    /** From this score on (5.0 included) a score is high. */
    public static final BigDecimal SPLIT = new BigDecimal("5.0");

    /** The cell of the scores; empty when either is not scored. */
    public static Optional<PortfolioCell> of(BigDecimal attractiveness, BigDecimal strength) {
        if (attractiveness == null || strength == null) {
            return Optional.empty();
        }
        boolean attractive = attractiveness.compareTo(SPLIT) >= 0;
        boolean strong = strength.compareTo(SPLIT) >= 0;
        if (attractive) {
            return Optional.of(strong ? STRATEGIC : STAR);
        }
        return Optional.of(strong ? STATUS : STREAMLINE);
    }
}
