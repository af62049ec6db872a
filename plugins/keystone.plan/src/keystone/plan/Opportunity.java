package keystone.plan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A sales opportunity at the account that the plan pursues, with the stage of our sales process it is in.
 *
 * @param id            database id; {@link #NEW_ID} for one not stored yet
 * @param value         the expected order value, or {@code null} when unknown; not negative
 * @param expectedClose the day the order is expected
 * @param probability   the chance of winning it in percent, 0 to 100 ({@link PlanValidation})
 */
public record Opportunity(long id, String name, BigDecimal value, LocalDate expectedClose, int probability,
        SalesStage stage) {

    public static final long NEW_ID = 0L;

    public Opportunity {
        name = Checks.text(name);
        value = Checks.money(value);
        Checks.date(expectedClose, "expected close");
        Objects.requireNonNull(stage, "stage");
    }

    /** The value weighted by the probability, to cents; zero when the value is unknown. */
    public BigDecimal weightedValue() {
        return value == null ? BigDecimal.ZERO.setScale(Checks.MONEY_SCALE)
                : value.multiply(BigDecimal.valueOf(probability)).divide(BigDecimal.valueOf(100), Checks.MONEY_SCALE,
                        RoundingMode.HALF_UP);
    }

    public Opportunity withId(long newId) {
        return new Opportunity(newId, name, value, expectedClose, probability, stage);
    }
}
