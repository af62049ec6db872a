package keystone.abcxyz.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import keystone.abcxyz.AbcClass;
import keystone.abcxyz.Classification;
import keystone.abcxyz.CustomerResult;
import keystone.abcxyz.XyzClass;
import keystone.testsupport.ui.SwtDriver;
import keystone.testsupport.ui.TableHandle;

/**
 * The ABC-XYZ views on the demo database in the real workbench: the matrix, a click on a cell, the charts and
 * their export.
 */
class AbcXyzViewsTest {

    private final SwtDriver driver = SwtDriver.forWorkbench();

    @TempDir
    Path dir;

    private IWorkbenchPage page() {
        return driver.syncCall(() -> PlatformUI.getWorkbench().getWorkbenchWindows()[0].getActivePage());
    }

    private <T> T show(String id, Class<T> type) {
        return driver.syncCall(() -> {
            try {
                return type.cast(page().showView(id));
            } catch (PartInitException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private MatrixView classifiedMatrix() {
        MatrixView view = show(MatrixView.ID, MatrixView.class);
        driver.syncRun(() -> page().setPartState(page().getReference(view), IWorkbenchPage.STATE_MAXIMIZED));
        driver.waitUntil("the demo data is classified", () -> view.shown() != null && !view.shown().results().isEmpty());
        return view;
    }

    @Test
    void theDemoDatabaseFillsAllNineCells() {
        Classification shown = classifiedMatrix().shown();
        for (AbcClass abc : AbcClass.values()) {
            for (XyzClass xyz : XyzClass.values()) {
                assertTrue(shown.cell(abc, xyz).count() > 0, abc.name() + xyz.name() + " is empty");
            }
        }
        assertEquals(shown.results().size(), shown.matrix().stream().mapToInt(c -> c.count()).sum());
    }

    @Test
    void clickingACellListsItsCustomers() {
        MatrixView view = classifiedMatrix();
        Canvas canvas = driver.byId(Canvas.class, "abcxyz.matrix");
        Point centre = driver.syncCall(() -> view.cellCentre(AbcClass.A, XyzClass.X));
        driver.syncRun(() -> {
            Event click = new Event();
            click.x = centre.x;
            click.y = centre.y;
            click.button = 1;
            canvas.notifyListeners(SWT.MouseDown, click);
        });
        Set<String> expected = view.shown().results().stream().filter(r -> r.cell().equals("AX"))
                .map(CustomerResult::customerId).collect(Collectors.toSet());
        TableHandle table = driver.table(CustomerTable.ID);
        driver.waitUntil("the table lists the AX customers", () -> table.rowCount() == expected.size());
        assertEquals(expected, Set.copyOf(table.column(2)));
        assertTrue(table.column(6).stream().anyMatch(flags -> flags.contains("★")), "key accounts are marked");
    }

    @Test
    void chartsExportToPngSvgAndPdf() throws Exception {
        classifiedMatrix();
        ChartsView charts = show(ChartsView.ID, ChartsView.class);
        driver.syncRun(() -> page().setPartState(page().getReference(charts), IWorkbenchPage.STATE_MAXIMIZED));
        driver.waitUntil("the charts show the classification", () -> charts.shown() != null);
        for (String name : new String[] {"scatter.png", "scatter.svg", "scatter.pdf"}) {
            Path file = dir.resolve(name);
            var chart = driver.syncCall(charts::currentChartCopy);
            ChartsView.export(chart, file).join();
            assertTrue(Files.size(file) > 1000, name + " has content");
        }
        assertEquals(ChartsView.EXPORT_WIDTH * 2, ImageIO.read(dir.resolve("scatter.png").toFile()).getWidth());
        assertTrue(Files.readString(dir.resolve("scatter.svg")).contains("<svg"));
        try (PDDocument pdf = Loader.loadPDF(dir.resolve("scatter.pdf").toFile())) {
            assertEquals(1, pdf.getNumberOfPages());
        }
    }

    @Test
    void theMatrixExportsAsShownToPngSvgAndPdf() throws Exception {
        MatrixView view = classifiedMatrix();
        for (String name : new String[] {"matrix.png", "matrix.svg", "matrix.pdf"}) {
            driver.syncCall(() -> view.export(dir.resolve(name))).join();
            assertTrue(Files.size(dir.resolve(name)) > 1000, name + " has content");
        }
        String svg = Files.readString(dir.resolve("matrix.svg"));
        assertTrue(svg.contains("AX") && svg.contains("CZ"), "cell names as text in the SVG");
        try (PDDocument pdf = Loader.loadPDF(dir.resolve("matrix.pdf").toFile())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf);
            assertTrue(text.contains("AX") && text.contains("Protect and grow"), "searchable PDF text: " + text);
        }
    }
}
