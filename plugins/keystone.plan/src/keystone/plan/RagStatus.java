package keystone.plan;

/**
 * The traffic light of an objective: on track, nearly on track, off track (rules in {@link ObjectiveProgress}).
 */
public enum RagStatus {
    RED,
    AMBER,
    GREEN
}
