package keystone.salesimport;

/**
 * The kinds of file the sales import reads.
 */
public enum FileKind {
    /** Delimited text in any of the supported encodings. */
    CSV,
    /** An Office Open XML workbook; its first sheet is read. */
    XLSX
}
