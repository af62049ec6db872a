package keystone.store.internal;

import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;

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
            return new StoreException("The change conflicts with data already stored: " + detail, e);
        }
        if (state.startsWith("22")) {
            return new StoreException("A value does not fit its field: " + detail, e);
        }
        if (state.startsWith("08")) {
            return new StoreException("The database is not available (closed or damaged): " + detail
                    + ". Restart Keystone.", e);
        }
        return new StoreException("Database error: " + detail, e);
    }
}
