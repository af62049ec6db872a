package keystone.decisionmap;

/** The traffic light of a decision map: how well the people who decide speak for us. */
public enum MapQuality {
    /** No active key player is supportive. */
    RED,
    /** Some active key player is supportive, but no decision maker or economic buyer. */
    AMBER,
    /** An active decision maker or economic buyer is supportive. */
    GREEN
}
