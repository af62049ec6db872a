package keystone.plan;

/**
 * Our side of the key-account sales process (domain brief, section 5), in the order an opportunity runs through
 * it.
 */
public enum SalesStage {
    /** Information gathering and assessment. */
    INFORMATION_GATHERING,
    /** Map the roles and build relationships with the key people. */
    MAP_ROLES,
    /** Influence the requirements. */
    INFLUENCE_REQUIREMENTS,
    /** Bid documents and tender meetings. */
    BID_AND_TENDER,
    /** Negotiation and signature. */
    NEGOTIATION_AND_SIGNATURE,
    /** Payment collection and after-sales service. */
    PAYMENT_AND_AFTER_SALES
}
