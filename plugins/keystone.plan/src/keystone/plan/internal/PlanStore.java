package keystone.plan.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import keystone.store.Jdbc;
import keystone.plan.AccountPlan;
import keystone.plan.PlanState;
import keystone.plan.PortfolioScores;
import keystone.store.BatchInserts;

/**
 * Reads and writes plans (PLAN_HEADER and, through {@link PlanParts}, the tables of their parts). It checks
 * nothing: validation, snapshots and duplicates are the component's, and the database's constraints stay the last
 * line.
 */
final class PlanStore {

    private static final List<String> HEADER_COLUMNS = List.of("ACCOUNT_ID", "PLAN_YEAR", "STATE", "CREATED_ON",
            "SUMMARY", "ATTRACTIVENESS", "STRENGTH");
    private static final String SELECT_HEADER = "SELECT ID, ACCOUNT_ID, PLAN_YEAR, STATE, CREATED_ON, SUMMARY, "
            + "ATTRACTIVENESS, STRENGTH FROM PLAN_HEADER ";

    private PlanStore() {
    }

    /** The stored plan of an account for a year, with all its parts. */
    static Optional<AccountPlan> read(Connection c, long accountId, int year) throws SQLException {
        Optional<AccountPlan> header = header(c, "WHERE ACCOUNT_ID = ? AND PLAN_YEAR = ?", accountId, year);
        return header.isEmpty() ? header : Optional.of(PlanParts.read(c, header.get()));
    }

    /** The stored plan {@code planId} without its parts: id, account, year, state, created, summary, scores. */
    static Optional<AccountPlan> header(Connection c, long planId) throws SQLException {
        return header(c, "WHERE ID = ?", planId, null);
    }

    /** The stored plan of an account for a year without its parts, if there is one. */
    static Optional<AccountPlan> header(Connection c, long accountId, int year) throws SQLException {
        return header(c, "WHERE ACCOUNT_ID = ? AND PLAN_YEAR = ?", accountId, year);
    }

    private static Optional<AccountPlan> header(Connection c, String where, long first, Integer second)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(SELECT_HEADER + where)) {
            ps.setLong(1, first);
            if (second != null) {
                ps.setInt(2, second);
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(header(rs)) : Optional.empty();
            }
        }
    }

    private static AccountPlan header(ResultSet rs) throws SQLException {
        AccountPlan empty = AccountPlan.empty(rs.getLong(2), rs.getInt(3), Jdbc.date(rs, 5));
        return empty.withId(rs.getLong(1)).withState(PlanState.valueOf(rs.getString(4))).withSummary(rs.getString(6))
                .withScores(new PortfolioScores(rs.getBigDecimal(7), rs.getBigDecimal(8)));
    }

    /** Every stored plan of {@code year} with all its parts, by account id. */
    static List<AccountPlan> readYear(Connection c, int year) throws SQLException {
        List<AccountPlan> plans = new ArrayList<>();
        for (AccountPlan header : headers(c, year)) {
            plans.add(PlanParts.read(c, header));
        }
        return plans;
    }

    /** Every stored plan of {@code year} without its parts, by account id. */
    static List<AccountPlan> headers(Connection c, int year) throws SQLException {
        List<AccountPlan> headers = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(SELECT_HEADER + "WHERE PLAN_YEAR = ? ORDER BY ACCOUNT_ID")) {
            ps.setInt(1, year);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    headers.add(header(rs));
                }
            }
        }
        return headers;
    }

    static List<Integer> years(Connection c, long accountId) throws SQLException {
        List<Integer> years = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT PLAN_YEAR FROM PLAN_HEADER WHERE ACCOUNT_ID = ? "
                + "ORDER BY PLAN_YEAR")) {
            ps.setLong(1, accountId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    years.add(rs.getInt(1));
                }
            }
        }
        return years;
    }

    /**
     * The name of the account, locking its row until the transaction ends so that two writes of the account's plans
     * (an editor and a job) take turns instead of interleaving their deletes and inserts; empty when there is no
     * such account.
     */
    static Optional<String> lockAccount(Connection c, long accountId) throws SQLException {
        return Jdbc.lockAccount(c, accountId) ? accountName(c, accountId) : Optional.empty();
    }

    static Optional<String> accountName(Connection c, long accountId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT NAME FROM ACCOUNT WHERE ID = ?")) {
            ps.setLong(1, accountId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    /** Inserts a plan with id {@link AccountPlan#NEW_ID} and its parts; returns it with all its ids. */
    static AccountPlan insert(Connection c, AccountPlan plan) throws SQLException {
        long id = BatchInserts.insert(c, "PLAN_HEADER", HEADER_COLUMNS, List.of(plan), AccountPlan::id,
                (ps, p, sortNo) -> {
                    ps.setLong(1, p.accountId());
                    ps.setInt(2, p.year());
                    ps.setString(3, p.state().name());
                    ps.setObject(4, p.createdOn());
                    ps.setString(5, p.summary());
                    Jdbc.setDecimal(ps, 6, p.scores().attractiveness());
                    Jdbc.setDecimal(ps, 7, p.scores().strength());
                })[0];
        return PlanParts.insert(c, plan.withId(id));
    }

    /** Replaces the stored plan of {@code plan}'s id (its header and all its parts); returns it with all its ids. */
    static AccountPlan replace(Connection c, AccountPlan plan) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE PLAN_HEADER SET PLAN_YEAR = ?, STATE = ?, "
                + "CREATED_ON = ?, SUMMARY = ?, ATTRACTIVENESS = ?, STRENGTH = ? WHERE ID = ?")) {
            ps.setInt(1, plan.year());
            ps.setString(2, plan.state().name());
            ps.setObject(3, plan.createdOn());
            ps.setString(4, plan.summary());
            Jdbc.setDecimal(ps, 5, plan.scores().attractiveness());
            Jdbc.setDecimal(ps, 6, plan.scores().strength());
            ps.setLong(7, plan.id());
            ps.executeUpdate();
        }
        PlanParts.delete(c, plan.id());
        return PlanParts.insert(c, plan);
    }

    static void setState(Connection c, long planId, PlanState state) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE PLAN_HEADER SET STATE = ? WHERE ID = ?")) {
            ps.setString(1, state.name());
            ps.setLong(2, planId);
            ps.executeUpdate();
        }
    }
}
