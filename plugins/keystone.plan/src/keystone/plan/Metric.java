package keystone.plan;

/**
 * The catalogue of measures an objective can be set on (domain brief, section 4: typical KAM KPIs), with where
 * Keystone finds the current value ({@link ObjectiveProgress}, the service's facts). Percentages are 0 to 100.
 */
public enum Metric {
    /** Revenue with the account in the plan year, up to the day (a flow: it accumulates over the year). */
    REVENUE(Unit.MONEY, true, true),
    /** Margin with the account in the plan year, up to the day (a flow). */
    MARGIN(Unit.MONEY, true, true),
    /** Our share of the account's spend, in percent, as estimated in the dossier. */
    SHARE_OF_WALLET(Unit.PERCENT, false, true),
    /** Distinct products (or product groups) the account bought from us in the plan year, up to the day. */
    PRODUCT_LINES(Unit.COUNT, false, true),
    /** Resolved complaints in percent of all complaints recorded in the dossier up to the day. */
    COMPLAINT_RESOLUTION_RATE(Unit.PERCENT, false, true),
    /** Decision makers and economic buyers with a working or better relationship, in percent (decision map). */
    DECISION_MAKER_COVERAGE(Unit.PERCENT, false, true),
    /** Anything else, named by the objective; Keystone cannot measure it. */
    CUSTOM(Unit.NUMBER, false, false);

    /** What a value of the metric is. */
    public enum Unit {
        MONEY,
        PERCENT,
        COUNT,
        NUMBER
    }

    private final Unit unit;
    private final boolean flow;
    private final boolean measurable;

    Metric(Unit unit, boolean flow, boolean measurable) {
        this.unit = unit;
        this.flow = flow;
        this.measurable = measurable;
    }

    public Unit unit() {
        return unit;
    }

    /** Accumulates over the year from zero (revenue, margin), as opposed to a level that is read on a day. */
    public boolean flow() {
        return flow;
    }

    /** Keystone can compute the current value from sales, the dossier or the decision map. */
    public boolean measurable() {
        return measurable;
    }
}
