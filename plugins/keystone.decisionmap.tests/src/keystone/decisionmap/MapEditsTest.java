package keystone.decisionmap;

import static keystone.decisionmap.TestMaps.knows;
import static keystone.decisionmap.TestMaps.nobody;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import keystone.model.KeystoneException;

/**
 * The graph edits: each one executed, and undone by keeping the map before it; cycles and self-loops refused.
 * The chart: CEO (1) over CFO (2) and COO (3); Purchasing (4) under CFO; Buyer (5) under Purchasing.
 */
class MapEditsTest {

    private static final LocalDate DAY = LocalDate.of(2025, 3, 1);

    private final DecisionMap chart = new DecisionMap(TestMaps.ACCOUNT,
            List.of(nobody(1, "Ceo"), nobody(2, "Cfo"), nobody(3, "Coo"), nobody(4, "Purchasing"), nobody(5, "Buyer")),
            List.of(line(1, 2), line(1, 3), line(2, 4), line(4, 5)),
            List.of(new InfluenceLine(5, 1, "golf"), new InfluenceLine(3, 4, "")),
            List.of(knows(4, "Anna", Strength.WORKING, DAY), knows(5, "Jonas", Strength.ACQUAINTANCE, DAY),
                    knows(4, "Jonas", Strength.NONE, null)));

    private static ReportingLine line(long manager, long report) {
        return new ReportingLine(manager, report, false);
    }

    @Test
    void addPersonGivesANewPersonATemporaryIdAndLeavesTheOldMapAlone() {
        DecisionMap added = MapEdits.addPerson(chart, Person.draft(TestMaps.ACCOUNT, "New", Level.MIDDLE));
        Person last = added.people().get(added.people().size() - 1);
        assertEquals(-1, last.id());
        assertEquals("New", last.name());
        assertEquals(5, chart.people().size(), "undo is keeping the old map");
        DecisionMap another = MapEdits.addPerson(added, Person.draft(TestMaps.ACCOUNT, "Next", Level.MIDDLE));
        assertEquals(-2, another.people().get(6).id());
        assertThrows(IllegalArgumentException.class, () -> MapEdits.addPerson(chart, nobody(3, "Duplicate")));
    }

    @Test
    void updatePersonReplacesInPlace() {
        DecisionMap updated = MapEdits.updatePerson(chart, chart.require(3).withStance(Stance.CHAMPION));
        assertEquals(Stance.CHAMPION, updated.people().get(2).stance());
        assertEquals(Stance.NEUTRAL, chart.people().get(2).stance());
        assertThrows(IllegalArgumentException.class, () -> MapEdits.updatePerson(chart, nobody(99, "Unknown")));
    }

    @Test
    void changeManagerReplacesTheSolidLineAndKeepsDottedOnes() {
        DecisionMap dotted = MapEdits.addManager(chart, 5, 3, true);
        DecisionMap moved = MapEdits.setManager(dotted, 5, 2);
        assertEquals(List.of(2L, 3L), moved.managersOf(5), "solid CFO first, dotted COO kept");
        assertTrue(moved.reporting().contains(new ReportingLine(3, 5, true)));
        assertTrue(moved.reporting().stream().noneMatch(l -> l.managerId() == 4 && l.reportId() == 5));
        assertEquals(List.of(4L), chart.managersOf(5), "undo");
    }

    @Test
    void settingTheDottedManagerAsManagerMakesTheLineSolid() {
        DecisionMap moved = MapEdits.setManager(MapEdits.addManager(chart, 5, 3, true), 5, 3);
        assertEquals(List.of(new ReportingLine(3, 5, false)), moved.managerLines(5));
    }

    @Test
    void aPersonMayHaveSeveralManagers() {
        DecisionMap twice = MapEdits.addManager(MapEdits.addManager(chart, 4, 3, false), 4, 1, true);
        assertEquals(List.of(2L, 3L, 1L), twice.managersOf(4));
        assertEquals(List.of(4L), twice.reportsOf(2));
        DecisionMap again = MapEdits.addManager(twice, 4, 3, true);
        assertEquals(3, again.managerLines(4).size(), "an existing line changes kind, no duplicate");
        assertTrue(again.reporting().contains(new ReportingLine(3, 4, true)));
        DecisionMap removed = MapEdits.removeReportingLine(twice, 3, 4);
        assertEquals(List.of(2L, 1L), removed.managersOf(4));
    }

    @Test
    void reportingToOnesOwnDirectReportIsRefusedNamingBoth() {
        CycleException e = assertThrows(CycleException.class, () -> MapEdits.setManager(chart, 4, 5));
        assertTrue(e.getMessage().contains("'Purchasing' cannot report to 'Buyer'"), e.getMessage());
        assertEquals(5, e.managerId());
        assertEquals(4, e.reportId());
    }

    @Test
    void reportingToAnIndirectSubordinateIsRefusedAlsoAsSecondManager() {
        CycleException e = assertThrows(CycleException.class, () -> MapEdits.addManager(chart, 1, 5, false));
        assertTrue(e.getMessage().contains("Ceo") && e.getMessage().contains("Buyer"), e.getMessage());
        assertThrows(CycleException.class, () -> MapEdits.addManager(chart, 2, 5, true), "dotted lines count too");
    }

