package keystone.decisionmap;

/**
 * An informal, directed influence: {@code fromId} sways {@code toId}'s opinion outside the reporting lines.
 *
 * @param note how or why, may be empty
 */
public record InfluenceLine(long fromId, long toId, String note) {

    public InfluenceLine {
        note = note == null ? "" : note;
    }

    boolean joins(long personId) {
        return fromId == personId || toId == personId;
    }
}
