package keystone.exchange.internal;

/**
 * A JSON value that does not fit its column; the reader adds where in the document it is.
 */
final class BadValueException extends Exception {

    private static final long serialVersionUID = 1L;

    BadValueException(String problem) {
        super(problem, null, false, false);
    }
}
