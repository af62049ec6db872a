package keystone.decisionmap;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

import keystone.decisionmap.internal.Messages;

/**
 * Checks a decision map before it is stored and reports every problem instead of throwing, so that an editor can
 * show them; the service refuses a map with problems. Lengths match the columns of sql/V001__decision_map.sql.
 */
public final class DecisionMapValidation {

    /** The most characters of a name, title, department, subsidiary or our person's name. */
    public static final int SHORT_TEXT = 10_000;
    /** The most characters of a person's notes or an influence line's note. */
    public static final int LONG_TEXT = 100_000;

    /** The rules a map can break. */
    public enum Rule {
        /** A person without a name, or a relationship without our person's name. */
        REQUIRED,
        /** A text longer than its column. */
        TOO_LONG,
        /** A line or relationship refers to a person not on the map. */
        UNKNOWN_PERSON,
        /** A line from a person to themselves. */
        SELF_LINE,
        /** Two lines from the same person to the same person (lines in opposite directions are a cycle). */
        DUPLICATE_LINE,
        /** Someone reports to themselves through others. */
        CYCLE,
        /** Two relationships with the same stored id. */
        DUPLICATE_ID
    }

    /**
     * One problem found.
     *
     * @param rule    the rule broken
     * @param subject the person, line or relationship concerned
     * @param message what is wrong and what to do, for the user
     */
    public record Problem(Rule rule, Record subject, String message) {
    }

    private DecisionMapValidation() {
    }

    /** Every problem of {@code map}: people first, then reporting lines, influence lines, relationships. */
    public static List<Problem> validate(DecisionMap map) {
        List<Problem> problems = new ArrayList<>();
        Map<Long, Person> people = new HashMap<>();
        for (Person p : map.people()) {
            people.put(p.id(), p);
            String who = p.name().isBlank() ? Messages.Who_unnamedPerson : NLS.bind(Messages.Who_person, p.name());
            if (p.name().isBlank()) {
                problems.add(new Problem(Rule.REQUIRED, p, Messages.Problem_noName));
            }
            tooLong(problems, p, who, Messages.Field_name, p.name(), SHORT_TEXT);
            tooLong(problems, p, who, Messages.Field_title, p.title(), SHORT_TEXT);
            tooLong(problems, p, who, Messages.Field_department, p.department(), SHORT_TEXT);
            tooLong(problems, p, who, Messages.Field_subsidiary, p.subsidiary(), SHORT_TEXT);
            tooLong(problems, p, who, Messages.Field_notes, p.notes(), LONG_TEXT);
        }
        boolean linesKnown = reporting(problems, map, people);
        influence(problems, map, people);
        relationships(problems, map, people);
        if (linesKnown) {
            try {
                MapEdits.requireNoCycle(map);
            } catch (CycleException e) {
                problems.add(new Problem(Rule.CYCLE, new ReportingLine(e.managerId(), e.reportId(), false),
                        e.getMessage()));
            }
        }
        return problems;
    }

    /** Checks the reporting lines; whether they all join people of the map (so that cycles can be looked for). */
    private static boolean reporting(List<Problem> problems, DecisionMap map, Map<Long, Person> people) {
        boolean known = true;
        Set<List<Long>> pairs = new HashSet<>();
        for (ReportingLine l : map.reporting()) {
            if (!people.containsKey(l.managerId()) || !people.containsKey(l.reportId())) {
                known = false;
                problems.add(new Problem(Rule.UNKNOWN_PERSON, l, NLS.bind(Messages.Problem_reportingUnknown,
                        l.managerId(), l.reportId())));
            } else if (l.managerId() == l.reportId()) {
                problems.add(new Problem(Rule.SELF_LINE, l, NLS.bind(Messages.Problem_reportingSelf,
                        people.get(l.reportId()).name())));
            } else if (!pairs.add(List.of(l.managerId(), l.reportId()))) {
                problems.add(new Problem(Rule.DUPLICATE_LINE, l, NLS.bind(Messages.Problem_reportingTwice,
                        people.get(l.reportId()).name(), people.get(l.managerId()).name())));
            }
        }
        return known;
    }

    private static void influence(List<Problem> problems, DecisionMap map, Map<Long, Person> people) {
        Set<List<Long>> pairs = new HashSet<>();
        for (InfluenceLine l : map.influence()) {
            if (!people.containsKey(l.fromId()) || !people.containsKey(l.toId())) {
                problems.add(new Problem(Rule.UNKNOWN_PERSON, l, NLS.bind(Messages.Problem_influenceUnknown,
                        l.fromId(), l.toId())));
            } else if (l.fromId() == l.toId()) {
                problems.add(new Problem(Rule.SELF_LINE, l, NLS.bind(Messages.Problem_influenceSelf,
                        people.get(l.fromId()).name())));
            } else if (!pairs.add(List.of(l.fromId(), l.toId()))) {
                problems.add(new Problem(Rule.DUPLICATE_LINE, l, NLS.bind(Messages.Problem_influenceTwice,
                        people.get(l.fromId()).name(), people.get(l.toId()).name())));
            } else {
                tooLong(problems, l, NLS.bind(Messages.Who_influenceLine, people.get(l.fromId()).name()),
                        Messages.Field_note, l.note(), LONG_TEXT);
            }
        }
    }

    private static void relationships(List<Problem> problems, DecisionMap map, Map<Long, Person> people) {
        Set<Long> ids = new HashSet<>();
        for (Relationship r : map.relationships()) {
            Person p = people.get(r.personId());
            if (p == null) {
                problems.add(new Problem(Rule.UNKNOWN_PERSON, r, NLS.bind(Messages.Problem_relationshipUnknown,
                        r.ourPerson(), r.personId())));
                continue;
            }
            if (r.ourPerson().isBlank()) {
                problems.add(new Problem(Rule.REQUIRED, r, NLS.bind(Messages.Problem_relationshipNoOurPerson,
                        p.name())));
            }
            tooLong(problems, r, NLS.bind(Messages.Who_relationship, p.name()), Messages.Field_ourPerson,
                    r.ourPerson(), SHORT_TEXT);
            if (r.id() > 0 && !ids.add(r.id())) {
                problems.add(new Problem(Rule.DUPLICATE_ID, r, NLS.bind(Messages.Problem_relationshipSameId,
                        p.name(), r.id())));
            }
        }
    }

    private static void tooLong(List<Problem> problems, Record subject, String who, String field, String value,
            int max) {
        if (value.length() > max) {
            problems.add(new Problem(Rule.TOO_LONG, subject, NLS.bind(Messages.Problem_tooLong,
                    new Object[] {who, field, max})));
        }
    }
}
