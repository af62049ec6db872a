package keystone.store.sales;

import org.eclipse.osgi.util.NLS;

import keystone.store.internal.Messages;

/** A stored block of sales lines that cannot be read back (damaged file or a hand-edited import). */
public final class CorruptBlockException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String reason;

    public CorruptBlockException(String reason) {
        super(NLS.bind(Messages.Block_damaged, reason));
        this.reason = reason;
    }

    /** The table that holds the damaged data. */
    public String table() {
        return SalesLines.TABLE;
    }

    /** What is wrong, without the sentence around it. */
    public String reason() {
        return reason;
    }
}
