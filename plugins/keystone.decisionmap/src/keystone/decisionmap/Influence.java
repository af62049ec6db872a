package keystone.decisionmap;

/** How much a person's opinion weighs in the customer's decisions, whatever their formal role. */
public enum Influence {
    HIGH, MEDIUM, LOW
}
