package keystone.plan;

/**
 * A three-step rating of a risk's probability or impact.
 */
public enum RiskLevel {
    LOW,
    MEDIUM,
    HIGH
}
