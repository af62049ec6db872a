package keystone.plan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The revenue and margin targets of one quarter of a plan; either may be {@code null} (not set).
 * {@link PlanValidation} requires them not negative.
 */
public record QuarterTarget(Quarter quarter, BigDecimal revenue, BigDecimal margin) {

    public QuarterTarget {
        Objects.requireNonNull(quarter, "quarter");
        revenue = Checks.money(revenue);
        margin = Checks.money(margin);
    }

    /** A quarter without targets. */
    public static QuarterTarget none(Quarter quarter) {
        return new QuarterTarget(quarter, null, null);
    }

    public boolean isEmpty() {
        return revenue == null && margin == null;
    }

    /**
     * Exactly one target per quarter, Q1 to Q4: quarters missing from {@code targets} get {@link #none}.
     *
     * @throws IllegalArgumentException when a quarter appears twice
     */
    static List<QuarterTarget> normalize(List<QuarterTarget> targets) {
        Map<Quarter, QuarterTarget> byQuarter = new EnumMap<>(Quarter.class);
        for (QuarterTarget t : Checks.list(targets, "targets")) {
            if (byQuarter.put(t.quarter(), t) != null) {
                throw new IllegalArgumentException("The targets name " + t.quarter() + " twice.");
            }
        }
        List<QuarterTarget> result = new ArrayList<>(4);
        for (Quarter q : Quarter.values()) {
            result.add(byQuarter.getOrDefault(q, none(q)));
        }
        return List.copyOf(result);
    }
}
