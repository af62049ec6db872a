package keystone.exchange;

/**
 * An import without {@code replace} found data in the database; callers may offer to replace it.
 */
public class DatabaseNotEmptyException extends ExchangeException {

    private static final long serialVersionUID = 1L;

    public DatabaseNotEmptyException(String message) {
        super(message);
    }
}
