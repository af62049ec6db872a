package keystone.dossier;

import keystone.model.KeystoneTopics;

/**
 * The event topics on which the dossier service announces changes; every event carries the account's id in
 * {@link KeystoneTopics#PROPERTY_ID}.
 */
// Kept here, next to the service that posts them, as keystone.model cannot know the dossier bundle.
public final class DossierTopics {

    /** Subscribe to this to hear every dossier topic. */
    public static final String ALL = KeystoneTopics.ROOT + "dossier/*";

    /** A dossier was saved: views showing its account's history, competitors, risks or actions refresh. */
    public static final String CHANGED = KeystoneTopics.ROOT + "dossier/changed";

    private DossierTopics() {
    }
}
