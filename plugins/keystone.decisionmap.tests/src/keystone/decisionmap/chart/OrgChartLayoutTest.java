package keystone.decisionmap.chart;

import static keystone.decisionmap.chart.ChartMaps.dotted;
import static keystone.decisionmap.chart.ChartMaps.map;
import static keystone.decisionmap.chart.ChartMaps.person;
import static keystone.decisionmap.chart.ChartMaps.solid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

import keystone.decisionmap.DecisionMap;
import keystone.decisionmap.InfluenceLine;
import keystone.decisionmap.MapEdits;
import keystone.decisionmap.Person;
import keystone.decisionmap.Relationship;
import keystone.decisionmap.ReportingLine;
import keystone.decisionmap.Strength;

/** The org-chart layout: levels, no overlaps, tidy centring, forests, extra managers, manual positions, defence. */
class OrgChartLayoutTest {

    private static final DecisionMap LARGE = SyntheticMaps.generate(500, 42);

    private static ChartNode node(ChartLayout layout, long id) {
        return layout.node(id).orElseThrow();
    }

    private static List<ChartEdge> edges(ChartLayout layout, ChartEdge.Kind kind) {
        return layout.edges().stream().filter(e -> e.kind() == kind).toList();
    }

    @Test
    void everyManagerIsAboveTheirReportsInAGenerated500PersonMap() {
        ChartLayout layout = OrgChartLayout.layout(LARGE);
        assertEquals(500, layout.nodes().size());
        int solid = 0;
        for (ReportingLine line : LARGE.reporting()) {
            if (!line.dotted()) {
                ChartNode manager = node(layout, line.managerId());
                ChartNode report = node(layout, line.reportId());
                assertTrue(report.y() >= manager.y() + OrgChartLayout.NODE_HEIGHT + OrgChartLayout.LEVEL_GAP - 1e-9,
                        line.toString());
                solid++;
            }
        }
        assertTrue(solid > 400, "the generated map is mostly a tree: " + solid);
    }

    @Test
    void noTwoBoxesOverlapInAGenerated500PersonMap() {
        List<ChartNode> nodes = OrgChartLayout.layout(LARGE).nodes();
        for (int i = 0; i < nodes.size(); i++) {
            for (int j = i + 1; j < nodes.size(); j++) {
                assertFalse(nodes.get(i).bounds().intersects(nodes.get(j).bounds()),
                        nodes.get(i) + " overlaps " + nodes.get(j));
            }
        }
    }

    @Test
    void aManagerIsCentredOverTheirFirstAndLastReport() {
        ChartLayout layout = OrgChartLayout.layout(LARGE);
        Map<Long, List<Long>> reports = new HashMap<>();
        for (ReportingLine line : LARGE.reporting()) {
            if (!line.dotted()) {
                reports.computeIfAbsent(line.managerId(), k -> new ArrayList<>()).add(line.reportId());
            }
        }
        reports.forEach((manager, list) -> {
            double first = node(layout, list.get(0)).centerX();
            double last = node(layout, list.get(list.size() - 1)).centerX();
            assertEquals((first + last) / 2, node(layout, manager).centerX(), 1e-6, "manager " + manager);
            assertTrue(first <= last, "reports in the map's order, left to right or in a column");
        });
    }

    @Test
    void siblingsKeepTheGapBetweenThem() {
        // 1 over 2, 3, 4: three leaves side by side, exactly one gap apart, the manager over the middle one
        ChartLayout layout = OrgChartLayout.layout(map(List.of(person(1), person(2), person(3), person(4)),
                List.of(solid(1, 2), solid(1, 3), solid(1, 4))));
        double step = OrgChartLayout.NODE_WIDTH + OrgChartLayout.SIBLING_GAP;
        assertEquals(step, node(layout, 3).x() - node(layout, 2).x(), 1e-9);
        assertEquals(step, node(layout, 4).x() - node(layout, 3).x(), 1e-9);
        assertEquals(node(layout, 3).x(), node(layout, 1).x(), 1e-9);
        assertEquals(0, layout.bounds().getX(), 1e-9);
        assertEquals(0, layout.bounds().getY(), 1e-9);
    }

