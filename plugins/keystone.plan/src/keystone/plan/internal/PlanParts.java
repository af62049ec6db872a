package keystone.plan.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import keystone.store.Jdbc;
import keystone.plan.AccountPlan;
import keystone.plan.ActionStatus;
import keystone.plan.BudgetLine;
import keystone.plan.Metric;
import keystone.plan.Objective;
import keystone.plan.Opportunity;
import keystone.plan.PlanAction;
import keystone.plan.Quarter;
import keystone.plan.QuarterTarget;
import keystone.plan.Review;
import keystone.plan.Risk;
import keystone.plan.RiskLevel;
import keystone.plan.SalesStage;
import keystone.plan.Swot;
import keystone.store.BatchInserts;

/**
 * Reads, inserts and deletes the parts of a plan (every table of sql/V001__plan.sql but PLAN_HEADER). Rows keep the
 * plan's order in SORT_NO; the ids of stored parts are kept and new parts get one from the identity.
 */
final class PlanParts {

    private static final List<String> SWOT_COLUMNS = List.of("PLAN_ID", "SIDE", "QUADRANT", "SORT_NO", "ENTRY");
    private static final List<String> OBJECTIVE_COLUMNS = List.of("PLAN_ID", "SORT_NO", "METRIC", "CUSTOM_NAME",
            "BASELINE", "TARGET", "DUE");
    private static final List<String> TARGET_COLUMNS = List.of("PLAN_ID", "QUARTER_NO", "REVENUE", "MARGIN");
    private static final List<String> ACTION_COLUMNS = List.of("PLAN_ID", "SORT_NO", "ACTION_TEXT", "OWNER", "DUE",
            "STATUS", "OBJECTIVE_ID");
    private static final List<String> OPPORTUNITY_COLUMNS = List.of("PLAN_ID", "SORT_NO", "NAME", "AMOUNT",
            "EXPECTED_CLOSE", "PROBABILITY", "STAGE");
    private static final List<String> RISK_COLUMNS = List.of("PLAN_ID", "SORT_NO", "RISK_TEXT", "PROBABILITY", "IMPACT",
            "MITIGATION");
    private static final List<String> BUDGET_COLUMNS = List.of("PLAN_ID", "SORT_NO", "ITEM", "AMOUNT");
    private static final List<String> REVIEW_COLUMNS = List.of("PLAN_ID", "SORT_NO", "REVIEW_DATE", "AUTHOR", "NOTES");

    /** Actions before objectives: an action references its objective. */
    private static final List<String> TABLES = List.of("PLAN_ACTION", "PLAN_OBJECTIVE", "PLAN_SWOT", "PLAN_TARGET",
            "PLAN_OPPORTUNITY", "PLAN_RISK", "PLAN_BUDGET_LINE", "PLAN_REVIEW");

    private PlanParts() {
    }

    /** {@code header} (a plan read without parts) with its stored parts. */
    static AccountPlan read(Connection c, AccountPlan header) throws SQLException {
        long id = header.id();
        return header.withSwot(swot(c, id)).withObjectives(objectives(c, id)).withTargets(targets(c, id))
                .withActions(actions(c, id)).withOpportunities(opportunities(c, id)).withRisks(risks(c, id))
                .withBudget(budget(c, id)).withReviews(reviews(c, id));
    }

    private static ResultSet query(PreparedStatement ps, long planId) throws SQLException {
        ps.setLong(1, planId);
        return ps.executeQuery();
    }

