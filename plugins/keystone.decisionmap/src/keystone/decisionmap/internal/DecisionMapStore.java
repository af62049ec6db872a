package keystone.decisionmap.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;

import keystone.decisionmap.BuyingRole;
import keystone.decisionmap.DecisionMap;
import keystone.decisionmap.Influence;
import keystone.decisionmap.InfluenceLine;
import keystone.decisionmap.Level;
import keystone.decisionmap.Person;
import keystone.decisionmap.Relationship;
import keystone.decisionmap.ReportingLine;
import keystone.decisionmap.Stance;
import keystone.decisionmap.Strength;
import keystone.model.KeystoneException;
import keystone.store.BatchInserts;
import keystone.store.Jdbc;

/**
 * Reads and replaces the decision-map rows (tables of sql/V001__decision_map.sql) on a connection the caller
 * manages. It checks nothing but the account's existence: validation is the service's, and the database's column
 * limits and constraints stay the last line.
 */
final class DecisionMapStore {

    private static final List<String> PERSON_COLUMNS = List.of("ACCOUNT_ID", "SORT_NO", "NAME", "TITLE", "DEPARTMENT",
            "SUBSIDIARY", "ORG_LEVEL", "BUYING_ROLES", "STANCE", "INFLUENCE", "HAS_LEFT", "LEFT_ON", "NOTES", "POS_X",
            "POS_Y");
    private static final List<String> REPORTING_COLUMNS = List.of("MANAGER_ID", "REPORT_ID", "SORT_NO", "DOTTED");
    private static final List<String> INFLUENCE_COLUMNS = List.of("FROM_ID", "TO_ID", "SORT_NO", "NOTE");
    private static final List<String> RELATIONSHIP_COLUMNS = List.of("PERSON_ID", "SORT_NO", "OUR_PERSON",
            "CURRENT_STRENGTH", "TARGET_STRENGTH", "LAST_CONTACT");

    private DecisionMapStore() {
    }

