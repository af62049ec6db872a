package keystone.decisionmap.chart;

import static keystone.decisionmap.chart.ChartMaps.map;
import static keystone.decisionmap.chart.ChartMaps.person;
import static keystone.decisionmap.chart.ChartMaps.solid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import keystone.decisionmap.BuyingRole;
import keystone.decisionmap.DecisionMap;
import keystone.decisionmap.InfluenceLine;
import keystone.decisionmap.Person;
import keystone.decisionmap.Relationship;
import keystone.decisionmap.Stance;
import keystone.decisionmap.Strength;

/**
 * What the painter puts into pixels: stance colours (never when meeting-safe), grey for people who left, names,
 * relationship dots and note corners (hidden when meeting-safe), and nothing outside the visible part.
 */
class ChartPainterTest {

    private static final Set<Integer> STANCE_COLOURS = Set.of(ChartColors.CHAMPION.getRGB(),
            ChartColors.SUPPORTER.getRGB(), ChartColors.SCEPTIC.getRGB(), ChartColors.OPPONENT.getRGB());

    /**
     * CEO 1 (champion) over one person of every other stance (in a column: six reports without reports); 6 is a
     * champion who left; 7 an opponent and economic buyer whom Anna knows as a trusted advisor.
     */
    private static final DecisionMap MAP = map(
            List.of(person(1, "Жанна 王", Stance.CHAMPION), person(2, "B", Stance.SUPPORTER),
                    person(3, "C", Stance.NEUTRAL), person(4, "D", Stance.SCEPTIC), person(5, "E", Stance.OPPONENT),
                    person(6, "F", Stance.CHAMPION).withLeft(null),
                    person(7, "G", Stance.OPPONENT).withRoles(Set.of(BuyingRole.ECONOMIC_BUYER))),
            List.of(solid(1, 2), solid(1, 3), solid(1, 4), solid(1, 5), solid(1, 6), solid(1, 7)),
            List.of(new InfluenceLine(2, 5, "golf")),
            List.of(new Relationship(0, 7, "Anna", Strength.TRUSTED_ADVISOR, null, null)));
    private static final ChartLayout LAYOUT = OrgChartLayout.layout(MAP);

