package keystone.cli.internal;

import org.eclipse.osgi.util.NLS;

/**
 * The command line's user-visible strings, from {@code messages.properties} and its translations.
 */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "keystone.cli.internal.messages";

    public static String Usage_synopsis;
    public static String Usage_commands;
    public static String Usage_info;
    public static String Usage_exportJson;
    public static String Usage_importJson;
    public static String Usage_demo;
    public static String Usage_help;
    public static String Usage_options;
    public static String Usage_db;
    public static String Usage_exitCodes;
    public static String Error_unknownCommand;
    public static String Error_unknownOption;
    public static String Error_missingValue;
    public static String Error_missingFile;
    public static String Error_tooManyArguments;
    public static String Error_badPath;
    public static String Error_serviceMissing;
    public static String Error_demoMissing;
    public static String Error_internal;
    public static String Error_badMonth;
    public static String Error_badMeasure;
    public static String Error_badNumber;
    public static String Error_write;
    public static String Abcxyz_done;
    public static String Usage_abcxyz;
    public static String Usage_importSales;
    public static String Error_profileOrMap;
    public static String Error_badMap;
    public static String Error_badDelimiter;
    public static String Error_badDecimal;
    public static String Error_noProfile;
    public static String ImportSales_done;
    public static String ImportSales_skipped;
    public static String ImportSales_replaced;
    public static String ImportSales_useSkip;
    public static String Info_database;
    public static String Info_schemaVersions;
    public static String Info_noSchemas;
    public static String Info_rowCounts;
    public static String Info_salesLines;
    public static String Export_done;
    public static String Import_done;
    public static String Import_replaced;
    public static String Import_useReplace;
    public static String Demo_done;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
