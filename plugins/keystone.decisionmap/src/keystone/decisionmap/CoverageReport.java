package keystone.decisionmap;

import java.util.List;
import java.util.OptionalDouble;

/**
 * The coverage findings of one decision map as computed by {@link Coverage#of}; see there for the exact rules.
 *
 * @param quality                    the traffic light
 * @param keyPlayers                 active key players on the map
 * @param decisionMakers             active decision makers and economic buyers
 * @param coveredDecisionMakers      those of them with a relationship of {@link Strength#WORKING} or better
 * @param singleThreaded             key players known by exactly one of our staff, in map order
 * @param noSupporterInTopManagement no active top-level person is supportive
 * @param noEconomicBuyer            no active person is an economic buyer
 * @param stale                      key players not contacted for more than the stale days, in map order
 */
public record CoverageReport(MapQuality quality, int keyPlayers, int decisionMakers, int coveredDecisionMakers,
        List<Person> singleThreaded, boolean noSupporterInTopManagement, boolean noEconomicBuyer, List<Person> stale) {

    /** Weight of one step of {@link #quality()}: larger than all other findings can add up to. */
    static final int QUALITY_WEIGHT = 100_000;

    public CoverageReport {
        singleThreaded = List.copyOf(singleThreaded);
        stale = List.copyOf(stale);
    }

    /**
     * The share (0 to 1) of active decision makers and economic buyers with a working or better relationship;
     * empty when the map has none.
     */
    public OptionalDouble decisionMakerShare() {
        return decisionMakers == 0 ? OptionalDouble.empty()
                : OptionalDouble.of((double) coveredDecisionMakers / decisionMakers);
    }

    /**
     * How bad the findings are, to list accounts worst first: the quality decides (red above amber above green,
     * whatever else); within the same quality, 200 for no economic buyer, 200 for no supporter in top
     * management, 0 to 100 for the uncovered share of decision makers (100 when there are none), 20 per
     * single-threaded and 10 per stale key player. Zero means a green map without findings.
     */
    public int severity() {
        int findings = (noEconomicBuyer ? 200 : 0) + (noSupporterInTopManagement ? 200 : 0)
                + (int) Math.round(100 * (1 - decisionMakerShare().orElse(0))) + 20 * singleThreaded.size()
                + 10 * stale.size();
        int rank = switch (quality) {
            case RED -> 2;
            case AMBER -> 1;
            case GREEN -> 0;
        };
        return rank * QUALITY_WEIGHT + Math.min(findings, QUALITY_WEIGHT - 1);
    }

    /** Anything to show besides a green light. */
    public boolean hasFindings() {
        return severity() > 0;
    }
}
