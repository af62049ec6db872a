package keystone.dossier;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The "three P" assessment of an account (domain brief, section 1): is there a real need for our products, can the
 * customer pay, and can we reach those who decide. Each criterion carries a rating and the evidence for it.
 *
 * @param accountId             the account assessed
 * @param need                  rating of the customer's need for our products or services
 * @param needEvidence          why we rate the need so
 * @param solvency              rating of the customer's ability to pay
 * @param solvencyEvidence      why we rate the solvency so
 * @param decisionPower         rating of our access to those who decide
 * @param decisionPowerEvidence why we rate the decision power so
 * @param assessedOn            when the assessment was made, or {@code null} when it has not been
 * @param assessedBy            who made it
 */
public record Qualification(long accountId, Rating need, String needEvidence, Rating solvency,
        String solvencyEvidence, Rating decisionPower, String decisionPowerEvidence, LocalDate assessedOn,
        String assessedBy) {

    /** How far a criterion holds; only {@link #YES} counts towards qualification. */
    public enum Rating {
        UNKNOWN, NO, PARTLY, YES
    }

    public Qualification {
        Checks.id(accountId, "account id");
        Objects.requireNonNull(need, "need");
        Objects.requireNonNull(solvency, "solvency");
        Objects.requireNonNull(decisionPower, "decisionPower");
        needEvidence = Checks.text(needEvidence);
        solvencyEvidence = Checks.text(solvencyEvidence);
        decisionPowerEvidence = Checks.text(decisionPowerEvidence);
        assessedBy = Checks.text(assessedBy);
    }

    /** Nothing assessed yet: every criterion {@link Rating#UNKNOWN}. */
    public static Qualification empty(long accountId) {
        return new Qualification(accountId, Rating.UNKNOWN, "", Rating.UNKNOWN, "", Rating.UNKNOWN, "", null, "");
    }

    /** The verdict of the three P rule: qualified only when need, solvency and decision power all hold. */
    public boolean qualified() {
        return need == Rating.YES && solvency == Rating.YES && decisionPower == Rating.YES;
    }
}
