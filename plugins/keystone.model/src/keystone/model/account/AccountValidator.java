package keystone.model.account;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks an account's general information before it is stored; shared by the editor, the store and imports so
 * that nothing invalid is saved whatever the path.
 */
public final class AccountValidator {

    /** One problem found: which field, and which rule it breaks. */
    public record Problem(AccountField field, Rule rule) {
    }

    /** The rules a field value can break. */
    public enum Rule {
        REQUIRED, TOO_LONG, NEGATIVE, CURRENCY_CODE
    }

    private AccountValidator() {
    }

    public static List<Problem> validate(Account account) {
        List<Problem> problems = new ArrayList<>();
        for (AccountField field : AccountField.values()) {
            check(field, account.get(field)).ifPresent(rule -> problems.add(new Problem(field, rule)));
        }
        return problems;
    }

    /** The rule a single value breaks, if any. */
    public static java.util.Optional<Rule> check(AccountField field, Object value) {
        if (value instanceof String s) {
            if (field.required() && s.isBlank()) {
                return java.util.Optional.of(Rule.REQUIRED);
            }
            if (s.length() > field.maxLength()) {
                return java.util.Optional.of(Rule.TOO_LONG);
            }
            if (field == AccountField.CURRENCY && !s.matches("[A-Z]{3}")) {
                return java.util.Optional.of(Rule.CURRENCY_CODE);
            }
        } else if (value == null && field.required()) {
            return java.util.Optional.of(Rule.REQUIRED);
        } else if (value instanceof Integer i && i < 0) {
            return java.util.Optional.of(Rule.NEGATIVE);
        } else if (value instanceof BigDecimal d && d.signum() < 0) {
            return java.util.Optional.of(Rule.NEGATIVE);
        }
        return java.util.Optional.empty();
    }
}
