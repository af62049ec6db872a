package keystone.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exports a real JFreeChart with Latin, Cyrillic and CJK labels to every format and reads the files back.
 */
class DrawingExporterTest {

    @TempDir
    Path dir;

    private static JFreeChart chart() {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        data.addValue(120, "Target", "Q1");
        data.addValue(95, "Actual", "Q1");
        data.addValue(140, "Target", "Квартал 2");
        return ChartFactory.createBarChart("Plan vs actual — Уралхимпром 上海东方", "Quarter", "kEUR", data,
                PlotOrientation.VERTICAL, true, false, false);
    }

    @Test
    void pngHasTheRequestedSizeAtDoubleResolution() throws IOException {
        Path file = dir.resolve("chart.png");
        DrawingExporter.export(chart()::draw, 640, 400, file);
        BufferedImage image = ImageIO.read(file.toFile());
        assertEquals(1280, image.getWidth());
        assertEquals(800, image.getHeight());
    }

    @Test
    void svgIsWellFormedXmlAndKeepsTheTitleAsText() throws Exception {
        Path file = dir.resolve("chart.svg");
        DrawingExporter.export(chart()::draw, 640, 400, file);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        var document = factory.newDocumentBuilder().parse(file.toFile());
        assertEquals("svg", document.getDocumentElement().getLocalName() == null
                ? document.getDocumentElement().getNodeName() : document.getDocumentElement().getLocalName());
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.contains("Уралхимпром") && text.contains("上海东方"), "labels kept as text");
    }

    @Test
    void pdfIsAOnePageDocumentOfTheRequestedSizeWithSearchableText() throws IOException {
        // the title mixes Cyrillic and CJK, which DejaVu cannot show: it is drawn as outlines; labels stay text
        Path file = dir.resolve("chart.pdf");
        DrawingExporter.export(chart()::draw, 640, 400, file);
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            assertEquals(1, pdf.getNumberOfPages());
            assertEquals(640, pdf.getPage(0).getMediaBox().getWidth(), 0.01);
            assertEquals(400, pdf.getPage(0).getMediaBox().getHeight(), 0.01);
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("Quarter"), text);
            assertTrue(text.contains("Квартал 2"), "Cyrillic kept as text: " + text);
        }
    }

    @Test
    void unknownExtensionIsRefusedAndNoFileIsLeftBehind() throws IOException {
        IOException e = assertThrows(IOException.class,
                () -> DrawingExporter.export(chart()::draw, 100, 100, dir.resolve("chart.bmp")));
        assertTrue(e.getMessage().contains(".png"), e.getMessage());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(0, files.count());
        }
    }

    @Test
    void aFailingDrawingLeavesNoPartialFile() throws IOException {
        Path file = dir.resolve("broken.svg");
        assertThrows(IllegalStateException.class, () -> DrawingExporter.export((g, area) -> {
            throw new IllegalStateException("drawing failed");
        }, 100, 100, file));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(0, files.count(), "neither the file nor its temporary sibling");
        }
    }
}
