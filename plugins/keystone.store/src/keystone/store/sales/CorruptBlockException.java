package keystone.store.sales;

/** A stored block of sales lines that cannot be read back (damaged file or a hand-edited import). */
public final class CorruptBlockException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String reason;

    public CorruptBlockException(String reason) {
        super("A stored block of sales lines is damaged (" + reason + ")");
        this.reason = reason;
    }

    /** What is wrong, without the sentence around it. */
    public String reason() {
        return reason;
    }
}
