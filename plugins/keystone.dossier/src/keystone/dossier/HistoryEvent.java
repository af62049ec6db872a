package keystone.dossier;

import java.time.LocalDate;

/**
 * A dated event in the relationship history of an account (domain brief, section 1); the set of kinds is closed.
 */
public sealed interface HistoryEvent permits Delivery, Tender, Complaint, Meeting {

    /** The id of an event not stored yet; the store gives it one. */
    long NEW_ID = 0L;

    /** The kinds of events, for filters and storage; {@link HistoryEvent#kind()} names the kind of each event. */
    enum Kind {
        DELIVERY, TENDER, COMPLAINT, MEETING
    }

    long id();

    long accountId();

    /** The day it happened; for a complaint the day it was opened. */
    LocalDate date();

    String title();

    String notes();

    Kind kind();

    /** This event stored under {@code newId}. */
    HistoryEvent withId(long newId);
}
