package keystone.decisionmap;

/** A person's attitude toward us, from our best friend to our strongest opponent. */
public enum Stance {
    CHAMPION, SUPPORTER, NEUTRAL, SCEPTIC, OPPONENT;

    /** Champions and supporters: the people who speak for us. */
    public boolean supportive() {
        return this == CHAMPION || this == SUPPORTER;
    }
}
