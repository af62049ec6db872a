package keystone.abcxyz.ui.internal;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

import keystone.abcxyz.AbcClass;
import keystone.abcxyz.Classification;
import keystone.abcxyz.XyzClass;

/**
 * The ABC-XYZ heat map on screen: shows what {@link MatrixDrawing} paints (the same picture the export writes) and
 * turns a click into the selection of a cell.
 */
final class HeatMap {

    private final Canvas canvas;
    private Classification classification;
    private AbcClass selectedAbc;
    private XyzClass selectedXyz;
    private Image image;
    private final List<BiConsumer<AbcClass, XyzClass>> listeners = new ArrayList<>();

    HeatMap(Composite parent) {
        canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
        canvas.addPaintListener(e -> {
            Rectangle area = canvas.getClientArea();
            if (image == null || image.getBounds().width != area.width || image.getBounds().height != area.height) {
                render();
            }
            if (image != null) {
                e.gc.drawImage(image, 0, 0);
            }
        });
        canvas.addListener(SWT.MouseDown, e -> click(e.x, e.y));
        canvas.addListener(SWT.Resize, e -> discardImage());
        canvas.addDisposeListener(e -> discardImage());
    }

    Canvas control() {
        return canvas;
    }

    void show(Classification shown) {
        classification = shown;
        discardImage();
    }

    void onSelect(BiConsumer<AbcClass, XyzClass> listener) {
        listeners.add(listener);
    }

    /** The picture as it is on screen, for export. */
    MatrixDrawing drawing() {
        return new MatrixDrawing(classification, selectedAbc == null ? null : selectedAbc.name() + selectedXyz.name());
    }

    /** The centre of a cell in canvas coordinates; for tests that click it. */
    Point cellCentre(AbcClass abc, XyzClass xyz) {
        Rectangle area = canvas.getClientArea();
        Rectangle2D r = MatrixDrawing.cell(area.width, area.height, abc.ordinal(), xyz.ordinal());
        return new Point((int) r.getCenterX(), (int) r.getCenterY());
    }

    private void click(int x, int y) {
        Rectangle area = canvas.getClientArea();
        for (AbcClass abc : AbcClass.values()) {
            for (XyzClass xyz : XyzClass.values()) {
                if (MatrixDrawing.cell(area.width, area.height, abc.ordinal(), xyz.ordinal()).contains(x, y)) {
                    selectedAbc = abc;
                    selectedXyz = xyz;
                    discardImage();
                    listeners.forEach(l -> l.accept(abc, xyz));
                    return;
                }
            }
        }
    }

    private void discardImage() {
        if (image != null) {
            image.dispose();
            image = null;
        }
        if (!canvas.isDisposed()) {
            canvas.redraw();
        }
    }

    private void render() {
        Rectangle area = canvas.getClientArea();
        if (area.width <= 0 || area.height <= 0 || classification == null) {
            return; // nothing to show yet; Java2D stays uninitialised during the workbench start
        }
        BufferedImage buffer = new BufferedImage(area.width, area.height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = buffer.createGraphics();
        try {
            drawing().draw(g, new Rectangle2D.Double(0, 0, area.width, area.height));
        } finally {
            g.dispose();
        }
        ImageData data = new ImageData(area.width, area.height, 24, new PaletteData(0xFF0000, 0xFF00, 0xFF));
        int[] row = new int[area.width];
        for (int y = 0; y < area.height; y++) {
            buffer.getRGB(0, y, area.width, 1, row, 0, area.width);
            data.setPixels(0, y, area.width, row, 0);
        }
        image = new Image(canvas.getDisplay(), data);
    }
}
