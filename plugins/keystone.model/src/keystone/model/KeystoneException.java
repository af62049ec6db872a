package keystone.model;

/**
 * Base of Keystone's domain exceptions: its message is written for the user and says what to do.
 */
public class KeystoneException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public KeystoneException(String message) {
        super(message);
    }

    public KeystoneException(String message, Throwable cause) {
        super(message, cause);
    }
}
