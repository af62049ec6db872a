package keystone.exchange;

import keystone.model.KeystoneException;

/**
 * An export or import could not be done; the message says why in the user's terms (for a bad document: where in
 * it, as a JSON pointer) and the database is as it was before.
 */
public class ExchangeException extends KeystoneException {

    private static final long serialVersionUID = 1L;

    public ExchangeException(String message) {
        super(message);
    }

    public ExchangeException(String message, Throwable cause) {
        super(message, cause);
    }
}
