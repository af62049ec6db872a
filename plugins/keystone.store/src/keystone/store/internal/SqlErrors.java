package keystone.store.internal;

import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;

import org.eclipse.osgi.util.NLS;

import keystone.model.store.StoreException;

/**
 * Turns JDBC failures into {@link StoreException}s whose message says what went wrong in the user's terms.
 */
public final class SqlErrors {

    private SqlErrors() {
    }

    public static StoreException translate(SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String detail = e.getMessage();
        if (e instanceof SQLIntegrityConstraintViolationException || state.startsWith("23")) {
            return new StoreException(NLS.bind(Messages.SqlError_conflict, detail), e);
        }
        if (state.startsWith("22")) {
            return new StoreException(NLS.bind(Messages.SqlError_doesNotFit, detail), e);
        }
        if (state.startsWith("08")) {
            return new StoreException(NLS.bind(Messages.SqlError_unavailable, detail), e);
        }
        return new StoreException(NLS.bind(Messages.SqlError_other, detail), e);
    }
}
