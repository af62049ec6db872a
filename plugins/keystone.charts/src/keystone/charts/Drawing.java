package keystone.charts;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;

/**
 * Anything that can paint itself into a Java2D area: a JFreeChart ({@code chart::draw}), a JGraphX graph, a
 * report figure. One drawing exports to every format through {@link DrawingExporter}.
 */
@FunctionalInterface
public interface Drawing {
    void draw(Graphics2D graphics, Rectangle2D area);
}