    @Test
    void cycleThroughADottedLineIsRefused() {
        DecisionMap dotted = MapEdits.addManager(chart, 3, 5, true); // the COO reports dotted to the buyer
        assertThrows(CycleException.class, () -> MapEdits.setManager(dotted, 5, 3));
    }

    @Test
    void movingAPersonUnderSomeoneWhoIsNoLongerBelowIsAllowed() {
        // The CFO moves under the COO; the line CEO-CFO is replaced, so no cycle.
        DecisionMap moved = MapEdits.setManager(chart, 2, 3);
        assertEquals(List.of(3L), moved.managersOf(2));
        // The buyer is still below the CFO (through Purchasing), so the CFO cannot move under them.
        assertThrows(CycleException.class, () -> MapEdits.setManager(moved, 2, 5));
    }

    @Test
    void selfLoopsAreRefused() {
        CycleException e = assertThrows(CycleException.class, () -> MapEdits.setManager(chart, 3, 3));
        assertTrue(e.getMessage().contains("'Coo' cannot report to themselves"), e.getMessage());
        assertThrows(CycleException.class, () -> MapEdits.addManager(chart, 3, 3, true));
        KeystoneException influence = assertThrows(KeystoneException.class,
                () -> MapEdits.connectInfluence(chart, 3, 3, ""));
        assertTrue(influence.getMessage().contains("'Coo' cannot influence themselves"), influence.getMessage());
    }

    @Test
    void influenceLinesConnectChangeTheirNoteAndDisconnect() {
        DecisionMap connected = MapEdits.connectInfluence(chart, 1, 5, "mentor");
        assertTrue(connected.influence().contains(new InfluenceLine(1, 5, "mentor")));
        assertTrue(connected.influence().contains(new InfluenceLine(5, 1, "golf")), "circles are fine for influence");
        DecisionMap renoted = MapEdits.connectInfluence(connected, 1, 5, "former boss");
        assertEquals(3, renoted.influence().size());
        assertEquals(new InfluenceLine(1, 5, "former boss"), renoted.influence().get(2));
        assertEquals(chart, MapEdits.disconnectInfluence(connected, 1, 5));
    }

    @Test
    void moveKeepsAManualPositionAndNullsMeanAutomatic() {
        DecisionMap moved = MapEdits.move(chart, 2, 120.5, -40.0);
        assertEquals(120.5, moved.require(2).x());
        assertTrue(moved.require(2).manuallyPlaced());
        assertEquals(chart, MapEdits.move(moved, 2, null, null));
        assertThrows(IllegalArgumentException.class, () -> MapEdits.move(chart, 2, 1.0, null));
    }

    @Test
    void removingAPersonTakesTheirLinesAndRelationshipsAndRestoreBringsBackExactlyThat() {
        Removal removal = MapEdits.removePerson(chart, 4);
        DecisionMap without = removal.map();
        assertEquals(List.of(1L, 2L, 3L, 5L), without.people().stream().map(Person::id).toList());
        assertEquals(List.of(line(1, 2), line(1, 3)), without.reporting());
        assertEquals(List.of(new InfluenceLine(5, 1, "golf")), without.influence());
        assertEquals(List.of(knows(5, "Jonas", Strength.ACQUAINTANCE, DAY)), without.relationships());
        assertEquals(2, removal.reporting().size());
        assertEquals(2, removal.relationships().size());

        assertEquals(chart, MapEdits.restore(without, removal), "every line and relationship in its place");
    }

    @Test
    void restoreAfterFurtherEditsKeepsThoseEditsAndRefusesACycle() {
        Removal removal = MapEdits.removePerson(chart, 4);
        DecisionMap edited = MapEdits.connectInfluence(removal.map(), 1, 3, "");
        DecisionMap restored = MapEdits.restore(edited, removal);
        assertEquals(List.of(4L), restored.reportsOf(2));
        assertTrue(restored.influence().contains(new InfluenceLine(1, 3, "")));
        assertEquals(chart.relationships(), restored.relationships());

        DecisionMap cyclic = MapEdits.setManager(removal.map(), 2, 5); // CFO now under the buyer
        assertThrows(CycleException.class, () -> MapEdits.restore(cyclic, removal));
        assertThrows(IllegalArgumentException.class, () -> MapEdits.restore(chart, removal), "already there");
    }

    @Test
    void removingAPersonWithoutLinesAndRestoringIt() {
        DecisionMap added = MapEdits.addPerson(chart, Person.draft(TestMaps.ACCOUNT, "Loner", Level.TOP));
        Removal removal = MapEdits.removePerson(added, -1);
        assertEquals(chart, removal.map());
        assertEquals(added, MapEdits.restore(removal.map(), removal));
        assertNotEquals(added, chart);
    }

    @Test
    void relationshipsAreAddedReplacedAndRemoved() {
        Relationship r = knows(1, "Petra", Strength.WORKING, DAY);
        DecisionMap added = MapEdits.addRelationship(chart, r);
        Relationship better = new Relationship(0, 1, "Petra", Strength.TRUSTED_ADVISOR, Strength.TRUSTED_ADVISOR, DAY);
        DecisionMap replaced = MapEdits.replaceRelationship(added, r, better);
        assertEquals(better, replaced.relationships().get(3));
        assertEquals(chart, MapEdits.removeRelationship(replaced, better));
        assertThrows(IllegalArgumentException.class, () -> MapEdits.addRelationship(chart,
                knows(42, "Petra", Strength.WORKING, DAY)));
    }
}
