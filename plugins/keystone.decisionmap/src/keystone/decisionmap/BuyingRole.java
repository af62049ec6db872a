package keystone.decisionmap;

/** The part a person plays in the customer's buying decisions; a person may play several. */
public enum BuyingRole {
    /** The final approver of a buying decision; there is one per decision. */
    ECONOMIC_BUYER,
    /** Takes part in the decision with a vote that counts. */
    DECISION_MAKER,
    /** Judges the technical fit: can say no, but not yes. */
    TECHNICAL_BUYER,
    /** Works with what is bought. */
    USER_BUYER,
    /** Has no vote but is listened to. */
    INFLUENCER,
    /** Controls access to the others. */
    GATEKEEPER,
    /** Guides us through the account: tells us how decisions are really made. */
    COACH;

    /** The roles that make a person a key player whatever their influence. */
    public boolean key() {
        return this == ECONOMIC_BUYER || this == DECISION_MAKER || this == TECHNICAL_BUYER;
    }
}
