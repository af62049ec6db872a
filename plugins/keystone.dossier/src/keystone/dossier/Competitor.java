package keystone.dossier;

import java.math.BigDecimal;

/**
 * A competitor active at the account: what they sell there, their estimated share of the account's spend, and
 * what we know of them. The shares of us and all competitors together cannot exceed 100
 * ({@link DossierValidation}).
 *
 * @param id            database id; {@link #NEW_ID} for one not stored yet
 * @param shareOfWallet estimated share of the account's spend in percent (0 to 100, two decimals), or
 *                      {@code null} when unknown
 */
public record Competitor(long id, long accountId, String name, String offering, BigDecimal shareOfWallet,
        String strengths, String weaknesses, String relationships) {

    public static final long NEW_ID = 0L;

    public Competitor {
        Checks.id(id, "id");
        Checks.id(accountId, "account id");
        name = Checks.text(name);
        offering = Checks.text(offering);
        shareOfWallet = Checks.percent(shareOfWallet, "share of wallet");
        strengths = Checks.text(strengths);
        weaknesses = Checks.text(weaknesses);
        relationships = Checks.text(relationships);
    }

    public Competitor withId(long newId) {
        return new Competitor(newId, accountId, name, offering, shareOfWallet, strengths, weaknesses, relationships);
    }
}
