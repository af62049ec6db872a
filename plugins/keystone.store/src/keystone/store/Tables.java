package keystone.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import keystone.store.sales.SalesLines;

/**
 * The user tables of the shared database (every contributor's), ordered so that a table comes after the tables
 * its foreign keys reference; for whole-database work such as clearing, export and import.
 */
public final class Tables {

    /** Keystone's own bookkeeping table of applied schema versions; not user data. */
    public static final String SCHEMA_VERSION_TABLE = "KS_SCHEMA_VERSION";

    private Tables() {
    }

    /**
     * Checks what the database cannot check itself in rows that came from outside the store's own writers (a JSON
     * import): today the encoded sales lines (see {@link SalesLines#verify}).
     *
     * @throws keystone.store.sales.CorruptBlockException naming the table and what is wrong
     */
    public static void verifyImported(Connection c) throws SQLException {
        if (inDependencyOrder(c).contains(SalesLines.TABLE)) {
            SalesLines.verify(c);
        }
    }

    public static List<String> inDependencyOrder(Connection c) throws SQLException {
        Map<String, Set<String>> references = new LinkedHashMap<>();
        try (ResultSet rs = c.getMetaData().getTables(null, "PUBLIC", "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                String name = rs.getString("TABLE_NAME");
                if (!name.equals(SCHEMA_VERSION_TABLE)) {
                    references.put(name, new LinkedHashSet<>());
                }
            }
        }
        for (Map.Entry<String, Set<String>> e : references.entrySet()) {
            try (ResultSet rs = c.getMetaData().getImportedKeys(null, "PUBLIC", e.getKey())) {
                while (rs.next()) {
                    String referenced = rs.getString("PKTABLE_NAME");
                    if (!referenced.equals(e.getKey())) {
                        e.getValue().add(referenced);
                    }
                }
            }
        }
        List<String> ordered = new ArrayList<>();
        Set<String> visiting = new LinkedHashSet<>();
        for (String table : references.keySet()) {
            visit(table, references, visiting, ordered);
        }
        return ordered;
    }

    private static void visit(String table, Map<String, Set<String>> references, Set<String> visiting,
            List<String> ordered) {
        if (ordered.contains(table) || !visiting.add(table)) {
            return; // done already, or a cycle of foreign keys (kept in discovery order)
        }
        for (String referenced : references.getOrDefault(table, Set.of())) {
            visit(referenced, references, visiting, ordered);
        }
        visiting.remove(table);
        ordered.add(table);
    }
}
