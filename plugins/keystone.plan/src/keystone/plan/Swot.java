package keystone.plan;

import java.util.List;
import java.util.Objects;

/**
 * The two SWOT analyses of a plan: the customer's own and ours at the account.
 */
public record Swot(Side customer, Side ours) {

    /** Whose SWOT. */
    public enum Perspective {
        CUSTOMER,
        OURS
    }

    /** The four lists of a SWOT. */
    public enum Quadrant {
        STRENGTHS,
        WEAKNESSES,
        OPPORTUNITIES,
        THREATS
    }

    public static final Swot EMPTY = new Swot(Side.EMPTY, Side.EMPTY);

    public Swot {
        customer = customer == null ? Side.EMPTY : customer;
        ours = ours == null ? Side.EMPTY : ours;
    }

    public Side side(Perspective perspective) {
        return perspective == Perspective.CUSTOMER ? customer : ours;
    }

    /**
     * One SWOT: entries per quadrant in the user's order; {@code null} lists are empty and {@code null} entries
     * empty texts.
     */
    public record Side(List<String> strengths, List<String> weaknesses, List<String> opportunities,
            List<String> threats) {

        public static final Side EMPTY = new Side(List.of(), List.of(), List.of(), List.of());

        public Side {
            strengths = Checks.texts(strengths);
            weaknesses = Checks.texts(weaknesses);
            opportunities = Checks.texts(opportunities);
            threats = Checks.texts(threats);
        }

        public List<String> quadrant(Quadrant quadrant) {
            Objects.requireNonNull(quadrant, "quadrant");
            return switch (quadrant) {
                case STRENGTHS -> strengths;
                case WEAKNESSES -> weaknesses;
                case OPPORTUNITIES -> opportunities;
                case THREATS -> threats;
            };
        }

        /** No entry in any quadrant. */
        public boolean isEmpty() {
            return strengths.isEmpty() && weaknesses.isEmpty() && opportunities.isEmpty() && threats.isEmpty();
        }
    }
}
