package keystone.salesimport;

/**
 * The kinds of file the sales import reads.
 */
public enum FileKind {
    /** Delimited text in any of the supported encodings. */
    CSV,
    /** An Office Open XML workbook; its first sheet is read. */
    XLSX;

    /** The kind a file's name says, CSV unless it ends with {@code .xlsx} (any case). */
    public static FileKind of(java.nio.file.Path file) {
        java.nio.file.Path name = file.getFileName();
        return name != null && name.toString().toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx") ? XLSX : CSV;
    }
}