    @Test
    void fourReportsWithoutReportsStandInAColumnJoinedByARail() {
        // 1 over 2..5 (a column); 6 over 7..9 (three only: side by side); 1 and 6 under 10
        List<Person> people = LongStream.rangeClosed(1, 10).mapToObj(ChartMaps::person).toList();
        ChartLayout layout = OrgChartLayout.layout(map(people, List.of(solid(10, 1), solid(10, 6), solid(1, 2),
                solid(1, 3), solid(1, 4), solid(1, 5), solid(6, 7), solid(6, 8), solid(6, 9))));
        ChartNode manager = node(layout, 1);
        for (long id = 2; id <= 5; id++) {
            ChartNode report = node(layout, id);
            assertEquals(manager.x(), report.x(), 1e-9, "column under the manager: " + id);
            assertEquals(manager.y() + OrgChartLayout.NODE_HEIGHT + OrgChartLayout.LEVEL_GAP
                    + (id - 2) * (OrgChartLayout.NODE_HEIGHT + OrgChartLayout.COLUMN_GAP), report.y(), 1e-9);
        }
        ChartEdge toThird = layout.edges().stream().filter(e -> e.toId() == 4).findFirst().orElseThrow();
        int last = toThird.pointCount() - 1;
        assertEquals(node(layout, 4).x(), toThird.x(last), 1e-9, "into the left side");
        assertEquals(node(layout, 4).centerY(), toThird.y(last), 1e-9);
        assertEquals(node(layout, 4).x() - OrgChartLayout.SIBLING_GAP / 2, toThird.x(last - 1), 1e-9, "rail");
        assertEquals(node(layout, 7).y(), node(layout, 9).y(), 1e-9, "three reports side by side");
        assertTrue(node(layout, 9).x() > node(layout, 7).x());
        List<ChartNode> nodes = layout.nodes();
        for (int i = 0; i < nodes.size(); i++) {
            for (int j = i + 1; j < nodes.size(); j++) {
                assertFalse(nodes.get(i).bounds().intersects(nodes.get(j).bounds()), nodes.get(i) + " " + nodes.get(j));
            }
        }
    }

    @Test
    void separateTreesStandSideBySideInTheMapsOrder() {
        // trees 1 -> 2, 3 and 4 -> 5, 6
        ChartLayout layout = OrgChartLayout.layout(map(List.of(person(1), person(2), person(3), person(4), person(5),
                person(6)), List.of(solid(1, 2), solid(1, 3), solid(4, 5), solid(4, 6))));
        double firstRight = LongStream.of(1, 2, 3).mapToDouble(id -> node(layout, id).bounds().getMaxX()).max()
                .orElseThrow();
        double secondLeft = LongStream.of(4, 5, 6).mapToDouble(id -> node(layout, id).x()).min().orElseThrow();
        assertEquals(OrgChartLayout.TREE_GAP, secondLeft - firstRight, 1e-9);
        assertEquals(0, node(layout, 4).y(), 1e-9, "both tops on the first level");
    }

    @Test
    void peopleWithoutLinesAreGatheredRightOfTheTrees() {
        ChartLayout layout = OrgChartLayout.layout(map(List.of(person(1), person(2), person(3), person(4),
                person(5), person(6)), List.of(solid(1, 2))));
        double treeRight = node(layout, 2).bounds().getMaxX();
        for (long id = 3; id <= 6; id++) {
            assertTrue(node(layout, id).x() >= treeRight + OrgChartLayout.TREE_GAP - 1e-9, "person " + id);
        }
        assertEquals(node(layout, 3).y(), node(layout, 4).y(), 1e-9, "two per row for four people");
        assertTrue(node(layout, 5).y() > node(layout, 3).y());
    }

    @Test
    void aSecondManagerGivesADottedLineAndDoesNotMoveThePerson() {
        // CEO 1 over CFO 2 and COO 3; buyer 4 solid under CFO, dotted to COO; 5 with two solid lines (2 first)
        DecisionMap map = map(List.of(person(1), person(2), person(3), person(4), person(5)),
                List.of(solid(1, 2), solid(1, 3), solid(2, 4), dotted(3, 4), solid(2, 5), solid(3, 5)));
        ChartLayout layout = OrgChartLayout.layout(map);
        List<ChartEdge> dottedEdges = edges(layout, ChartEdge.Kind.DOTTED_REPORTING);
        assertEquals(List.of("3->4", "3->5"), dottedEdges.stream().map(e -> e.fromId() + "->" + e.toId()).toList());
        assertEquals(4, edges(layout, ChartEdge.Kind.REPORTING).size());
        assertTrue(node(layout, 4).centerX() < node(layout, 3).x(), "4 stays in the CFO's subtree");
        ChartEdge toFour = dottedEdges.get(0);
        assertEquals(node(layout, 3).centerX(), toFour.x(0), 1e-9, "from the COO's bottom centre");
        assertEquals(node(layout, 3).bounds().getMaxY(), toFour.y(0), 1e-9);
        assertEquals(node(layout, 4).centerX(), toFour.x(toFour.pointCount() - 1), 1e-9, "to the buyer's top");
        assertEquals(node(layout, 4).y(), toFour.y(toFour.pointCount() - 1), 1e-9);
    }

    @Test
    void aPersonWithOnlyADottedLineHangsUnderThatManager() {
        ChartLayout layout = OrgChartLayout.layout(map(List.of(person(1), person(2)), List.of(dotted(1, 2))));
        assertEquals(node(layout, 1).centerX(), node(layout, 2).centerX(), 1e-9);
        assertTrue(node(layout, 2).y() > node(layout, 1).y());
        assertEquals(ChartEdge.Kind.DOTTED_REPORTING, layout.edges().get(0).kind());
    }

