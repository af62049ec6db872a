package keystone.decisionmap;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * One person of the customer on the decision map (domain brief, section 2). An immutable value; text is never
 * {@code null} (absent text is empty).
 *
 * @param id         database id; {@link #NEW_ID} before the person is added to a map, a negative temporary id
 *                   ({@link DecisionMap#nextTemporaryId()}) while the person is on a map but not stored yet
 * @param accountId  the account whose map the person is on
 * @param name       required to store the map (see {@link DecisionMapValidation})
 * @param subsidiary the company of the group the person works for; empty for the account's main company
 * @param level      where in the hierarchy; {@link Level#OPERATIONAL} when not given
 * @param roles      buying roles, possibly none
 * @param stance     toward us; {@link Stance#NEUTRAL} when not given
 * @param influence  {@link Influence#MEDIUM} when not given
 * @param left       the person has left the company; they stay on the map, greyed, but never count for coverage
 * @param leftOn     when they left, if known; only for a person who left
 * @param x          manual position of the node, with {@code y}; both {@code null} when laid out automatically
 */
public record Person(long id, long accountId, String name, String title, String department, String subsidiary,
        Level level, Set<BuyingRole> roles, Stance stance, Influence influence, boolean left, LocalDate leftOn,
        String notes, Double x, Double y) {

    /** The id of a person not yet on a map. */
    public static final long NEW_ID = 0L;

    public Person {
        if (accountId < 0) {
            throw new IllegalArgumentException("account id must not be negative: " + accountId);
        }
        name = text(name);
        title = text(title);
        department = text(department);
        subsidiary = text(subsidiary);
        level = level == null ? Level.OPERATIONAL : level;
        roles = roles(roles);
        stance = stance == null ? Stance.NEUTRAL : stance;
        influence = influence == null ? Influence.MEDIUM : influence;
        notes = text(notes);
        if (leftOn != null && !left) {
            throw new IllegalArgumentException("A person who has not left has no leaving date (" + leftOn + ").");
        }
        if ((x == null) != (y == null)) {
            throw new IllegalArgumentException("A manual position needs both coordinates: x " + x + ", y " + y + ".");
        }
        if (x != null && (!Double.isFinite(x) || !Double.isFinite(y))) {
            throw new IllegalArgumentException("A manual position must be finite: x " + x + ", y " + y + ".");
        }
    }

    /** A new active person with just a name and a level, neutral, of medium influence, with no roles. */
    public static Person draft(long accountId, String name, Level level) {
        return new Person(NEW_ID, accountId, name, "", "", "", level, Set.of(), Stance.NEUTRAL, Influence.MEDIUM, false,
                null, "", null, null);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static Set<BuyingRole> roles(Collection<BuyingRole> roles) {
        EnumSet<BuyingRole> copy = EnumSet.noneOf(BuyingRole.class);
        if (roles != null) {
            copy.addAll(roles);
        }
        return Collections.unmodifiableSet(copy);
    }

    /** Still with the company: only active people count for coverage. */
    public boolean active() {
        return !left;
    }

    public boolean has(BuyingRole role) {
        return roles.contains(role);
    }

    /**
     * A key player: active, and of high influence or an economic buyer, decision maker or technical buyer. People
     * who left are never key players.
     */
    public boolean keyPlayer() {
        return active() && (influence == Influence.HIGH || roles.stream().anyMatch(BuyingRole::key));
    }

    /** The node is placed by hand rather than by the automatic layout. */
    public boolean manuallyPlaced() {
        return x != null;
    }

    public Person withId(long newId) {
        return new Person(newId, accountId, name, title, department, subsidiary, level, roles, stance, influence, left,
                leftOn, notes, x, y);
    }

    public Person withName(String newName) {
        return new Person(id, accountId, newName, title, department, subsidiary, level, roles, stance, influence, left,
                leftOn, notes, x, y);
    }

    public Person withLevel(Level newLevel) {
        return new Person(id, accountId, name, title, department, subsidiary, newLevel, roles, stance, influence, left,
                leftOn, notes, x, y);
    }

    public Person withRoles(Set<BuyingRole> newRoles) {
        return new Person(id, accountId, name, title, department, subsidiary, level, newRoles, stance, influence, left,
                leftOn, notes, x, y);
    }

    public Person withStance(Stance newStance) {
        return new Person(id, accountId, name, title, department, subsidiary, level, roles, newStance, influence, left,
                leftOn, notes, x, y);
    }

    public Person withInfluence(Influence newInfluence) {
        return new Person(id, accountId, name, title, department, subsidiary, level, roles, stance, newInfluence, left,
                leftOn, notes, x, y);
    }

    /** This person as having left on {@code date} (which may be {@code null} when unknown). */
    public Person withLeft(LocalDate date) {
        return new Person(id, accountId, name, title, department, subsidiary, level, roles, stance, influence, true,
                date, notes, x, y);
    }

    /** This person at a manual position, or laid out automatically again when both are {@code null}. */
    public Person withPosition(Double newX, Double newY) {
        return new Person(id, accountId, name, title, department, subsidiary, level, roles, stance, influence, left,
                leftOn, notes, newX, newY);
    }
}
