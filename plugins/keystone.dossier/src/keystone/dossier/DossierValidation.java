package keystone.dossier;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks a dossier before it is stored and reports every problem instead of throwing, so that the editor can show
 * them next to the fields; the dossier service refuses a dossier with problems. Limits match the columns of the
 * dossier's tables.
 */
public final class DossierValidation {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** The rules a dossier can break. */
    public enum Rule {
        /** A field that must not be blank is. */
        REQUIRED,
        /** A text is longer than its field's {@link Field#maxLength()}. */
        TOO_LONG,
        /** Our share of wallet and all competitors' shares add up to more than 100 percent. */
        SHARE_OF_WALLET_OVER_100
    }

    /** The fields of a dossier that are checked, with their limits. */
    public enum Field {
        NEED_EVIDENCE(Limits.TEXT, false),
        SOLVENCY_EVIDENCE(Limits.TEXT, false),
        DECISION_POWER_EVIDENCE(Limits.TEXT, false),
        ASSESSED_BY(Limits.PERSON, false),
        EVENT_TITLE(Limits.TITLE, true),
        EVENT_NOTES(Limits.TEXT, false),
        DELIVERY_WHAT(Limits.TEXT, false),
        TENDER_REASON(Limits.TEXT, false),
        TENDER_WINNING_COMPETITOR(Limits.NAME, false),
        COMPLAINT_RESOLUTION(Limits.TEXT, false),
        MEETING_PARTICIPANTS(Limits.TEXT, false),
        MEETING_MINUTES(Limits.TEXT, false),
        FOLLOW_UP_ACTION(Limits.TEXT, true),
        FOLLOW_UP_OWNER(Limits.PERSON, false),
        COMPETITOR_NAME(Limits.NAME, true),
        COMPETITOR_OFFERING(Limits.TEXT, false),
        COMPETITOR_STRENGTHS(Limits.TEXT, false),
        COMPETITOR_WEAKNESSES(Limits.TEXT, false),
        COMPETITOR_RELATIONSHIPS(Limits.TEXT, false),
        KEY_CONTACT_NAME(Limits.NAME, true),
        KEY_CONTACT_ROLE(Limits.NAME, false),
        /** Our share together with the competitors' shares; a number, so it has no length. */
        SHARE_OF_WALLET(0, false);

        private final int maxLength;
        private final boolean required;

        Field(int maxLength, boolean required) {
            this.maxLength = maxLength;
            this.required = required;
        }

        /** The most characters (UTF-16 units, as Java counts them) the field holds. */
        public int maxLength() {
            return maxLength;
        }

        public boolean required() {
            return required;
        }
    }

    /** Column sizes of the dossier tables (sql/V001__dossier.sql). */
    private static final class Limits {
        static final int TEXT = 100_000;
        static final int TITLE = 1_000;
        static final int NAME = 400;
        static final int PERSON = 200;
    }

    /**
     * One problem found.
     *
     * @param field   the field concerned
     * @param rule    the rule it breaks
     * @param subject the part of the dossier holding the field (a {@link Qualification}, {@link HistoryEvent},
     *                {@link FollowUp}, {@link Competitor} or {@link KeyContact}); {@code null} for the shares of wallet
     * @param total   for {@link Rule#SHARE_OF_WALLET_OVER_100} the sum of the shares, otherwise {@code null}
     */
    public record Problem(Field field, Rule rule, Record subject, BigDecimal total) {
    }

    private DossierValidation() {
    }

    /** Every problem of {@code dossier}, in the order of its sections; empty when it can be stored. */
    public static List<Problem> validate(Dossier dossier) {
        List<Problem> problems = new ArrayList<>();
        Qualification q = dossier.qualification();
        check(problems, q, Field.NEED_EVIDENCE, q.needEvidence());
        check(problems, q, Field.SOLVENCY_EVIDENCE, q.solvencyEvidence());
        check(problems, q, Field.DECISION_POWER_EVIDENCE, q.decisionPowerEvidence());
        check(problems, q, Field.ASSESSED_BY, q.assessedBy());
        for (HistoryEvent e : dossier.history()) {
            validate(problems, e);
        }
        checkShareOfWallet(dossier.ourShareOfWallet(), dossier.competitors()).ifPresent(problems::add);
        for (Competitor c : dossier.competitors()) {
            check(problems, c, Field.COMPETITOR_NAME, c.name());
            check(problems, c, Field.COMPETITOR_OFFERING, c.offering());
            check(problems, c, Field.COMPETITOR_STRENGTHS, c.strengths());
            check(problems, c, Field.COMPETITOR_WEAKNESSES, c.weaknesses());
            check(problems, c, Field.COMPETITOR_RELATIONSHIPS, c.relationships());
        }
        for (KeyContact k : dossier.keyContacts()) {
            check(problems, k, Field.KEY_CONTACT_NAME, k.name());
            check(problems, k, Field.KEY_CONTACT_ROLE, k.role());
        }
        return problems;
    }

    private static void validate(List<Problem> problems, HistoryEvent event) {
        Record subject = (Record) event; // every kind of event is a record
        check(problems, subject, Field.EVENT_TITLE, event.title());
        check(problems, subject, Field.EVENT_NOTES, event.notes());
        switch (event) {
            case Delivery d -> check(problems, d, Field.DELIVERY_WHAT, d.what());
            case Tender t -> {
                check(problems, t, Field.TENDER_REASON, t.reason());
                check(problems, t, Field.TENDER_WINNING_COMPETITOR, t.winningCompetitor());
            }
            case Complaint c -> check(problems, c, Field.COMPLAINT_RESOLUTION, c.resolution());
            case Meeting m -> {
                check(problems, m, Field.MEETING_PARTICIPANTS, m.participants());
                check(problems, m, Field.MEETING_MINUTES, m.minutes());
                for (FollowUp f : m.followUps()) {
                    check(problems, f, Field.FOLLOW_UP_ACTION, f.action());
                    check(problems, f, Field.FOLLOW_UP_OWNER, f.owner());
                }
            }
        }
    }

    private static void check(List<Problem> problems, Record subject, Field field, String value) {
        if (field.required() && value.isBlank()) {
            problems.add(new Problem(field, Rule.REQUIRED, subject, null));
        } else if (value.length() > field.maxLength()) {
            problems.add(new Problem(field, Rule.TOO_LONG, subject, null));
        }
    }

    /** Our share plus every competitor's share; unknown shares count as 0. */
    public static BigDecimal shareOfWalletTotal(BigDecimal ourShare, List<Competitor> competitors) {
        BigDecimal total = ourShare == null ? BigDecimal.ZERO.setScale(Checks.SCALE) : ourShare;
        for (Competitor c : competitors) {
            if (c.shareOfWallet() != null) {
                total = total.add(c.shareOfWallet());
            }
        }
        return total;
    }

    /** The over-100 problem when our share and the competitors' shares add up to more than 100 (exactly 100 is fine). */
    public static Optional<Problem> checkShareOfWallet(BigDecimal ourShare, List<Competitor> competitors) {
        BigDecimal total = shareOfWalletTotal(ourShare, competitors);
        return total.compareTo(HUNDRED) > 0
                ? Optional.of(new Problem(Field.SHARE_OF_WALLET, Rule.SHARE_OF_WALLET_OVER_100, null, total))
                : Optional.empty();
    }
}
