package keystone.decisionmap;

import java.time.LocalDate;
import java.util.Objects;

/**
 * How well one of our people knows a person of the customer, now and as we want it to be.
 *
 * @param id          database id; {@link #NEW_ID} for one not stored yet
 * @param personId    the customer's person (their id on the map)
 * @param ourPerson   the name of our member of staff, required to store the map
 * @param current     the strength today
 * @param target      the strength we work toward
 * @param lastContact the day of the last contact, {@code null} when never or unknown
 */
public record Relationship(long id, long personId, String ourPerson, Strength current, Strength target,
        LocalDate lastContact) {

    public static final long NEW_ID = 0L;

    public Relationship {
        ourPerson = ourPerson == null ? "" : ourPerson;
        Objects.requireNonNull(current, "current");
        target = target == null ? current : target;
    }

    public Relationship withId(long newId) {
        return new Relationship(newId, personId, ourPerson, current, target, lastContact);
    }

    public Relationship withPersonId(long newPersonId) {
        return new Relationship(id, newPersonId, ourPerson, current, target, lastContact);
    }
}
