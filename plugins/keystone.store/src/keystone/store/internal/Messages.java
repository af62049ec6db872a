package keystone.store.internal;

import org.eclipse.osgi.util.NLS;

/**
 * The store's user-visible strings, from {@code messages.properties} and its translations.
 */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "keystone.store.internal.messages";

    public static String SqlError_conflict;
    public static String SqlError_doesNotFit;
    public static String SqlError_unavailable;
    public static String SqlError_other;
    public static String Insert_fewerGeneratedIds;

    public static String Database_alreadyOpen;
    public static String Database_notOpen;
    public static String Database_cannotCreateDirectory;
    public static String Database_cannotOpen;

    public static String Lock_cannotCreate;
    public static String Lock_cannotLock;
    public static String Lock_sameProcess;
    public static String Lock_holder;
    public static String Lock_unknownHost;
    public static String Lock_starting;

    public static String Migration_duplicateSchema;
    public static String Migration_cycle;
    public static String Migration_missingRequired;
    public static String Migration_newerDatabase;
    public static String Migration_backupFailed;
    public static String Migration_restoreFailed;
    public static String Migration_lineDoesNotFit;

    public static String Registry_noId;
    public static String Registry_versionGaps;
    public static String Registry_versionNotNumber;
    public static String Registry_scriptOrClass;
    public static String Registry_scriptMissing;

    public static String Account_deleted;
    public static String Account_invalid;

    public static String Decimals_tooManyDecimals;
    public static String Decimals_tooManyDigits;

    public static String Block_damaged;
    public static String Block_tooShort;
    public static String Block_checksum;
    public static String Block_unknownVersion;
    public static String Block_trailingBytes;
    public static String Block_truncated;
    public static String Block_badNumber;
    public static String Block_badCount;
    public static String Block_truncatedText;
    public static String Block_badTextIndex;

    public static String Verify_inBlock;
    public static String Verify_duplicateLineId;
    public static String Verify_nextId;
    public static String Verify_lineCount;
    public static String Verify_dates;
    public static String Verify_lineIds;
    public static String Verify_amount;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
