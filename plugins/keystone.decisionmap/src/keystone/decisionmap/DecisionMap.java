package keystone.decisionmap;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The decision-making scheme of one account: its people, their reporting and influence lines, and our
 * relationships with them. An immutable value; {@link MapEdits} derives changed maps from it, so that an editor can
 * undo by keeping the previous one.
 *
 * <p>The constructor only insists on what every map needs to be looked up: every person on the map's account and
 * no two people with the same id. Lines and relationships are checked before storing ({@link
 * DecisionMapValidation}), so that an editor can show the problems of a map rather than fail building it.</p>
 *
 * <p>Lookups scan the lists; a view that looks up many people should index {@link #people()} once.</p>
 *
 * @param people        in the user's order
 * @param reporting     reporting lines, in the order drawn
 * @param influence     influence lines, in the order drawn
 * @param relationships our relationships with the people, in the user's order
 */
public record DecisionMap(long accountId, List<Person> people, List<ReportingLine> reporting,
        List<InfluenceLine> influence, List<Relationship> relationships) {

    public DecisionMap {
        people = people == null ? List.of() : List.copyOf(people);
        reporting = reporting == null ? List.of() : List.copyOf(reporting);
        influence = influence == null ? List.of() : List.copyOf(influence);
        relationships = relationships == null ? List.of() : List.copyOf(relationships);
        Set<Long> ids = new HashSet<>();
        for (Person p : people) {
            if (p.accountId() != accountId) {
                throw new IllegalArgumentException("Person " + p.id() + " belongs to account " + p.accountId()
                        + ", not to the map's account " + accountId + ".");
            }
            if (!ids.add(p.id())) {
                throw new IllegalArgumentException("Two people on the map of account " + accountId + " have the id "
                        + p.id() + ".");
            }
        }
    }

    /** The map of an account of which no one is recorded yet. */
    public static DecisionMap empty(long accountId) {
        return new DecisionMap(accountId, List.of(), List.of(), List.of(), List.of());
    }

    public boolean isEmpty() {
        return people.isEmpty();
    }

    public Optional<Person> person(long id) {
        return people.stream().filter(p -> p.id() == id).findFirst();
    }

    /** The person with {@code id}, who must be on the map. */
    public Person require(long id) {
        return person(id).orElseThrow(() -> new IllegalArgumentException("There is no person " + id
                + " on the map of account " + accountId + "."));
    }

    public boolean contains(long personId) {
        return people.stream().anyMatch(p -> p.id() == personId);
    }

    /** The lines up from {@code personId} to their managers, solid and dotted. */
    public List<ReportingLine> managerLines(long personId) {
        return reporting.stream().filter(l -> l.reportId() == personId).toList();
    }

    /** The ids of the person's managers, solid lines first. */
    public List<Long> managersOf(long personId) {
        return managerLines(personId).stream().sorted((a, b) -> Boolean.compare(a.dotted(), b.dotted()))
                .map(ReportingLine::managerId).toList();
    }

    /** The ids of the people reporting to {@code personId}, through solid or dotted lines. */
    public List<Long> reportsOf(long personId) {
        return reporting.stream().filter(l -> l.managerId() == personId).map(ReportingLine::reportId).toList();
    }

    public List<Relationship> relationshipsOf(long personId) {
        return relationships.stream().filter(r -> r.personId() == personId).toList();
    }

    /**
     * The id to give a person added to the map before it is stored: negative and below every id on the map, so
     * that lines can reference the person before the database hands out the real id.
     */
    public long nextTemporaryId() {
        long min = 0;
        for (Person p : people) {
            min = Math.min(min, p.id());
        }
        return min - 1;
    }

    public DecisionMap withPeople(List<Person> newPeople) {
        return new DecisionMap(accountId, newPeople, reporting, influence, relationships);
    }

    public DecisionMap withReporting(List<ReportingLine> newReporting) {
        return new DecisionMap(accountId, people, newReporting, influence, relationships);
    }

    public DecisionMap withInfluence(List<InfluenceLine> newInfluence) {
        return new DecisionMap(accountId, people, reporting, newInfluence, relationships);
    }

    public DecisionMap withRelationships(List<Relationship> newRelationships) {
        return new DecisionMap(accountId, people, reporting, influence, newRelationships);
    }
}
