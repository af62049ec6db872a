package keystone.decisionmap.chart;

import static keystone.decisionmap.chart.ChartMaps.map;
import static keystone.decisionmap.chart.ChartMaps.person;
import static keystone.decisionmap.chart.ChartMaps.solid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import keystone.decisionmap.Stance;

/** Exports of the whole chart or a part: page size, content, limits, and a real SVG file. */
class ChartExportTest {

    private static final ChartLayout LAYOUT = OrgChartLayout.layout(map(List.of(person(1, "Ольга Иванова",
            Stance.CHAMPION), person(2, "Li Wei", Stance.OPPONENT), person(3, "王芳", Stance.SCEPTIC)),
            List.of(solid(1, 2), solid(1, 3))));

    private static BufferedImage draw(ChartExport.Page page) {
        BufferedImage image = new BufferedImage(page.width(), page.height(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        page.drawing().draw(g, new Rectangle2D.Double(0, 0, page.width(), page.height()));
        g.dispose();
        return image;
    }

    @Test
    void theWholeChartIsExportedWithAMargin() {
        ChartExport.Page page = ChartExport.whole(LAYOUT, ChartStyle.NORMAL);
        Rectangle2D b = LAYOUT.bounds();
        assertEquals((int) Math.ceil(b.getWidth() + 2 * ChartExport.MARGIN), page.width());
        assertEquals((int) Math.ceil(b.getHeight() + 2 * ChartExport.MARGIN), page.height());
        BufferedImage image = draw(page);
        ChartNode opponent = LAYOUT.node(2).orElseThrow();
        int x = (int) (opponent.centerX() - b.getX() + ChartExport.MARGIN);
        int y = (int) (opponent.y() + 27 - b.getY() + ChartExport.MARGIN);
        assertEquals(ChartColors.OPPONENT.getRGB(), image.getRGB(x, y));
        assertEquals(Color.WHITE.getRGB(), image.getRGB(1, 1), "white background");
    }

    @Test
    void aRegionExportShowsThatPartOnly() {
        ChartNode two = LAYOUT.node(2).orElseThrow();
        ChartExport.Page page = ChartExport.region(LAYOUT, two.bounds(), ChartStyle.NORMAL);
        assertEquals((int) Math.ceil(two.width() + 2 * ChartExport.MARGIN), page.width());
        BufferedImage image = draw(page);
        assertEquals(ChartColors.OPPONENT.getRGB(), image.getRGB(page.width() / 2, (int) ChartExport.MARGIN + 27));
    }

    @Test
    void aHugeChartIsScaledDownToTheExportLimits() {
        ChartLayout huge = OrgChartLayout.layout(SyntheticMaps.generate(5000, 1));
        ChartExport.Page page = ChartExport.whole(huge, ChartStyle.NORMAL);
        assertTrue(page.width() <= ChartExport.MAX_SIDE && page.height() <= ChartExport.MAX_SIDE, page.toString());
        assertTrue((double) page.width() * page.height() <= ChartExport.MAX_AREA * 1.01, page.toString());
        Rectangle2D b = huge.bounds();
        double shrink = page.width() / (b.getWidth() + 2 * ChartExport.MARGIN);
        assertTrue(shrink < 1, "scaled down: " + shrink);
        assertEquals(Math.ceil((b.getHeight() + 2 * ChartExport.MARGIN) * shrink), page.height(), 1, "aspect kept");
    }

    @Test
    void aMeetingSafeSvgHasTheNamesButNoStanceColours(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("chart.svg");
        ChartExport.whole(LAYOUT, ChartStyle.NORMAL.withMeetingSafe(true)).writeTo(file);
        String svg = Files.readString(file);
        assertTrue(svg.contains("Ольга Иванова") && svg.contains("王芳"), "names as text");
        for (Color stance : List.of(ChartColors.CHAMPION, ChartColors.OPPONENT, ChartColors.SCEPTIC)) {
            assertFalse(svg.contains(hex(stance)) || svg.contains(rgb(stance)), "no " + hex(stance));
        }
        String normal = dir.resolve("normal.svg").toString();
        ChartExport.whole(LAYOUT, ChartStyle.NORMAL).writeTo(Path.of(normal));
        String colourful = Files.readString(Path.of(normal));
        assertTrue(colourful.contains(hex(ChartColors.OPPONENT)) || colourful.contains(rgb(ChartColors.OPPONENT)),
                "the normal export has the stance colours (so the check above means something)");
    }

    private static String hex(Color c) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", c.getRed(), c.getGreen(), c.getBlue());
    }

    private static String rgb(Color c) {
        return "rgb(" + c.getRed() + "," + c.getGreen() + "," + c.getBlue() + ")";
    }
}