    private static Swot swot(Connection c, long planId) throws SQLException {
        Map<Swot.Perspective, Map<Swot.Quadrant, List<String>>> entries = new EnumMap<>(Swot.Perspective.class);
        for (Swot.Perspective p : Swot.Perspective.values()) {
            Map<Swot.Quadrant, List<String>> quadrants = new EnumMap<>(Swot.Quadrant.class);
            for (Swot.Quadrant q : Swot.Quadrant.values()) {
                quadrants.put(q, new ArrayList<>());
            }
            entries.put(p, quadrants);
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT SIDE, QUADRANT, ENTRY FROM PLAN_SWOT WHERE PLAN_ID = ? "
                + "ORDER BY SORT_NO, ID"); ResultSet rs = query(ps, planId)) {
            while (rs.next()) {
                entries.get(Swot.Perspective.valueOf(rs.getString(1))).get(Swot.Quadrant.valueOf(rs.getString(2)))
                        .add(rs.getString(3));
            }
        }
        return new Swot(side(entries.get(Swot.Perspective.CUSTOMER)), side(entries.get(Swot.Perspective.OURS)));
    }

    private static Swot.Side side(Map<Swot.Quadrant, List<String>> q) {
        return new Swot.Side(q.get(Swot.Quadrant.STRENGTHS), q.get(Swot.Quadrant.WEAKNESSES),
                q.get(Swot.Quadrant.OPPORTUNITIES), q.get(Swot.Quadrant.THREATS));
    }

    private static List<Objective> objectives(Connection c, long planId) throws SQLException {
        List<Objective> result = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT ID, METRIC, CUSTOM_NAME, BASELINE, TARGET, DUE "
                + "FROM PLAN_OBJECTIVE WHERE PLAN_ID = ? ORDER BY SORT_NO, ID"); ResultSet rs = query(ps, planId)) {
            while (rs.next()) {
                result.add(new Objective(rs.getLong(1), Metric.valueOf(rs.getString(2)), rs.getString(3),
                        rs.getBigDecimal(4), rs.getBigDecimal(5), Jdbc.date(rs, 6)));
            }
        }
        return result;
    }

    private static List<QuarterTarget> targets(Connection c, long planId) throws SQLException {
        List<QuarterTarget> result = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT QUARTER_NO, REVENUE, MARGIN FROM PLAN_TARGET "
                + "WHERE PLAN_ID = ? ORDER BY QUARTER_NO"); ResultSet rs = query(ps, planId)) {
            while (rs.next()) {
                result.add(new QuarterTarget(Quarter.number(rs.getInt(1)), rs.getBigDecimal(2), rs.getBigDecimal(3)));
            }
        }
        return result;
    }

    private static List<PlanAction> actions(Connection c, long planId) throws SQLException {
        List<PlanAction> result = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT ID, ACTION_TEXT, OWNER, DUE, STATUS, OBJECTIVE_ID "
                + "FROM PLAN_ACTION WHERE PLAN_ID = ? ORDER BY SORT_NO, ID"); ResultSet rs = query(ps, planId)) {
            while (rs.next()) {
                result.add(action(rs, 1));
            }
        }
        return result;
    }

    /** The action of a row selecting ID, ACTION_TEXT, OWNER, DUE, STATUS, OBJECTIVE_ID from column {@code from}. */
    static PlanAction action(ResultSet rs, int from) throws SQLException {
        return new PlanAction(rs.getLong(from), rs.getString(from + 1), rs.getString(from + 2), Jdbc.date(rs, from + 3),
                ActionStatus.valueOf(rs.getString(from + 4)), Jdbc.longOrNull(rs, from + 5));
    }

    private static List<Opportunity> opportunities(Connection c, long planId) throws SQLException {
        List<Opportunity> result = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT ID, NAME, AMOUNT, EXPECTED_CLOSE, PROBABILITY, STAGE "
                + "FROM PLAN_OPPORTUNITY WHERE PLAN_ID = ? ORDER BY SORT_NO, ID"); ResultSet rs = query(ps, planId)) {
            while (rs.next()) {
                result.add(new Opportunity(rs.getLong(1), rs.getString(2), rs.getBigDecimal(3), Jdbc.date(rs, 4),
                        rs.getInt(5), SalesStage.valueOf(rs.getString(6))));
            }
        }
        return result;
    }

    private static List<Risk> risks(Connection c, long planId) throws SQLException {
        List<Risk> result = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT ID, RISK_TEXT, PROBABILITY, IMPACT, MITIGATION "
                + "FROM PLAN_RISK WHERE PLAN_ID = ? ORDER BY SORT_NO, ID"); ResultSet rs = query(ps, planId)) {
            while (rs.next()) {
                result.add(new Risk(rs.getLong(1), rs.getString(2), RiskLevel.valueOf(rs.getString(3)),
                        RiskLevel.valueOf(rs.getString(4)), rs.getString(5)));
            }
        }
        return result;
    }

    private static List<BudgetLine> budget(Connection c, long planId) throws SQLException {
        List<BudgetLine> result = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT ID, ITEM, AMOUNT FROM PLAN_BUDGET_LINE "
                + "WHERE PLAN_ID = ? ORDER BY SORT_NO, ID"); ResultSet rs = query(ps, planId)) {
            while (rs.next()) {
                result.add(new BudgetLine(rs.getLong(1), rs.getString(2), rs.getBigDecimal(3)));
            }
        }
        return result;
    }

    private static List<Review> reviews(Connection c, long planId) throws SQLException {
        List<Review> result = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT ID, REVIEW_DATE, AUTHOR, NOTES FROM PLAN_REVIEW "
                + "WHERE PLAN_ID = ? ORDER BY SORT_NO, ID"); ResultSet rs = query(ps, planId)) {
            while (rs.next()) {
                result.add(new Review(rs.getLong(1), Jdbc.date(rs, 2), rs.getString(3), rs.getString(4)));
            }
        }
        return result;
    }

    /** Deletes every part of the plan {@code planId}, leaving its header. */
    static void delete(Connection c, long planId) throws SQLException {
        for (String table : TABLES) {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table + " WHERE PLAN_ID = ?")) {
                ps.setLong(1, planId);
                ps.executeUpdate();
            }
        }
    }

    /**
     * Inserts the parts of {@code plan} (whose header is stored under its id, without parts) and returns it with the
     * ids of its new parts; actions linked to temporary objective ids follow their objectives.
     */
    static AccountPlan insert(Connection c, AccountPlan plan) throws SQLException {
        long planId = plan.id();
        record Entry(Swot.Perspective side, Swot.Quadrant quadrant, String text) {
        }
        List<Entry> entries = new ArrayList<>();
        for (Swot.Perspective side : Swot.Perspective.values()) {
            for (Swot.Quadrant quadrant : Swot.Quadrant.values()) {
                for (String text : plan.swot().side(side).quadrant(quadrant)) {
                    entries.add(new Entry(side, quadrant, text));
                }
            }
        }
        BatchInserts.insertPlain(c, "PLAN_SWOT", SWOT_COLUMNS, entries, (ps, e, sortNo) -> {
            ps.setLong(1, planId);
            ps.setString(2, e.side().name());
            ps.setString(3, e.quadrant().name());
            ps.setInt(4, sortNo);
            ps.setString(5, e.text());
        });
        List<Objective> objectives = insertObjectives(c, planId, plan.objectives());
        Map<Long, Long> objectiveIds = new HashMap<>();
        for (int i = 0; i < objectives.size(); i++) {
            long given = plan.objectives().get(i).id();
            if (given != Objective.NEW_ID) {
                objectiveIds.put(given, objectives.get(i).id());
            }
        }
        List<QuarterTarget> targets = plan.targets().stream().filter(t -> !t.isEmpty()).toList();
        BatchInserts.insertPlain(c, "PLAN_TARGET", TARGET_COLUMNS, targets, (ps, t, sortNo) -> {
            ps.setLong(1, planId);
            ps.setInt(2, t.quarter().number());
            Jdbc.setDecimal(ps, 3, t.revenue());
            Jdbc.setDecimal(ps, 4, t.margin());
        });
        List<PlanAction> actions = plan.actions().stream()
                .map(a -> a.objectiveId() == null ? a : a.withObjectiveId(objectiveIds.get(a.objectiveId()))).toList();
        long[] actionIds = BatchInserts.insert(c, "PLAN_ACTION", ACTION_COLUMNS, actions, PlanAction::id,
                (ps, a, sortNo) -> {
                    ps.setLong(1, planId);
                    ps.setInt(2, sortNo);
                    ps.setString(3, a.text());
                    ps.setString(4, a.owner());
                    ps.setObject(5, a.due());
                    ps.setString(6, a.status().name());
                    Jdbc.setLong(ps, 7, a.objectiveId());
                });
        long[] opportunityIds = BatchInserts.insert(c, "PLAN_OPPORTUNITY", OPPORTUNITY_COLUMNS, plan.opportunities(),
                Opportunity::id, (ps, o, sortNo) -> {
                    ps.setLong(1, planId);
                    ps.setInt(2, sortNo);
                    ps.setString(3, o.name());
                    Jdbc.setDecimal(ps, 4, o.value());
                    ps.setObject(5, o.expectedClose());
                    ps.setInt(6, o.probability());
                    ps.setString(7, o.stage().name());
                });
        long[] riskIds = BatchInserts.insert(c, "PLAN_RISK", RISK_COLUMNS, plan.risks(), Risk::id, (ps, r, sortNo) -> {
            ps.setLong(1, planId);
            ps.setInt(2, sortNo);
            ps.setString(3, r.text());
            ps.setString(4, r.probability().name());
            ps.setString(5, r.impact().name());
            ps.setString(6, r.mitigation());
        });
        long[] budgetIds = BatchInserts.insert(c, "PLAN_BUDGET_LINE", BUDGET_COLUMNS, plan.budget(), BudgetLine::id,
                (ps, b, sortNo) -> {
                    ps.setLong(1, planId);
                    ps.setInt(2, sortNo);
                    ps.setString(3, b.item());
                    Jdbc.setDecimal(ps, 4, b.amount());
                });
        long[] reviewIds = BatchInserts.insert(c, "PLAN_REVIEW", REVIEW_COLUMNS, plan.reviews(), Review::id,
                (ps, r, sortNo) -> {
                    ps.setLong(1, planId);
                    ps.setInt(2, sortNo);
                    ps.setObject(3, r.date());
                    ps.setString(4, r.author());
                    ps.setString(5, r.notes());
                });
        List<PlanAction> storedActions = new ArrayList<>();
        for (int i = 0; i < actionIds.length; i++) {
            storedActions.add(actions.get(i).withId(actionIds[i]));
        }
        List<Opportunity> opportunities = new ArrayList<>();
        for (int i = 0; i < opportunityIds.length; i++) {
            opportunities.add(plan.opportunities().get(i).withId(opportunityIds[i]));
        }
        List<Risk> risks = new ArrayList<>();
        for (int i = 0; i < riskIds.length; i++) {
            risks.add(plan.risks().get(i).withId(riskIds[i]));
        }
        List<BudgetLine> budget = new ArrayList<>();
        for (int i = 0; i < budgetIds.length; i++) {
            budget.add(plan.budget().get(i).withId(budgetIds[i]));
        }
        List<Review> reviews = new ArrayList<>();
        for (int i = 0; i < reviewIds.length; i++) {
            reviews.add(plan.reviews().get(i).withId(reviewIds[i]));
        }
        return plan.withObjectives(objectives).withActions(storedActions).withOpportunities(opportunities)
                .withRisks(risks).withBudget(budget).withReviews(reviews);
    }

    private static List<Objective> insertObjectives(Connection c, long planId, List<Objective> objectives)
            throws SQLException {
        long[] ids = BatchInserts.insert(c, "PLAN_OBJECTIVE", OBJECTIVE_COLUMNS, objectives, Objective::id,
                (ps, o, sortNo) -> {
                    ps.setLong(1, planId);
                    ps.setInt(2, sortNo);
                    ps.setString(3, o.metric().name());
                    ps.setString(4, o.customName());
                    Jdbc.setDecimal(ps, 5, o.baseline());
                    Jdbc.setDecimal(ps, 6, o.target());
                    ps.setObject(7, o.due());
                });
        List<Objective> stored = new ArrayList<>();
        for (int i = 0; i < ids.length; i++) {
            stored.add(objectives.get(i).withId(ids[i]));
        }
        return stored;
    }
}
