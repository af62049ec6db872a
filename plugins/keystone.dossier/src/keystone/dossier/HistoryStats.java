package keystone.dossier;

import java.time.LocalDate;
import java.util.Collection;
import java.util.OptionalDouble;

/**
 * Figures over an account's history as of a day: tender outcomes and complaint resolution. Events dated after
 * that day are left out, and a complaint resolved after it counts as open.
 *
 * @param tendersWon          tenders won
 * @param tendersLost         tenders lost
 * @param tendersWithdrawn    tenders we withdrew from (not decided: left out of the win rate)
 * @param tendersOpen         tenders not decided yet
 * @param complaintsResolved  complaints resolved
 * @param resolutionDaysTotal the days the resolved complaints took, added up
 * @param complaintsOpen      complaints not resolved
 */
public record HistoryStats(int tendersWon, int tendersLost, int tendersWithdrawn, int tendersOpen,
        int complaintsResolved, long resolutionDaysTotal, int complaintsOpen) {

    /** The figures of {@code history} as of {@code today}. */
    public static HistoryStats of(Collection<? extends HistoryEvent> history, LocalDate today) {
        int won = 0;
        int lost = 0;
        int withdrawn = 0;
        int open = 0;
        int resolved = 0;
        long days = 0;
        int unresolved = 0;
        for (HistoryEvent e : history) {
            if (e.date().isAfter(today)) {
                continue;
            }
            if (e instanceof Tender t) {
                switch (t.outcome()) {
                    case WON -> won++;
                    case LOST -> lost++;
                    case WITHDRAWN -> withdrawn++;
                    case OPEN -> open++;
                }
            } else if (e instanceof Complaint c) {
                if (c.resolved() && !c.resolvedOn().isAfter(today)) {
                    resolved++;
                    days += c.resolutionDays().orElseThrow();
                } else {
                    unresolved++;
                }
            }
        }
        return new HistoryStats(won, lost, withdrawn, open, resolved, days, unresolved);
    }

    /** Won / (won + lost), between 0 and 1; withdrawn and open tenders are not decided. Empty with none decided. */
    public OptionalDouble winRate() {
        int decided = tendersWon + tendersLost;
        return decided == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) tendersWon / decided);
    }

    /** The average days from opening to resolution of the resolved complaints; empty with none resolved. */
    public OptionalDouble averageResolutionDays() {
        return complaintsResolved == 0 ? OptionalDouble.empty()
                : OptionalDouble.of((double) resolutionDaysTotal / complaintsResolved);
    }
}
