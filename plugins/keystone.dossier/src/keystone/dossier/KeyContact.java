package keystone.dossier;

import java.time.LocalDate;

/**
 * A key person at the account, kept so that one who left shows as a churn signal. A stand-in until the
 * decision-maker graph (domain brief, section 2) holds the account's people.
 *
 * @param id     database id; {@link #NEW_ID} for one not stored yet
 * @param left   the person has left the account
 * @param leftOn when they left, if known; only for a person who left
 */
public record KeyContact(long id, long accountId, String name, String role, boolean left, LocalDate leftOn) {

    public static final long NEW_ID = 0L;

    public KeyContact {
        Checks.id(id, "id");
        Checks.id(accountId, "account id");
        name = Checks.text(name);
        role = Checks.text(role);
        if (leftOn != null && !left) {
            throw new IllegalArgumentException("A key contact who has not left has no leaving date (" + leftOn + ").");
        }
    }

    public KeyContact withId(long newId) {
        return new KeyContact(newId, accountId, name, role, left, leftOn);
    }
}
