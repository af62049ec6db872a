package keystone.exchange.internal;

import org.eclipse.osgi.util.NLS;

/**
 * The JSON exchange's user-visible strings, from {@code messages.properties} and its translations.
 */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "keystone.exchange.internal.messages";

    public static String Task_exporting;
    public static String Task_tableRows;
    public static String Task_importing;
    public static String Task_deleting;
    public static String Task_reading;

    public static String Export_cannotWrite;

    public static String Import_noFile;
    public static String Import_cannotRead;
    public static String Import_readFailed;
    public static String Import_badDocument;
    public static String Import_notJson;
    public static String Import_notEmpty;
    public static String Import_unchanged;
    public static String Import_countersNotMoved;
    public static String Import_salesLines;
    public static String Import_rowRefused;
    public static String Import_unsupportedType;

    public static String Document_expected;
    public static String Document_noFormat;
    public static String Document_wrongFormat;
    public static String Document_fieldMissing;
    public static String Document_fieldFirst;
    public static String Document_unknownField;
    public static String Document_trailingContent;
    public static String Document_formatVersion;
    public static String Document_formatVersionNewer;
    public static String Document_schemaDiffers;
    public static String Document_schemaAbsent;
    public static String Document_schemaVersion;
    public static String Document_noTable;
    public static String Document_columnsFirst;
    public static String Document_unknownTableField;
    public static String Document_noColumn;
    public static String Document_columnTwice;
    public static String Document_columnMissing;
    public static String Document_tooFewValues;
    public static String Document_tooManyValues;
    public static String Document_nullValue;

    public static String Value_expected;
    public static String Value_textTooLong;
    public static String Value_outOfRange;
    public static String Value_tooManyDecimals;
    public static String Value_tooLarge;
    public static String Value_tooManyBytes;

    public static String Expect_text;
    public static String Expect_wholeNumber;
    public static String Expect_number;
    public static String Expect_decimal;
    public static String Expect_boolean;
    public static String Expect_date;
    public static String Expect_time;
    public static String Expect_timeWithOffset;
    public static String Expect_timestamp;
    public static String Expect_timestampWithOffset;
    public static String Expect_base64;
    public static String Expect_jsonObject;
    public static String Expect_versionNumber;
    public static String Expect_schemaVersions;
    public static String Expect_tables;
    public static String Expect_table;
    public static String Expect_columnNames;
    public static String Expect_columnName;
    public static String Expect_rows;
    public static String Expect_row;

    public static String Found_endOfFile;
    public static String Found_object;
    public static String Found_array;
    public static String Found_endOfArray;
    public static String Found_endOfObject;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }

    /** {@code message} followed by the sentence that the database is unchanged. */
    static String unchanged(String message) {
        return message + Import_unchanged;
    }
}
