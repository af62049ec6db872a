package keystone.decisionmap;

import static keystone.decisionmap.TestMaps.knows;
import static keystone.decisionmap.TestMaps.nobody;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import keystone.decisionmap.DecisionMapValidation.Problem;
import keystone.decisionmap.DecisionMapValidation.Rule;

/** What a map must satisfy to be stored; every problem is reported, with a message naming the people. */
class DecisionMapValidationTest {

    private static List<Rule> rules(DecisionMap map) {
        return DecisionMapValidation.validate(map).stream().map(Problem::rule).toList();
    }

    private static DecisionMap two(List<ReportingLine> reporting) {
        return new DecisionMap(TestMaps.ACCOUNT, List.of(nobody(1, "Ann"), nobody(2, "Bob"), nobody(3, "Cy")),
                reporting, null, null);
    }

    @Test
    void aWellFormedMapHasNoProblems() {
        assertEquals(List.of(), rules(two(List.of(new ReportingLine(1, 2, false), new ReportingLine(1, 3, true),
                new ReportingLine(2, 3, false)))));
        assertEquals(List.of(), rules(DecisionMap.empty(3)));
    }

    @Test
    void namesAreRequiredAndLimitedInLength() {
        DecisionMap map = TestMaps.map(nobody(1, " "), nobody(2, "x".repeat(DecisionMapValidation.SHORT_TEXT)),
                nobody(3, "y".repeat(DecisionMapValidation.SHORT_TEXT + 1)))
                .withRelationships(List.of(knows(2, "", Strength.WORKING, null)));
        assertEquals(List.of(Rule.REQUIRED, Rule.TOO_LONG, Rule.REQUIRED), rules(map));
    }

    @Test
    void notesMayHoldTheLongTextLimit() {
        Person p = new Person(1, TestMaps.ACCOUNT, "N", "", "", "", null, null, null, null, false, null,
                "n".repeat(DecisionMapValidation.LONG_TEXT), null, null);
        assertEquals(List.of(), rules(TestMaps.map(p)));
        assertEquals(List.of(Rule.TOO_LONG), rules(TestMaps.map(new Person(1, TestMaps.ACCOUNT, "N", "", "", "", null,
                null, null, null, false, null, "n".repeat(DecisionMapValidation.LONG_TEXT + 1), null, null))));
    }

    @Test
    void cyclesIndirectAndDirectAreProblemsNamingBothPeople() {
        List<Problem> problems = DecisionMapValidation.validate(two(List.of(new ReportingLine(1, 2, false),
                new ReportingLine(2, 3, true), new ReportingLine(3, 1, false))));
        assertEquals(1, problems.size());
        assertEquals(Rule.CYCLE, problems.get(0).rule());
        String message = problems.get(0).message();
        assertTrue(message.contains("cannot report to"), message);
        assertEquals(List.of(Rule.SELF_LINE, Rule.CYCLE), rules(two(List.of(new ReportingLine(2, 2, false)))));
    }

    @Test
    void linesMustJoinPeopleOfTheMapOnce() {
        DecisionMap map = two(List.of(new ReportingLine(1, 9, false), new ReportingLine(1, 2, false),
                new ReportingLine(1, 2, true))).withInfluence(List.of(new InfluenceLine(1, 2, ""),
                        new InfluenceLine(2, 1, ""), new InfluenceLine(1, 2, "again"), new InfluenceLine(8, 1, ""),
                        new InfluenceLine(3, 3, "")))
                .withRelationships(List.of(knows(77, "Anna", Strength.WORKING, null)));
        assertEquals(List.of(Rule.UNKNOWN_PERSON, Rule.DUPLICATE_LINE, Rule.DUPLICATE_LINE, Rule.UNKNOWN_PERSON,
                Rule.SELF_LINE, Rule.UNKNOWN_PERSON), rules(map));
    }

    @Test
    void theMapItselfRefusesForeignPeopleAndDuplicateIds() {
        Person foreign = new Person(1, 99, "F", "", "", "", null, null, null, null, false, null, "", null, null);
        assertThrows(IllegalArgumentException.class, () -> TestMaps.map(foreign));
        assertThrows(IllegalArgumentException.class, () -> TestMaps.map(nobody(1, "A"), nobody(1, "B")));
    }
}
