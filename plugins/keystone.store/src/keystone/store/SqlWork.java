package keystone.store;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * A unit of database work on a connection the store manages (it commits, rolls back and closes).
 *
 * @param <T> what the work returns
 */
@FunctionalInterface
public interface SqlWork<T> {
    T run(Connection connection) throws SQLException;
}
