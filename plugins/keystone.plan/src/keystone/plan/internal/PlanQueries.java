package keystone.plan.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import keystone.plan.Metric;
import keystone.plan.Objective;
import keystone.plan.OpenPlanAction;
import keystone.plan.PlanAction;
import keystone.plan.PlanState;

/**
 * The questions asked across all plans: the accounts of the portfolio and the open actions for "My open actions".
 */
final class PlanQueries {

    /** Overdue first; then by due date, account, year and the order within the plan. */
    static final Comparator<OpenPlanAction> ORDER = Comparator.comparing(OpenPlanAction::overdue).reversed()
            .thenComparing(a -> a.action().due())
            .thenComparing(a -> a.accountName().toLowerCase(Locale.ROOT))
            .thenComparingLong(OpenPlanAction::accountId)
            .thenComparingInt(OpenPlanAction::year);

    private PlanQueries() {
    }

    /** Every account's id and name, by name (ignoring case) and id. */
    static Map<Long, String> accounts(Connection c) throws SQLException {
        Map<Long, String> accounts = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT ID, NAME FROM ACCOUNT ORDER BY LOWER(NAME), ID");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                accounts.put(rs.getLong(1), rs.getString(2));
            }
        }
        return accounts;
    }

    /** The open and in-progress actions of all plans that are not snapshots, in {@link #ORDER}. */
    static List<OpenPlanAction> openActions(Connection c, LocalDate today) throws SQLException {
        List<OpenPlanAction> actions = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT a.ID, a.NAME, h.ID, h.PLAN_YEAR, o.METRIC, "
                + "o.CUSTOM_NAME, x.ID, x.ACTION_TEXT, x.OWNER, x.DUE, x.STATUS, x.OBJECTIVE_ID FROM PLAN_ACTION x "
                + "JOIN PLAN_HEADER h ON h.ID = x.PLAN_ID JOIN ACCOUNT a ON a.ID = h.ACCOUNT_ID "
                + "LEFT JOIN PLAN_OBJECTIVE o ON o.ID = x.OBJECTIVE_ID "
                + "WHERE x.STATUS IN ('OPEN', 'IN_PROGRESS') AND h.STATE <> ? ORDER BY x.DUE, h.ID, x.SORT_NO")) {
            ps.setString(1, PlanState.SNAPSHOT.name());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String metric = rs.getString(5);
                    String objective = metric == null ? "" : Objective.label(Metric.valueOf(metric), rs.getString(6));
                    PlanAction action = PlanParts.action(rs, 7);
                    actions.add(new OpenPlanAction(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getInt(4),
                            objective, action, action.overdue(today)));
                }
            }
        }
        actions.sort(ORDER); // stable: keeps the order within a plan
        return actions;
    }
}
