package keystone.salesimport.ui.internal;

import org.eclipse.osgi.util.NLS;

import keystone.salesimport.ImportField;

/**
 * The import wizard's user-visible strings, from {@code messages.properties} and its translations.
 */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "keystone.salesimport.ui.internal.messages";

    public static String Wizard_title;
    public static String File_title;
    public static String File_description;
    public static String File_file;
    public static String File_browse;
    public static String File_profile;
    public static String File_noProfile;
    public static String File_encoding;
    public static String File_delimiter;
    public static String File_decimal;
    public static String File_datePattern;
    public static String File_header;
    public static String File_auto;
    public static String File_point;
    public static String File_comma;
    public static String File_tab;
    public static String File_detected;
    public static String File_noFile;
    public static String File_missing;
    public static String File_reading;
    public static String Mapping_title;
    public static String Mapping_description;
    public static String Mapping_none;
    public static String Mapping_saveAs;
    public static String Mapping_missing;
    public static String Validation_title;
    public static String Validation_description;
    public static String Validation_running;
    public static String Validation_summary;
    public static String Validation_clean;
    public static String Validation_already;
    public static String Validation_period;
    public static String Validation_replace;
    public static String Validation_skip;
    public static String Validation_line;
    public static String Validation_column;
    public static String Validation_value;
    public static String Validation_reason;
    public static String Import_running;
    public static String Import_done;
    public static String Import_failed;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }

    /** The name of an import field as a form label: the import's own wording, capitalised. */
    static String of(ImportField field) {
        String name = keystone.salesimport.internal.Messages.field(field);
        return name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
