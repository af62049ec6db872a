package keystone.dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import org.junit.jupiter.api.Test;

/**
 * Tender win rate (withdrawn and open tenders left out) and average complaint resolution time (resolved only).
 */
class HistoryStatsTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 15);

    private static Tender tender(TenderOutcome outcome) {
        return new Tender(0, 1, LocalDate.of(2025, 1, 1), "t", "", outcome, "", "", new BigDecimal("1000"));
    }

    private static Complaint complaint(LocalDate opened, LocalDate resolved) {
        return new Complaint(0, 1, opened, "c", "", resolved, "");
    }

    @Test
    void winRateIsWonOverDecidedWithWithdrawnAndOpenLeftOut() {
        HistoryStats stats = HistoryStats.of(List.of(tender(TenderOutcome.WON), tender(TenderOutcome.WON),
                tender(TenderOutcome.WON), tender(TenderOutcome.LOST), tender(TenderOutcome.WITHDRAWN),
                tender(TenderOutcome.WITHDRAWN), tender(TenderOutcome.OPEN)), TODAY);
        assertEquals(new HistoryStats(3, 1, 2, 1, 0, 0, 0), stats);
        assertEquals(OptionalDouble.of(0.75), stats.winRate());
    }

    @Test
    void noDecidedTenderHasNoWinRate() {
        assertEquals(OptionalDouble.empty(), HistoryStats.of(List.of(), TODAY).winRate());
        assertEquals(OptionalDouble.empty(), HistoryStats.of(List.of(tender(TenderOutcome.WITHDRAWN),
                tender(TenderOutcome.OPEN)), TODAY).winRate());
        assertEquals(OptionalDouble.of(0.0), HistoryStats.of(List.of(tender(TenderOutcome.LOST)), TODAY).winRate());
    }

    @Test
    void averageResolutionCountsResolvedComplaintsOnly() {
        HistoryStats stats = HistoryStats.of(List.of(
                complaint(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 5)), // 4 days
                complaint(LocalDate.of(2025, 2, 1), LocalDate.of(2025, 2, 11)), // 10 days
                complaint(LocalDate.of(2025, 3, 1), null)), TODAY); // open
        assertEquals(2, stats.complaintsResolved());
        assertEquals(1, stats.complaintsOpen());
        assertEquals(OptionalDouble.of(7.0), stats.averageResolutionDays());
    }

    @Test
    void complaintResolvedTheDayItWasOpenedTookZeroDays() {
        Complaint sameDay = complaint(TODAY, TODAY);
        assertEquals(Optional.of(0L), sameDay.resolutionDays());
        assertEquals(OptionalDouble.of(0.0), HistoryStats.of(List.of(sameDay), TODAY).averageResolutionDays());
    }

    @Test
    void noResolvedComplaintHasNoAverage() {
        HistoryStats stats = HistoryStats.of(List.of(complaint(TODAY.minusDays(3), null)), TODAY);
        assertEquals(OptionalDouble.empty(), stats.averageResolutionDays());
        assertEquals(Optional.empty(), complaint(TODAY, null).resolutionDays());
    }

    @Test
    void asOfADayLeavesOutLaterEventsAndLaterResolutions() {
        LocalDate asOf = LocalDate.of(2025, 1, 10);
        HistoryStats stats = HistoryStats.of(List.of(tender(TenderOutcome.WON),
                new Tender(0, 1, asOf.plusDays(1), "later", "", TenderOutcome.LOST, "", "", null),
                complaint(LocalDate.of(2025, 1, 1), asOf.plusDays(5))), asOf);
        assertEquals(new HistoryStats(1, 0, 0, 0, 0, 0, 1), stats);
        assertTrue(stats.averageResolutionDays().isEmpty());
    }
}
