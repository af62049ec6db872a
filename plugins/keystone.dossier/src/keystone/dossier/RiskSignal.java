package keystone.dossier;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An active churn signal of an account (see {@link ChurnRules}). {@code detail} is data for the explanation the
 * UI writes, not text for the user:
 * <ul>
 * <li>{@link Kind#NO_PURCHASE}: the whole months since the last purchase, e.g. "4"; {@code since} the last
 * purchase</li>
 * <li>{@link Kind#REVENUE_DROP}: the drop in percent with two decimals, e.g. "23.50"; {@code since} the first day
 * of the compared period</li>
 * <li>{@link Kind#LOST_TENDER}: the tender's title; {@code since} its date</li>
 * <li>{@link Kind#OPEN_COMPLAINT}: the complaint's title; {@code since} the day it was opened</li>
 * <li>{@link Kind#KEY_CONTACT_LEFT}: the contact's name; {@code since} the day they left, or {@code null} when
 * not known</li>
 * </ul>
 */
public record RiskSignal(Kind kind, String detail, LocalDate since) {

    /** The churn signals of the domain brief, section 1. */
    public enum Kind {
        NO_PURCHASE, REVENUE_DROP, LOST_TENDER, OPEN_COMPLAINT, KEY_CONTACT_LEFT
    }

    public RiskSignal {
        Objects.requireNonNull(kind, "kind");
        detail = detail == null ? "" : detail;
    }
}
