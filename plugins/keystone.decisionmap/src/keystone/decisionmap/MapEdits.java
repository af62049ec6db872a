package keystone.decisionmap;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

import org.eclipse.osgi.util.NLS;

import keystone.decisionmap.internal.Messages;
import keystone.model.KeystoneException;

/**
 * The edits of the decision-map editor as pure functions: each returns a new map and leaves the one given
 * unchanged, so that undo is keeping the previous map. People are referenced by id; an id not on the map is a
 * programming error ({@link IllegalArgumentException}). Reporting lines that would close a cycle, including a line
 * from a person to themselves, are refused with a {@link CycleException}; solid and dotted lines count alike.
 */
public final class MapEdits {

    private MapEdits() {
    }

    /**
     * Adds {@code person} at the end of the map; a person with {@link Person#NEW_ID} gets the map's
     * {@link DecisionMap#nextTemporaryId() next temporary id}, found in the new map's last person.
     */
    public static DecisionMap addPerson(DecisionMap map, Person person) {
        Objects.requireNonNull(person, "person");
        Person added = person.id() == Person.NEW_ID ? person.withId(map.nextTemporaryId()) : person;
        if (map.contains(added.id())) {
            throw new IllegalArgumentException("There is already a person " + added.id() + " on the map.");
        }
        return map.withPeople(append(map.people(), added));
    }

    /** Replaces the person with the same id as {@code person}, in place. */
    public static DecisionMap updatePerson(DecisionMap map, Person person) {
        map.require(person.id());
        return map.withPeople(map.people().stream().map(p -> p.id() == person.id() ? person : p).toList());
    }

    /** Places the person by hand at ({@code x}, {@code y}), or back under the automatic layout when both are null. */
    public static DecisionMap move(DecisionMap map, long personId, Double x, Double y) {
        return updatePerson(map, map.require(personId).withPosition(x, y));
    }

    /**
     * Removes a person with every line and relationship that involves them; {@link Removal#map()} is the new map,
     * and {@link #restore} undoes the removal.
     */
    public static Removal removePerson(DecisionMap map, long personId) {
        Person person = map.require(personId);
        List<Removal.Placed<ReportingLine>> reporting = placed(map.reporting(), l -> l.joins(personId));
        List<Removal.Placed<InfluenceLine>> influence = placed(map.influence(), l -> l.joins(personId));
        List<Removal.Placed<Relationship>> relationships = placed(map.relationships(), r -> r.personId() == personId);
        DecisionMap without = new DecisionMap(map.accountId(),
                map.people().stream().filter(p -> p.id() != personId).toList(),
                map.reporting().stream().filter(l -> !l.joins(personId)).toList(),
                map.influence().stream().filter(l -> !l.joins(personId)).toList(),
                map.relationships().stream().filter(r -> r.personId() != personId).toList());
        return new Removal(without, new Removal.Placed<>(map.people().indexOf(person), person), reporting, influence,
                relationships);
    }

    /**
     * Puts back a removed person with all their lines and relationships, each at its former place. Applied to
     * {@link Removal#map()} it gives exactly the map before the removal. On a map edited since, the person's id
     * must still be free and the other ends of their lines still present, and their lines must not close a cycle
     * with the lines drawn meanwhile.
     *
     * @throws CycleException when a restored reporting line would close a cycle
     */
    public static DecisionMap restore(DecisionMap map, Removal removal) {
        Person person = removal.person().value();
        if (map.contains(person.id())) {
            throw new IllegalArgumentException("The person " + person.id() + " is already on the map.");
        }
        DecisionMap result = new DecisionMap(map.accountId(), insert(map.people(), List.of(removal.person())),
                insert(map.reporting(), removal.reporting()), insert(map.influence(), removal.influence()),
                insert(map.relationships(), removal.relationships()));
        for (Removal.Placed<ReportingLine> line : removal.reporting()) {
            result.require(line.value().managerId());
            result.require(line.value().reportId());
        }
        for (Removal.Placed<InfluenceLine> line : removal.influence()) {
            result.require(line.value().fromId());
            result.require(line.value().toId());
        }
        requireNoCycle(result);
        return result;
    }

    /**
     * Makes {@code managerId} the one solid manager of {@code reportId}: the person's other solid lines go, their
     * dotted lines stay (a dotted line to the same manager becomes the solid one).
     *
     * @throws CycleException when the manager is the person or one of their direct or indirect subordinates
     */
    public static DecisionMap setManager(DecisionMap map, long reportId, long managerId) {
        List<ReportingLine> kept = map.reporting().stream().filter(l -> l.reportId() != reportId
                || (l.dotted() && l.managerId() != managerId)).toList();
        checkLine(map, kept, managerId, reportId);
        return map.withReporting(append(kept, new ReportingLine(managerId, reportId, false)));
    }

