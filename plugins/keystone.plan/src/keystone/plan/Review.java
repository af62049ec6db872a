package keystone.plan;

import java.time.LocalDate;

/**
 * An entry of the plan's review log: when it was reviewed, by whom, and what came out of it.
 *
 * @param id database id; {@link #NEW_ID} for one not stored yet
 */
public record Review(long id, LocalDate date, String author, String notes) {

    public static final long NEW_ID = 0L;

    public Review {
        Checks.date(date, "date");
        author = Checks.text(author);
        notes = Checks.text(notes);
    }

    public Review withId(long newId) {
        return new Review(newId, date, author, notes);
    }
}
