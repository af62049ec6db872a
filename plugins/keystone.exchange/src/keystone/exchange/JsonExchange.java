package keystone.exchange;

import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;

/**
 * Writes the whole open database to a JSON document and reads such a document back, losslessly: every user table
 * of every installed plugin, found through the database's own metadata.
 *
 * <p>The document looks like
 * {@code {"format":"keystone","formatVersion":1,"exportedAt":"...","schemaVersions":{"keystone.core":1},
 * "tables":{"CUSTOMER":{"columns":["ID",...],"rows":[["C00001",...],...]},...}}}, tables in dependency order.
 * Decimals are strings (exact), dates {@code YYYY-MM-DD}, timestamps ISO-8601, binary data Base64.</p>
 *
 * <p>Both operations honour cancellation of the monitor by throwing
 * {@link org.eclipse.core.runtime.OperationCanceledException}; a cancelled operation changes nothing.
 * Failures arrive as {@link ExchangeException} or, from the database, {@link keystone.model.store.StoreException}.</p>
 */
public interface JsonExchange {

    /** The value of the document's {@code format} field. */
    String FORMAT = "keystone";

    /** The version of the document layout this Keystone writes and reads. */
    int FORMAT_VERSION = 1;

    /**
     * Exports the open database to {@code file}, replacing it atomically: the file is either the complete new
     * document or left as it was.
     */
    ExportSummary exportTo(Path file, IProgressMonitor monitor);

    /**
     * Imports {@code file} into the open database, all or nothing. A database that holds data is refused unless
     * {@code replace} is true, in which case its rows are replaced by the document's. The document's schema
     * versions must equal the database's.
     */
    ImportSummary importFrom(Path file, boolean replace, IProgressMonitor monitor);
}
