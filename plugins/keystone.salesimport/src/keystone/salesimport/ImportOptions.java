package keystone.salesimport;

import java.util.Objects;

/**
 * Everything an import needs to know about a file besides the file: how it is written and which column holds what.
 *
 * @param detection how the file is written; fields left {@code null} are detected from the file
 * @param mapping   which column holds which value
 */
public record ImportOptions(Detection detection, ColumnMapping mapping) {

    public ImportOptions {
        detection = detection == null ? Detection.NONE : detection;
        Objects.requireNonNull(mapping, "mapping");
    }

    /** Options that detect everything and use {@code mapping}. */
    public static ImportOptions detecting(ColumnMapping mapping) {
        return new ImportOptions(Detection.NONE, mapping);
    }

    /** The options a saved profile stands for. */
    public static ImportOptions of(MappingProfile profile) {
        return new ImportOptions(profile.overrides(), profile.mapping());
    }
}