    /**
     * Adds another manager to {@code reportId}, keeping the ones they have; a line between the two that exists
     * already changes to the kind given, in place.
     *
     * @param dotted a secondary line, e.g. to a manager in another subsidiary
     * @throws CycleException when the manager is the person or one of their direct or indirect subordinates
     */
    public static DecisionMap addManager(DecisionMap map, long reportId, long managerId, boolean dotted) {
        checkLine(map, map.reporting(), managerId, reportId);
        ReportingLine line = new ReportingLine(managerId, reportId, dotted);
        boolean exists = map.reporting().stream().anyMatch(l -> l.managerId() == managerId && l.reportId() == reportId);
        if (exists) {
            return map.withReporting(map.reporting().stream()
                    .map(l -> l.managerId() == managerId && l.reportId() == reportId ? line : l).toList());
        }
        return map.withReporting(append(map.reporting(), line));
    }

    /** Removes the line from {@code reportId} up to {@code managerId}, if there is one. */
    public static DecisionMap removeReportingLine(DecisionMap map, long managerId, long reportId) {
        return map.withReporting(map.reporting().stream()
                .filter(l -> l.managerId() != managerId || l.reportId() != reportId).toList());
    }

    /**
     * Draws an influence line from one person to another, or changes the note of the one there is. Influence may
     * go round in circles, but not from a person to themselves.
     *
     * @throws KeystoneException when both ends are the same person
     */
    public static DecisionMap connectInfluence(DecisionMap map, long fromId, long toId, String note) {
        Person from = map.require(fromId);
        map.require(toId);
        if (fromId == toId) {
            throw new KeystoneException(NLS.bind(Messages.Edit_selfInfluence, from.name()));
        }
        InfluenceLine line = new InfluenceLine(fromId, toId, note);
        boolean exists = map.influence().stream().anyMatch(l -> l.fromId() == fromId && l.toId() == toId);
        if (exists) {
            return map.withInfluence(map.influence().stream()
                    .map(l -> l.fromId() == fromId && l.toId() == toId ? line : l).toList());
        }
        return map.withInfluence(append(map.influence(), line));
    }

    /** Removes the influence line from {@code fromId} to {@code toId}, if there is one. */
    public static DecisionMap disconnectInfluence(DecisionMap map, long fromId, long toId) {
        return map.withInfluence(map.influence().stream()
                .filter(l -> l.fromId() != fromId || l.toId() != toId).toList());
    }

    /** Adds one of our relationships with a person of the map. */
    public static DecisionMap addRelationship(DecisionMap map, Relationship relationship) {
        map.require(relationship.personId());
        return map.withRelationships(append(map.relationships(), relationship));
    }

    /** Replaces {@code old} (compared by value) with {@code relationship}, in place. */
    public static DecisionMap replaceRelationship(DecisionMap map, Relationship old, Relationship relationship) {
        map.require(relationship.personId());
        List<Relationship> list = new ArrayList<>(map.relationships());
        int index = list.indexOf(old);
        if (index < 0) {
            throw new IllegalArgumentException("The relationship " + old + " is not on the map.");
        }
        list.set(index, relationship);
        return map.withRelationships(list);
    }

    /** Removes {@code relationship} (compared by value; the first equal one). */
    public static DecisionMap removeRelationship(DecisionMap map, Relationship relationship) {
        List<Relationship> list = new ArrayList<>(map.relationships());
        list.remove(relationship);
        return map.withRelationships(list);
    }

    /** Refuses a line from {@code reportId} up to {@code managerId} on top of {@code lines}. */
    private static void checkLine(DecisionMap map, List<ReportingLine> lines, long managerId, long reportId) {
        Person manager = map.require(managerId);
        Person report = map.require(reportId);
        if (managerId == reportId || new ReportingGraph(lines).reaches(reportId, managerId)) {
            throw new CycleException(manager, report);
        }
    }

    /** Throws the {@link CycleException} of the first cycle among the map's reporting lines. */
    static void requireNoCycle(DecisionMap map) {
        new ReportingGraph(map.reporting()).closingLine(map.reporting()).ifPresent(l -> {
            throw new CycleException(map.require(l.managerId()), map.require(l.reportId()));
        });
    }

    private static <T> List<T> append(List<T> list, T value) {
        List<T> copy = new ArrayList<>(list.size() + 1);
        copy.addAll(list);
        copy.add(value);
        return copy;
    }

    private static <T> List<Removal.Placed<T>> placed(List<T> list, Predicate<T> test) {
        List<Removal.Placed<T>> placed = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            if (test.test(list.get(i))) {
                placed.add(new Removal.Placed<>(i, list.get(i)));
            }
        }
        return placed;
    }

    /** Inserts each value at its former index, lowest first, so that unchanged lists come back as they were. */
    private static <T> List<T> insert(List<T> list, List<Removal.Placed<T>> values) {
        List<T> copy = new ArrayList<>(list);
        values.stream().sorted(Comparator.comparingInt(Removal.Placed::index))
                .forEach(p -> copy.add(Math.min(p.index(), copy.size()), p.value()));
        return copy;
    }
}
