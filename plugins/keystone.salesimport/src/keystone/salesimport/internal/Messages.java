package keystone.salesimport.internal;

import org.eclipse.osgi.util.NLS;

import keystone.salesimport.ImportField;

/**
 * The sales import's user-visible strings, from {@code messages.properties} and its translations.
 */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "keystone.salesimport.internal.messages";

    public static String Problem_atLine;
    public static String Problem_atColumn;
    public static String Problem_missing;
    public static String Problem_notNumber;
    public static String Problem_notNumberFormat;
    public static String Problem_tooManyDecimals;
    public static String Problem_tooLarge;
    public static String Problem_dateNotNumber;
    public static String Problem_notDate;
    public static String Problem_impossibleDate;
    public static String Problem_tooLong;
    public static String Problem_negativeId;
    public static String Problem_width;
    public static String Problem_quotes;
    public static String Problem_recordTooLong;
    public static String Problem_encoding;

    public static String File_missing;
    public static String File_unreadable;
    public static String File_oldExcel;
    public static String File_empty;
    public static String File_headerOnly;
    public static String File_headerUnreadable;

    public static String Mapping_noSuchName;
    public static String Mapping_oneColumnHint;
    public static String Mapping_ambiguous;
    public static String Mapping_noSuchPosition;

    public static String Field_customer;
    public static String Field_name;
    public static String Field_date;
    public static String Field_amount;
    public static String Field_margin;
    public static String Field_product;
    public static String Field_quantity;
    public static String Field_order;
    public static String Column_generic;

    public static String Report_summary;
    public static String Report_more;

    public static String Import_notImportable;
    public static String Import_badLines;
    public static String Import_errorFileNeeded;
    public static String Import_errorFileIsSource;
    public static String Import_errorFileFailed;
    public static String Import_tooLargeForMemory;
    public static String Import_errorFileLost;
    public static String Import_alreadyImported;
    public static String Import_periodNotEmpty;

    public static String ErrorFile_column;
    public static String ErrorFile_reasonLine;
    public static String ErrorFile_reasonColumn;

    public static String Profile_unreadable;

    public static String Task_reading;
    public static String Task_importing;
    public static String Task_line;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }

    /** The user's name of an import field, e.g. "customer id". */
    public static String field(ImportField field) {
        return switch (field) {
            case CUSTOMER_ID -> Field_customer;
            case CUSTOMER_NAME -> Field_name;
            case DATE -> Field_date;
            case AMOUNT -> Field_amount;
            case MARGIN -> Field_margin;
            case PRODUCT -> Field_product;
            case QUANTITY -> Field_quantity;
            case ORDER_ID -> Field_order;
        };
    }
}
