package keystone.model.store;

import keystone.model.KeystoneException;

/**
 * The database could not do what was asked; the message says what happened in the user's terms.
 */
public class StoreException extends KeystoneException {

    private static final long serialVersionUID = 1L;

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
