package keystone.exchange.internal;

/**
 * A document that cannot be imported: the JSON pointer of the offending place, and what is wrong there.
 */
final class BadDocumentException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String path;

    BadDocumentException(String path, String problem) {
        this(path, problem, null);
    }

    BadDocumentException(String path, String problem, Throwable cause) {
        super(problem, cause, false, false);
        this.path = path;
    }

    String path() {
        return path;
    }
}