    @Test
    void solidReportingLinesAreOrthogonalElbows() {
        ChartLayout layout = OrgChartLayout.layout(map(List.of(person(1), person(2), person(3)),
                List.of(solid(1, 2), solid(1, 3))));
        for (ChartEdge edge : layout.edges()) {
            assertEquals(4, edge.pointCount(), edge.toString());
            for (int i = 1; i < edge.pointCount(); i++) {
                assertTrue(edge.x(i) == edge.x(i - 1) || edge.y(i) == edge.y(i - 1), "axis-parallel: " + edge);
            }
            assertEquals(node(layout, 1).bounds().getMaxY() + OrgChartLayout.LEVEL_GAP / 2, edge.y(1), 1e-9,
                    "across half-way between the levels");
        }
    }

    @Test
    void manualPositionsAreKeptAndMoveOnlyThatBox() {
        ChartLayout before = OrgChartLayout.layout(LARGE);
        long moved = LARGE.people().get(1).id();
        ChartLayout after = OrgChartLayout.layout(MapEdits.move(LARGE, moved, -2500.5, 777.25));
        ChartNode node = node(after, moved);
        assertEquals(-2500.5, node.x());
        assertEquals(777.25, node.y());
        assertTrue(node.manual());
        for (ChartNode other : before.nodes()) {
            if (other.id() != moved) {
                assertEquals(other.x(), node(after, other.id()).x(), "x of " + other.id());
                assertEquals(other.y(), node(after, other.id()).y(), "y of " + other.id());
                assertFalse(node(after, other.id()).manual());
            }
        }
        assertEquals(-2500.5, after.bounds().getX(), "bounds include the moved box");
        assertEquals(List.of(node), after.nodesIn(node.bounds()));
    }

    @Test
    void influenceLinesAreStraightArrowsFromBorderToBorder() {
        ChartLayout layout = OrgChartLayout.layout(map(List.of(person(1), person(2), person(3)),
                List.of(solid(1, 2), solid(1, 3)), List.of(new InfluenceLine(3, 2, "golf")), List.of()));
        ChartEdge edge = edges(layout, ChartEdge.Kind.INFLUENCE).get(0);
        assertEquals(2, edge.pointCount());
        assertEquals(3, edge.fromId());
        assertEquals(2, edge.toId());
        assertEquals("golf", edge.note());
        assertEquals(node(layout, 3).x(), edge.x(0), 1e-9, "leaves 3 at its left border");
        assertEquals(node(layout, 2).bounds().getMaxX(), edge.x(1), 1e-9, "ends at 2's right border");
    }

    @Test
    void theBestCurrentRelationshipIsOnTheBox() {
        ChartLayout layout = OrgChartLayout.layout(map(List.of(person(1), person(2)), List.of(), List.of(),
                List.of(new Relationship(0, 1, "Anna", Strength.ACQUAINTANCE, Strength.TRUSTED_ADVISOR, null),
                        new Relationship(0, 1, "Jonas", Strength.WORKING, null, null))));
        assertEquals(Strength.WORKING, node(layout, 1).bestRelationship());
        assertEquals(Strength.NONE, node(layout, 2).bestRelationship());
    }

    @Test
    void aCycleThatSlippedThroughIsStillLaidOut() {
        DecisionMap cyclic = map(List.of(person(1), person(2), person(3), person(4)),
                List.of(solid(1, 2), solid(2, 3), solid(3, 1), solid(3, 4), solid(9, 4), solid(4, 4)));
        ChartLayout layout = OrgChartLayout.layout(cyclic);
        assertEquals(4, layout.nodes().size());
        assertEquals(1, edges(layout, ChartEdge.Kind.DOTTED_REPORTING).size(), "the closing line, dotted");
        assertEquals(3, edges(layout, ChartEdge.Kind.REPORTING).size(), "lines to strangers or oneself are left out");
        List<ChartNode> nodes = layout.nodes();
        for (int i = 0; i < nodes.size(); i++) {
            for (int j = i + 1; j < nodes.size(); j++) {
                assertFalse(nodes.get(i).bounds().intersects(nodes.get(j).bounds()));
            }
        }
    }

    @Test
    void aChainOfFiveThousandPeopleDoesNotOverflowTheStack() {
        List<Person> people = new ArrayList<>();
        List<ReportingLine> lines = new ArrayList<>();
        for (long id = 1; id <= 5000; id++) {
            people.add(person(id));
            if (id > 1) {
                lines.add(solid(id - 1, id));
            }
        }
        ChartLayout layout = OrgChartLayout.layout(map(people, lines));
        assertEquals(0, node(layout, 5000).x(), 1e-9);
        assertEquals(4999 * (OrgChartLayout.NODE_HEIGHT + OrgChartLayout.LEVEL_GAP), node(layout, 5000).y(), 1e-6);
    }

    @Test
    void anEmptyMapHasAnEmptyLayout() {
        ChartLayout layout = OrgChartLayout.layout(DecisionMap.empty(ChartMaps.ACCOUNT));
        assertTrue(layout.isEmpty());
        assertTrue(layout.bounds().isEmpty());
        assertEquals(List.of(), layout.nodesIn(new Rectangle2D.Double(-10, -10, 100, 100)));
        assertTrue(layout.nodeAt(new Point2D.Double(0, 0)).isEmpty());
    }
}
