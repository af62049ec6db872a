package keystone.salesimport;

/**
 * A file with exactly this content was imported before; importing it again would double its sales.
 */
public class AlreadyImportedException extends ImportException {

    private static final long serialVersionUID = 1L;

    private final transient ImportBatch batch;

    public AlreadyImportedException(String message, ImportBatch batch) {
        super(message);
        this.batch = batch;
    }

    /** The earlier import of the same content. */
    public ImportBatch batch() {
        return batch;
    }
}
