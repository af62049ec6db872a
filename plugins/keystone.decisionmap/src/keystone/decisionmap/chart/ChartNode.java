package keystone.decisionmap.chart;

import java.awt.geom.Rectangle2D;
import java.util.Objects;

import keystone.decisionmap.Person;
import keystone.decisionmap.Strength;

/**
 * One person's box on the chart: where it is, and what it shows besides the person (the strength of our best
 * relationship with them). Chart units are Java2D user space at 100 % zoom.
 *
 * @param person           the person drawn
 * @param bestRelationship the strongest current relationship any of our people has with them; {@link Strength#NONE}
 *                         when nobody knows them
 * @param x                left edge
 * @param y                top edge
 * @param manual           placed at the person's stored manual position rather than by the automatic layout
 */
public record ChartNode(Person person, Strength bestRelationship, double x, double y, double width, double height,
        boolean manual) {

    public ChartNode {
        Objects.requireNonNull(person, "person");
        bestRelationship = bestRelationship == null ? Strength.NONE : bestRelationship;
    }

    public long id() {
        return person.id();
    }

    public double centerX() {
        return x + width / 2;
    }

    public double centerY() {
        return y + height / 2;
    }

    /** A new rectangle of the box each time (rectangles are mutable). */
    public Rectangle2D bounds() {
        return new Rectangle2D.Double(x, y, width, height);
    }

    /** The box and {@code area} share interior points ({@link Rectangle2D#intersects} semantics). */
    public boolean intersects(Rectangle2D area) {
        return area.intersects(x, y, width, height);
    }

    /** The point lies in the box, edges included. */
    public boolean contains(double px, double py) {
        return px >= x && py >= y && px <= x + width && py <= y + height;
    }
}
