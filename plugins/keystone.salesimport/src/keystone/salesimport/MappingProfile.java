package keystone.salesimport;

import java.util.Objects;

/**
 * A named, saved way to import one kind of export: its column mapping and the detection settings the user forced
 * (the others are detected afresh for every file).
 *
 * @param name      unique name, e.g. the ERP the export comes from
 * @param mapping   which column holds which value
 * @param overrides the forced detection settings; {@link Detection#NONE} to detect everything
 */
public record MappingProfile(String name, ColumnMapping mapping, Detection overrides) {

    /** The longest profile name the store keeps. */
    public static final int MAX_NAME_LENGTH = 200;

    public MappingProfile {
        Objects.requireNonNull(name, "name");
        name = name.strip();
        if (name.isEmpty() || name.length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("a profile name has 1 to " + MAX_NAME_LENGTH + " characters");
        }
        Objects.requireNonNull(mapping, "mapping");
        overrides = overrides == null ? Detection.NONE : overrides.withoutColumns();
    }
}