    /** The account's name, if the account exists. */
    static Optional<String> accountName(Connection c, long accountId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT NAME FROM ACCOUNT WHERE ID = ?")) {
            ps.setLong(1, accountId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    /** Id and name of every account with at least one person, by name. */
    static Map<Long, String> accountsWithMaps(Connection c) throws SQLException {
        Map<Long, String> accounts = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT a.ID, a.NAME FROM ACCOUNT a WHERE EXISTS "
                + "(SELECT 1 FROM PERSON p WHERE p.ACCOUNT_ID = a.ID) ORDER BY a.NAME, a.ID");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                accounts.put(rs.getLong(1), rs.getString(2));
            }
        }
        return accounts;
    }

    /** The stored map of one account; empty when no one is recorded. */
    static DecisionMap read(Connection c, long accountId) throws SQLException {
        return read(c, Optional.of(accountId)).getOrDefault(accountId, DecisionMap.empty(accountId));
    }

    /** The stored maps of one account or (for an empty {@code only}) of all, by account id. */
    static Map<Long, DecisionMap> read(Connection c, Optional<Long> only) throws SQLException {
        String where = only.isPresent() ? " WHERE p.ACCOUNT_ID = ?" : "";
        Map<Long, List<Person>> people = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT p.ID, p.ACCOUNT_ID, p.NAME, p.TITLE, p.DEPARTMENT, "
                + "p.SUBSIDIARY, p.ORG_LEVEL, p.BUYING_ROLES, p.STANCE, p.INFLUENCE, p.HAS_LEFT, p.LEFT_ON, p.NOTES, "
                + "p.POS_X, p.POS_Y FROM PERSON p" + where + " ORDER BY p.ACCOUNT_ID, p.SORT_NO, p.ID")) {
            bind(ps, only);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    people.computeIfAbsent(rs.getLong(2), k -> new ArrayList<>()).add(person(rs));
                }
            }
        }
        Map<Long, List<ReportingLine>> reporting = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT p.ACCOUNT_ID, l.MANAGER_ID, l.REPORT_ID, l.DOTTED "
                + "FROM REPORTING_LINE l JOIN PERSON p ON p.ID = l.REPORT_ID" + where
                + " ORDER BY p.ACCOUNT_ID, l.SORT_NO")) {
            bind(ps, only);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    reporting.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new ReportingLine(rs.getLong(2), rs.getLong(3), rs.getBoolean(4)));
                }
            }
        }
        Map<Long, List<InfluenceLine>> influence = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT p.ACCOUNT_ID, l.FROM_ID, l.TO_ID, l.NOTE "
                + "FROM INFLUENCE_LINE l JOIN PERSON p ON p.ID = l.FROM_ID" + where
                + " ORDER BY p.ACCOUNT_ID, l.SORT_NO")) {
            bind(ps, only);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    influence.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new InfluenceLine(rs.getLong(2), rs.getLong(3), rs.getString(4)));
                }
            }
        }
        Map<Long, List<Relationship>> relationships = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT p.ACCOUNT_ID, r.ID, r.PERSON_ID, r.OUR_PERSON, "
                + "r.CURRENT_STRENGTH, r.TARGET_STRENGTH, r.LAST_CONTACT FROM RELATIONSHIP r "
                + "JOIN PERSON p ON p.ID = r.PERSON_ID" + where + " ORDER BY p.ACCOUNT_ID, r.SORT_NO, r.ID")) {
            bind(ps, only);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    relationships.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new Relationship(rs.getLong(2), rs.getLong(3), rs.getString(4),
                                    Strength.valueOf(rs.getString(5)), Strength.valueOf(rs.getString(6)),
                                    rs.getObject(7, LocalDate.class)));
                }
            }
        }
        Map<Long, DecisionMap> maps = new LinkedHashMap<>();
        for (Map.Entry<Long, List<Person>> e : people.entrySet()) {
            long id = e.getKey();
            maps.put(id, new DecisionMap(id, e.getValue(), reporting.get(id), influence.get(id),
                    relationships.get(id)));
        }
        return maps;
    }

    private static void bind(PreparedStatement ps, Optional<Long> only) throws SQLException {
        if (only.isPresent()) {
            ps.setLong(1, only.get());
        }
    }

    private static Person person(ResultSet rs) throws SQLException {
        Set<BuyingRole> roles = EnumSet.noneOf(BuyingRole.class);
        for (String role : rs.getString(8).split(",")) {
            if (!role.isBlank()) {
                roles.add(BuyingRole.valueOf(role.strip()));
            }
        }
        double x = rs.getDouble(14);
        Double px = rs.wasNull() ? null : x;
        double y = rs.getDouble(15);
        Double py = rs.wasNull() ? null : y;
        return new Person(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), Level.valueOf(rs.getString(7)), roles, Stance.valueOf(rs.getString(9)),
                Influence.valueOf(rs.getString(10)), rs.getBoolean(11), rs.getObject(12, LocalDate.class),
                rs.getString(13), px, py);
    }

    /**
     * Replaces every map row of the map's account; returns the map with the ids its new people and relationships
     * got, lines following their people. Run it in a transaction: when any row fails, the caller rolls back.
     *
     * @throws KeystoneException when the account does not exist
     */
    static DecisionMap replace(Connection c, DecisionMap map) throws SQLException {
        lockAccount(c, map.accountId());
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM PERSON WHERE ACCOUNT_ID = ?")) {
            ps.setLong(1, map.accountId()); // lines and relationships go with their people
            ps.executeUpdate();
        }
        long[] personIds = BatchInserts.insert(c, "PERSON", PERSON_COLUMNS, map.people(), Person::id,
                DecisionMapStore::bindPerson);
        Map<Long, Long> ids = new HashMap<>();
        List<Person> people = new ArrayList<>();
        for (int i = 0; i < personIds.length; i++) {
            Person p = map.people().get(i);
            ids.put(p.id(), personIds[i]);
            people.add(p.withId(personIds[i]));
        }
        List<ReportingLine> reporting = map.reporting().stream()
                .map(l -> new ReportingLine(ids.get(l.managerId()), ids.get(l.reportId()), l.dotted())).toList();
        List<InfluenceLine> influence = map.influence().stream()
                .map(l -> new InfluenceLine(ids.get(l.fromId()), ids.get(l.toId()), l.note())).toList();
        List<Relationship> relationships = map.relationships().stream()
                .map(r -> r.withPersonId(ids.get(r.personId())).withId(Math.max(r.id(), 0))).toList();
        BatchInserts.insertPlain(c, "REPORTING_LINE", REPORTING_COLUMNS, reporting, (ps, l, i) -> {
            ps.setLong(1, l.managerId());
            ps.setLong(2, l.reportId());
            ps.setInt(3, i);
            ps.setBoolean(4, l.dotted());
        });
        BatchInserts.insertPlain(c, "INFLUENCE_LINE", INFLUENCE_COLUMNS, influence, (ps, l, i) -> {
            ps.setLong(1, l.fromId());
            ps.setLong(2, l.toId());
            ps.setInt(3, i);
            ps.setString(4, l.note());
        });
        long[] relationshipIds = BatchInserts.insert(c, "RELATIONSHIP", RELATIONSHIP_COLUMNS, relationships,
                Relationship::id, DecisionMapStore::bindRelationship);
        List<Relationship> storedRelationships = new ArrayList<>();
        for (int i = 0; i < relationshipIds.length; i++) {
            storedRelationships.add(relationships.get(i).withId(relationshipIds[i]));
        }
        return new DecisionMap(map.accountId(), people, reporting, influence, storedRelationships);
    }

    /**
     * Checks that the account exists and locks its row until the transaction ends, so that two saves of the same
     * map take turns instead of interleaving their deletes and inserts.
     */
    private static void lockAccount(Connection c, long accountId) throws SQLException {
        if (!Jdbc.lockAccount(c, accountId)) {
            throw new KeystoneException(NLS.bind(Messages.Store_accountDeleted, accountId));
        }
    }

    private static void bindPerson(PreparedStatement ps, Person p, int sortNo) throws SQLException {
        ps.setLong(1, p.accountId());
        ps.setInt(2, sortNo);
        ps.setString(3, p.name());
        ps.setString(4, p.title());
        ps.setString(5, p.department());
        ps.setString(6, p.subsidiary());
        ps.setString(7, p.level().name());
        ps.setString(8, p.roles().stream().map(BuyingRole::name).collect(Collectors.joining(",")));
        ps.setString(9, p.stance().name());
        ps.setString(10, p.influence().name());
        ps.setBoolean(11, p.left());
        Jdbc.setDate(ps, 12, p.leftOn());
        ps.setString(13, p.notes());
        if (p.x() == null) {
            ps.setNull(14, Types.DOUBLE);
            ps.setNull(15, Types.DOUBLE);
        } else {
            ps.setDouble(14, p.x());
            ps.setDouble(15, p.y());
        }
    }

    private static void bindRelationship(PreparedStatement ps, Relationship r, int sortNo) throws SQLException {
        ps.setLong(1, r.personId());
        ps.setInt(2, sortNo);
        ps.setString(3, r.ourPerson());
        ps.setString(4, r.current().name());
        ps.setString(5, r.target().name());
        Jdbc.setDate(ps, 6, r.lastContact());
    }
}
