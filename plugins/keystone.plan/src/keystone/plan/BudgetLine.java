package keystone.plan;

import java.math.BigDecimal;

/**
 * One item of the cost to serve the account.
 *
 * @param id     database id; {@link #NEW_ID} for one not stored yet
 * @param amount the planned cost; required and not negative ({@link PlanValidation}), {@code null} while not entered
 */
public record BudgetLine(long id, String item, BigDecimal amount) {

    public static final long NEW_ID = 0L;

    public BudgetLine {
        item = Checks.text(item);
        amount = Checks.money(amount);
    }

    public BudgetLine withId(long newId) {
        return new BudgetLine(newId, item, amount);
    }
}
