package keystone.salesimport;

import java.util.List;
import java.util.Optional;

/**
 * The saved {@link MappingProfile}s, by name, in the open database: a user maps an export's columns once and
 * re-applies the mapping to every later export of the same kind.
 */
public interface ProfileStore {

    /** Saves {@code profile}, replacing a profile of the same name. */
    void save(MappingProfile profile);

    Optional<MappingProfile> load(String name);

    /** The names of all saved profiles, sorted. */
    List<String> names();

    /** Deletes the profile; returns whether there was one. */
    boolean delete(String name);
}
