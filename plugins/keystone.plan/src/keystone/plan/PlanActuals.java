package keystone.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Actual revenue and margin of an account per quarter of a plan year, from imported sales dated in that year up
 * to and including {@code asOf}; later sales are left out. Sales lines without a margin add nothing to the margin.
 *
 * @param quarters exactly Q1 to Q4, in order
 */
public record PlanActuals(int year, LocalDate asOf, List<QuarterActual> quarters) {

    /** The sums of one quarter, to cents. */
    public record QuarterActual(Quarter quarter, BigDecimal revenue, BigDecimal margin) {

        public QuarterActual {
            Objects.requireNonNull(quarter, "quarter");
            revenue = Checks.money(Objects.requireNonNull(revenue, "revenue"));
            margin = Checks.money(Objects.requireNonNull(margin, "margin"));
        }
    }

    public PlanActuals {
        Checks.date(asOf, "as of");
        quarters = List.copyOf(quarters);
        if (quarters.size() != 4) {
            throw new IllegalArgumentException("Actuals hold four quarters, not " + quarters.size());
        }
        for (int i = 0; i < 4; i++) {
            if (quarters.get(i).quarter() != Quarter.values()[i]) {
                throw new IllegalArgumentException("Actuals hold Q1 to Q4 in order.");
            }
        }
    }

    /** The actuals of the quarters in the maps; quarters missing from them are zero. */
    public static PlanActuals of(int year, LocalDate asOf, Map<Quarter, BigDecimal> revenue,
            Map<Quarter, BigDecimal> margin) {
        List<QuarterActual> quarters = new ArrayList<>(4);
        for (Quarter q : Quarter.values()) {
            quarters.add(new QuarterActual(q, revenue.getOrDefault(q, BigDecimal.ZERO),
                    margin.getOrDefault(q, BigDecimal.ZERO)));
        }
        return new PlanActuals(year, asOf, quarters);
    }

    /** No sales at all. */
    public static PlanActuals none(int year, LocalDate asOf) {
        return of(year, asOf, new EnumMap<>(Quarter.class), new EnumMap<>(Quarter.class));
    }

    public QuarterActual quarter(Quarter quarter) {
        return quarters.get(quarter.ordinal());
    }

    /** Revenue of the year up to {@link #asOf()}. */
    public BigDecimal revenue() {
        return quarters.stream().map(QuarterActual::revenue).reduce(BigDecimal.ZERO.setScale(Checks.MONEY_SCALE),
                BigDecimal::add);
    }

    /** Margin of the year up to {@link #asOf()}. */
    public BigDecimal margin() {
        return quarters.stream().map(QuarterActual::margin).reduce(BigDecimal.ZERO.setScale(Checks.MONEY_SCALE),
                BigDecimal::add);
    }
}
