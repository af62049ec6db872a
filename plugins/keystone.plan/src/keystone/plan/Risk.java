package keystone.plan;

import java.util.Objects;

/**
 * A risk to the plan, rated by probability and impact, with what we do about it.
 *
 * @param id database id; {@link #NEW_ID} for one not stored yet
 */
public record Risk(long id, String text, RiskLevel probability, RiskLevel impact, String mitigation) {

    public static final long NEW_ID = 0L;

    public Risk {
        text = Checks.text(text);
        Objects.requireNonNull(probability, "probability");
        Objects.requireNonNull(impact, "impact");
        mitigation = Checks.text(mitigation);
    }

    /** Probability times impact, each counted 1 (low) to 3 (high): 1 to 9. */
    public int severity() {
        return (probability.ordinal() + 1) * (impact.ordinal() + 1);
    }

    public Risk withId(long newId) {
        return new Risk(newId, text, probability, impact, mitigation);
    }
}
