package keystone.store;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * A schema migration step written in Java, contributed through the {@code keystone.store.migrations} extension
 * point. It runs inside the step's transaction: it must neither commit nor close the connection.
 */
public interface JavaMigration {
    void migrate(Connection connection) throws SQLException;
}
