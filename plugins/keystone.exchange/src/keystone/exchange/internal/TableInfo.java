package keystone.exchange.internal;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.eclipse.osgi.util.NLS;

import keystone.exchange.ExchangeException;
import keystone.store.Tables;

/**
 * One user table as the exchange sees it, read from JDBC metadata so that tables added by any plugin's migrations
 * take part without code of their own.
 *
 * @param name       the table name, exactly as stored
 * @param columns    its columns in ordinal order, without computed columns (the database derives those)
 * @param primaryKey names of its primary key columns in key order; empty when it has none
 */
record TableInfo(String name, List<ColumnInfo> columns, List<String> primaryKey) {

    TableInfo {
        columns = List.copyOf(columns);
        primaryKey = List.copyOf(primaryKey);
    }

    Optional<ColumnInfo> column(String columnName) {
        return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
    }

    int indexOf(String columnName) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(columnName)) {
                return i;
            }
        }
        return -1;
    }

    Optional<ColumnInfo> identityColumn() {
        return columns.stream().filter(ColumnInfo::identity).findFirst();
    }

    /** The SQL identifier of the table, quoted so that any name the metadata reports works. */
    String sqlName() {
        return quote(name);
    }

    static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    /**
     * All user tables in dependency order, keyed by name.
     *
     * @throws ExchangeException when a column has a type the exchange cannot carry
     */
    static Map<String, TableInfo> readAll(Connection c) throws SQLException {
        Set<String> identityAlways = identityAlwaysColumns(c);
        Map<String, TableInfo> result = new LinkedHashMap<>();
        DatabaseMetaData meta = c.getMetaData();
        for (String table : Tables.inDependencyOrder(c)) {
            List<ColumnInfo> columns = new ArrayList<>();
            try (ResultSet rs = meta.getColumns(null, "PUBLIC", table, "%")) {
                // ordinal order, whatever order the driver returns them in
                TreeMap<Integer, ColumnInfo> byPosition = new TreeMap<>();
                while (rs.next()) {
                    if ("YES".equals(rs.getString("IS_GENERATEDCOLUMN"))) {
                        continue;
                    }
                    String name = rs.getString("COLUMN_NAME");
                    String typeName = rs.getString("TYPE_NAME");
                    int sqlType = rs.getInt("DATA_TYPE");
                    ValueKind kind = ValueKind.of(sqlType).orElseThrow(() -> new ExchangeException(
                            NLS.bind(Messages.Import_unsupportedType, new Object[] {name, table, typeName})));
                    byPosition.put(rs.getInt("ORDINAL_POSITION"), new ColumnInfo(name, sqlType, typeName, kind,
                            rs.getInt("COLUMN_SIZE"), rs.getInt("DECIMAL_DIGITS"),
                            rs.getInt("NULLABLE") != DatabaseMetaData.columnNoNulls, rs.getString("COLUMN_DEF") != null,
                            "YES".equals(rs.getString("IS_AUTOINCREMENT")),
                            identityAlways.contains(table + '.' + name)));
                }
                columns.addAll(byPosition.values());
            }
            TreeMap<Integer, String> key = new TreeMap<>();
            try (ResultSet rs = meta.getPrimaryKeys(null, "PUBLIC", table)) {
                while (rs.next()) {
                    key.put(rs.getInt("KEY_SEQ"), rs.getString("COLUMN_NAME"));
                }
            }
            result.put(table, new TableInfo(table, columns, new ArrayList<>(key.values())));
        }
        return result;
    }

    /** "TABLE.COLUMN" of identity columns declared GENERATED ALWAYS; JDBC metadata does not tell them apart. */
    private static Set<String> identityAlwaysColumns(Connection c) throws SQLException {
        Set<String> result = new HashSet<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT TABLE_NAME, COLUMN_NAME "
                + "FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA = 'PUBLIC' AND IS_IDENTITY = 'YES' "
                + "AND IDENTITY_GENERATION = 'ALWAYS'")) {
            while (rs.next()) {
                result.add(rs.getString(1) + '.' + rs.getString(2));
            }
        }
        return result;
    }

    /** Applied schema version per contributor, from Keystone's bookkeeping table. */
    static Map<String, Integer> schemaVersions(Connection c) throws SQLException {
        Map<String, Integer> result = new TreeMap<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT CONTRIBUTOR, VERSION FROM "
                + Tables.SCHEMA_VERSION_TABLE + " ORDER BY CONTRIBUTOR")) {
            while (rs.next()) {
                result.put(rs.getString(1), rs.getInt(2));
            }
        }
        return result;
    }

    long countRows(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + sqlName())) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
