package keystone.decisionmap;

import java.util.List;

/**
 * What {@link MapEdits#removePerson} took off a map, with the place each part had in its list, so that
 * {@link MapEdits#restore} puts back exactly that.
 *
 * @param map           the map without the person
 * @param person        the person removed
 * @param reporting     their reporting lines, up and down
 * @param influence     their influence lines, in and out
 * @param relationships our relationships with them
 */
public record Removal(DecisionMap map, Placed<Person> person, List<Placed<ReportingLine>> reporting,
        List<Placed<InfluenceLine>> influence, List<Placed<Relationship>> relationships) {

    public Removal {
        reporting = List.copyOf(reporting);
        influence = List.copyOf(influence);
        relationships = List.copyOf(relationships);
    }

    /**
     * A part of the map and its index in its list before the removal.
     *
     * @param <T> a person, line or relationship
     */
    public record Placed<T>(int index, T value) {
    }
}
