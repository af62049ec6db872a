package keystone.decisionmap;

import keystone.model.KeystoneTopics;

/**
 * The event topics on which the decision-map service announces changes; every event carries the account's id in
 * {@link KeystoneTopics#PROPERTY_ID}.
 */
// Kept here, next to the service that posts them, as keystone.model cannot know the decision-map bundle.
public final class DecisionMapTopics {

    /** Subscribe to this to hear every decision-map topic. */
    public static final String ALL = KeystoneTopics.ROOT + "decisionmap/*";

    /** A decision map was saved: its graph, its coverage and the portfolio coverage refresh. */
    public static final String CHANGED = KeystoneTopics.ROOT + "decisionmap/changed";

    private DecisionMapTopics() {
    }
}
