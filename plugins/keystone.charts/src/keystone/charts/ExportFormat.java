package keystone.charts;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * The formats every Keystone chart exports to: PNG for slides, SVG for editing, PDF for handing out.
 */
public enum ExportFormat {
    PNG("png"), SVG("svg"), PDF("pdf");

    private final String extension;

    ExportFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    /** The format a file name asks for by its extension. */
    public static Optional<ExportFormat> of(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        for (ExportFormat format : values()) {
            if (name.endsWith("." + format.extension)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    /** File-dialog filter patterns, one per format, in declaration order. */
    public static String[] filterExtensions() {
        return new String[] {"*.png", "*.svg", "*.pdf"};
    }
}