    /** The chart at 100 % into an image with a 10-pixel white margin; chart point (x, y) is pixel (x+10, y+10). */
    private static BufferedImage paint(ChartStyle style, Rectangle2D visible) {
        Rectangle2D b = LAYOUT.bounds();
        BufferedImage image = new BufferedImage((int) b.getWidth() + 20, (int) b.getHeight() + 20,
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.translate(10 - b.getX(), 10 - b.getY());
        new ChartPainter().paint(g, LAYOUT, visible, style);
        g.dispose();
        return image;
    }

    private static BufferedImage paint(ChartStyle style) {
        return paint(style, LAYOUT.bounds());
    }

    /** A point of the box's fill that no text, badge or marker covers (the test names are short). */
    private static int fill(BufferedImage image, long personId) {
        ChartNode n = LAYOUT.node(personId).orElseThrow();
        return image.getRGB((int) (n.x() + n.width() / 2) + 10, (int) (n.y() + 27) + 10);
    }

    /** How many pixels of the given fraction of the box (left, top, right, bottom as 0..1) are {@code rgb}. */
    private static int count(BufferedImage image, long personId, double left, double top, double right,
            double bottom, int rgb) {
        ChartNode n = LAYOUT.node(personId).orElseThrow();
        int found = 0;
        for (int x = (int) (n.x() + n.width() * left); x < n.x() + n.width() * right; x++) {
            for (int y = (int) (n.y() + n.height() * top); y < n.y() + n.height() * bottom; y++) {
                found += image.getRGB(x + 10, y + 10) == rgb ? 1 : 0;
            }
        }
        return found;
    }

    @Test
    void boxesAreFilledWithTheStanceColour() {
        BufferedImage image = paint(ChartStyle.NORMAL);
        assertEquals(ChartColors.CHAMPION.getRGB(), fill(image, 1));
        assertEquals(ChartColors.SUPPORTER.getRGB(), fill(image, 2));
        assertEquals(ChartColors.NEUTRAL.getRGB(), fill(image, 3));
        assertEquals(ChartColors.SCEPTIC.getRGB(), fill(image, 4));
        assertEquals(ChartColors.OPPONENT.getRGB(), fill(image, 5));
    }

    @Test
    void meetingSafeNeverPaintsAStanceColour() {
        BufferedImage image = paint(ChartStyle.NORMAL.withMeetingSafe(true));
        for (long id = 1; id <= 5; id++) {
            assertEquals(ChartColors.NEUTRAL.getRGB(), fill(image, id), "person " + id);
        }
        for (int x = 0; x < image.getWidth(); x++) {
            for (int y = 0; y < image.getHeight(); y++) {
                assertFalse(STANCE_COLOURS.contains(image.getRGB(x, y)), "stance colour at " + x + "," + y);
            }
        }
    }

    @Test
    void aPersonWhoLeftIsGreyInEveryMode() {
        assertEquals(ChartColors.LEFT_FILL.getRGB(), fill(paint(ChartStyle.NORMAL), 6));
        assertEquals(ChartColors.LEFT_FILL.getRGB(), fill(paint(ChartStyle.NORMAL.withMeetingSafe(true)), 6));
    }

    @Test
    void namesAreDrawnInAnyScript() {
        BufferedImage image = paint(ChartStyle.NORMAL);
        int fill = ChartColors.CHAMPION.getRGB();
        int name = 0;
        ChartNode n = LAYOUT.node(1).orElseThrow();
        for (int x = (int) n.x() + 8; x < n.x() + 100; x++) {
            for (int y = (int) n.y() + 6; y < n.y() + 22; y++) {
                name += image.getRGB(x + 10, y + 10) != fill ? 1 : 0;
            }
        }
        assertTrue(name > 40, "text pixels where the name goes: " + name);
    }

    @Test
    void relationshipDotsShowOnlyWhenNotMeetingSafe() {
        int marker = ChartColors.MARKER.getRGB();
        assertTrue(count(paint(ChartStyle.NORMAL), 7, 0.7, 0.6, 1, 1, marker) > 20, "three filled dots");
        assertEquals(0, count(paint(ChartStyle.NORMAL.withMeetingSafe(true)), 7, 0.7, 0.6, 1, 1, marker));
    }

    @Test
    void noteCornersShowOnlyWhenNotMeetingSafe() {
        DecisionMap withNote = map(List.of(new Person(1, ChartMaps.ACCOUNT, "A", "", "", "", null, null,
                Stance.NEUTRAL, null, false, null, "Plays golf with the CFO.", null, null)), List.of());
        ChartLayout layout = OrgChartLayout.layout(withNote);
        int marker = ChartColors.MARKER.getRGB();
        for (boolean safe : new boolean[] {false, true}) {
            BufferedImage image = new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = image.createGraphics();
            new ChartPainter().paint(g, layout, layout.bounds(), ChartStyle.NORMAL.withMeetingSafe(safe));
            g.dispose();
            int corner = image.getRGB((int) OrgChartLayout.NODE_WIDTH - 6, 9);
            if (safe) {
                assertEquals(ChartColors.NEUTRAL.getRGB(), corner);
            } else {
                assertEquals(marker, corner);
            }
        }
    }

    @Test
    void badgesShowTheBuyingRoles() {
        BufferedImage image = paint(ChartStyle.NORMAL.withMeetingSafe(true));
        assertTrue(count(image, 7, 0, 0.6, 0.4, 1, ChartColors.BADGE.getRGB()) > 30, "the EB badge");
        assertEquals(0, count(image, 3, 0, 0.6, 0.4, 1, ChartColors.BADGE.getRGB()), "no roles, no badge");
    }

    @Test
    void theSelectedPersonIsOutlined() {
        int selection = ChartColors.SELECTION.getRGB();
        ChartNode n = LAYOUT.node(4).orElseThrow();
        int x = (int) n.centerX() + 10;
        int y = (int) n.y() - 3 + 10;
        assertEquals(selection, paint(ChartStyle.NORMAL.withSelection(4)).getRGB(x, y));
        assertNotEquals(selection, paint(ChartStyle.NORMAL.withSelection(3)).getRGB(x, y));
    }

    @Test
    void onlyTheVisiblePartIsPainted() {
        ChartNode two = LAYOUT.node(2).orElseThrow();
        BufferedImage image = paint(ChartStyle.NORMAL, two.bounds());
        assertEquals(ChartColors.SUPPORTER.getRGB(), fill(image, 2));
        for (long id : new long[] {1, 3, 4, 5}) {
            assertEquals(Color.WHITE.getRGB(), fill(image, id), "person " + id + " is not visible");
        }
    }

    @Test
    void atOverviewZoomBoxesStillShowWithoutText() {
        DecisionMap large = SyntheticMaps.generate(5000, 3);
        ChartLayout layout = OrgChartLayout.layout(large);
        Rectangle2D b = layout.bounds();
        BufferedImage image = new BufferedImage(1600, 1000, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 1600, 1000);
        double scale = Math.min(1600 / b.getWidth(), 1000 / b.getHeight());
        g.scale(scale, scale);
        g.translate(-b.getX(), -b.getY());
        assertEquals(ChartStyle.Detail.BOXES, ChartStyle.NORMAL.detailAt(scale));
        new ChartPainter().paint(g, layout, b, ChartStyle.NORMAL);
        g.dispose();
        int painted = 0;
        for (int x = 0; x < 1600; x++) {
            for (int y = 0; y < 1000; y++) {
                painted += image.getRGB(x, y) != Color.WHITE.getRGB() ? 1 : 0;
            }
        }
        assertTrue(painted > 1000, "painted pixels: " + painted);
    }

    @Test
    void detailFollowsTheZoomUnlessFixed() {
        assertEquals(ChartStyle.Detail.BOXES, ChartStyle.NORMAL.detailAt(0.2));
        assertEquals(ChartStyle.Detail.NAMES, ChartStyle.NORMAL.detailAt(0.5));
        assertEquals(ChartStyle.Detail.FULL, ChartStyle.NORMAL.detailAt(1));
        assertEquals(ChartStyle.Detail.FULL, ChartStyle.NORMAL.withDetail(ChartStyle.Detail.FULL).detailAt(0.01));
    }
}
