package keystone.salesimport;

import keystone.model.KeystoneException;

/**
 * A sales import could not be done; the message says why in the user's terms - for a bad file, which file, line
 * and column - and the database is as it was before.
 */
public class ImportException extends KeystoneException {

    private static final long serialVersionUID = 1L;

    public ImportException(String message) {
        super(message);
    }

    public ImportException(String message, Throwable cause) {
        super(message, cause);
    }
}
