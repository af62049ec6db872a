package keystone.dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import keystone.dossier.RiskSignal.Kind;

/**
 * Every churn rule at its boundaries, on plain inputs.
 */
class ChurnRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 15);
    private static final long ACCOUNT = 7;

    private static BigDecimal amount(String value) {
        return new BigDecimal(value);
    }

    private static Tender tender(LocalDate date, TenderOutcome outcome) {
        return new Tender(0, ACCOUNT, date, "Tender " + date, "", outcome, "", "", null);
    }

    private static Complaint complaint(LocalDate opened, LocalDate resolved) {
        return new Complaint(0, ACCOUNT, opened, "Complaint " + opened, "", resolved, "");
    }

    // --- no purchase for N months

    @Test
    void lastPurchaseExactlyNMonthsAgoIsActive() {
        assertEquals(Optional.of(new RiskSignal(Kind.NO_PURCHASE, "3", LocalDate.of(2025, 3, 15))),
                ChurnRules.noPurchase(LocalDate.of(2025, 3, 15), TODAY, 3));
    }

    @Test
    void lastPurchaseADayLessThanNMonthsAgoIsNotActive() {
        assertEquals(Optional.empty(), ChurnRules.noPurchase(LocalDate.of(2025, 3, 16), TODAY, 3));
    }

    @Test
    void lastPurchaseLongAgoCountsWholeMonths() {
        assertEquals("14", ChurnRules.noPurchase(LocalDate.of(2024, 4, 1), TODAY, 3).orElseThrow().detail());
    }

    @Test
    void noPurchaseAtMonthEndsCountsBackFromToday() {
        LocalDate endOfMay = LocalDate.of(2025, 5, 31); // minus 3 months: 28 February
        assertEquals(Kind.NO_PURCHASE, ChurnRules.noPurchase(LocalDate.of(2025, 2, 28), endOfMay, 3).orElseThrow().kind());
        assertEquals(Optional.empty(), ChurnRules.noPurchase(LocalDate.of(2025, 3, 1), endOfMay, 3));
    }

    @Test
    void accountThatNeverBoughtHasNoPurchaseSignal() {
        assertEquals(Optional.empty(), ChurnRules.noPurchase(null, TODAY, 3));
    }

    // --- revenue drop

    @Test
    void dropOfExactlyXPercentIsNotActive() {
        assertEquals(Optional.empty(), ChurnRules.revenueDrop(amount("800.00"), amount("1000.00"), TODAY, 3,
                amount("20")));
    }

    @Test
    void dropOfXPlusOneHundredthPercentIsActive() {
        assertEquals(Optional.of(new RiskSignal(Kind.REVENUE_DROP, "20.01", LocalDate.of(2025, 3, 16))),
                ChurnRules.revenueDrop(amount("799.90"), amount("1000.00"), TODAY, 3, amount("20")));
    }

    @Test
    void nothingSoldAYearBeforeIsNotADrop() {
        assertEquals(Optional.empty(), ChurnRules.revenueDrop(BigDecimal.ZERO, BigDecimal.ZERO, TODAY, 3, amount("20")));
        assertEquals(Optional.empty(), ChurnRules.revenueDrop(amount("-50"), BigDecimal.ZERO, TODAY, 3, amount("20")));
    }

    @Test
    void growthIsNotADrop() {
        assertEquals(Optional.empty(), ChurnRules.revenueDrop(amount("1500"), amount("1000"), TODAY, 3, amount("20")));
    }

    @Test
    void revenueGoneEntirelyIsAHundredPercentDrop() {
        assertEquals("100.00", ChurnRules.revenueDrop(BigDecimal.ZERO, amount("10"), TODAY, 3, amount("20"))
                .orElseThrow().detail());
    }

    @Test
    void comparedWindowsEndWithTodayAndAYearBeforeAndLeaveOutTheirStartDay() {
        assertEquals(new DateWindow(LocalDate.of(2025, 3, 15), TODAY), ChurnRules.recentWindow(TODAY, 3));
        assertEquals(new DateWindow(LocalDate.of(2024, 3, 15), LocalDate.of(2024, 6, 15)),
                ChurnRules.yearBeforeWindow(TODAY, 3));
        SalesFacts facts = SalesFacts.of(Map.of(
                LocalDate.of(2025, 6, 15), amount("700"), // today: recent
                LocalDate.of(2025, 3, 16), amount("1"), // first day of the recent window
                LocalDate.of(2025, 3, 15), amount("5000"), // exactly 3 months ago: outside both
                LocalDate.of(2024, 6, 15), amount("1000"), // a year ago: last day of the year-before window
                LocalDate.of(2024, 3, 16), amount("2"), // first day of the year-before window
                LocalDate.of(2024, 3, 15), amount("9000"), // outside
                LocalDate.of(2025, 6, 16), amount("8000")), // after today: left out, not the last purchase
                TODAY, 3);
        assertEquals(new SalesFacts(TODAY, amount("701"), amount("1002")), facts);
    }

    @ParameterizedTest
    @ValueSource(ints = {3, 6})
    void dropIsMeasuredOverTheChosenNumberOfMonths(int months) {
        LocalDate insideSixOnly = TODAY.minusMonths(5); // in the last 6 months, not in the last 3
        SalesFacts facts = SalesFacts.of(Map.of(
                TODAY.minusMonths(1), amount("100"),
                insideSixOnly, amount("900"),
                TODAY.minusMonths(13), amount("100"),
                insideSixOnly.minusYears(1), amount("900")), TODAY, months);
        assertEquals(months == 3 ? amount("100") : amount("1000"), facts.recentRevenue());
        assertEquals(Optional.empty(), ChurnRules.revenueDrop(facts.recentRevenue(), facts.yearBeforeRevenue(), TODAY,
                months, amount("20")), "same revenue as a year before");
        SalesFacts dropped = SalesFacts.of(Map.of(TODAY.minusMonths(1), amount("10"), TODAY.minusMonths(13),
                amount("100")), TODAY, months);
        RiskSignal signal = ChurnRules.revenueDrop(dropped.recentRevenue(), dropped.yearBeforeRevenue(), TODAY, months,
                amount("20")).orElseThrow();
        assertEquals("90.00", signal.detail());
        assertEquals(TODAY.minusMonths(months).plusDays(1), signal.since());
    }

    // --- lost tenders

    @Test
    void tenderLostExactlyTwelveMonthsAgoDoesNotCount() {
        assertEquals(List.of(), ChurnRules.lostTenders(List.of(tender(LocalDate.of(2024, 6, 15), TenderOutcome.LOST)),
                TODAY, 12));
    }

    @Test
    void tenderLostADayLaterCounts() {
        LocalDate date = LocalDate.of(2024, 6, 16);
        assertEquals(List.of(new RiskSignal(Kind.LOST_TENDER, "Tender 2024-06-16", date)),
                ChurnRules.lostTenders(List.of(tender(date, TenderOutcome.LOST)), TODAY, 12));
    }

    @Test
    void withdrawnWonAndOpenTendersDoNotCount() {
        LocalDate recent = LocalDate.of(2025, 5, 1);
        assertEquals(List.of(), ChurnRules.lostTenders(List.of(tender(recent, TenderOutcome.WITHDRAWN),
                tender(recent, TenderOutcome.WON), tender(recent, TenderOutcome.OPEN)), TODAY, 12));
    }

    @Test
    void eachLostTenderIsASignalOldestFirst() {
        List<RiskSignal> signals = ChurnRules.lostTenders(List.of(tender(LocalDate.of(2025, 5, 1), TenderOutcome.LOST),
                tender(LocalDate.of(2024, 9, 1), TenderOutcome.LOST), tender(TODAY.plusDays(1), TenderOutcome.LOST)),
                TODAY, 12);
        assertEquals(List.of(LocalDate.of(2024, 9, 1), LocalDate.of(2025, 5, 1)),
                signals.stream().map(RiskSignal::since).toList(), "a tender dated after today does not count yet");
    }

    // --- open complaints

    @Test
    void complaintOpenExactlyNDaysIsNotActive() {
        assertEquals(List.of(), ChurnRules.openComplaints(List.of(complaint(TODAY.minusDays(30), null)), TODAY, 30));
    }

    @Test
    void complaintOpenNPlusOneDaysIsActive() {
        LocalDate opened = TODAY.minusDays(31);
        assertEquals(List.of(new RiskSignal(Kind.OPEN_COMPLAINT, "Complaint " + opened, opened)),
                ChurnRules.openComplaints(List.of(complaint(opened, null)), TODAY, 30));
    }

    @Test
    void resolvedComplaintIsNotActiveHoweverLongItTook() {
        assertEquals(List.of(), ChurnRules.openComplaints(List.of(complaint(TODAY.minusDays(200), TODAY)), TODAY, 30));
    }

    @Test
    void complaintResolvedAfterTodayWasStillOpenToday() {
        assertEquals(1, ChurnRules.openComplaints(List.of(complaint(TODAY.minusDays(31), TODAY.plusDays(1))), TODAY, 30)
                .size());
    }

    // --- key contacts

    @Test
    void keyContactWhoLeftIsASignalSinceTheDayTheyLeft() {
        LocalDate leftOn = LocalDate.of(2025, 1, 31);
        assertEquals(List.of(new RiskSignal(Kind.KEY_CONTACT_LEFT, "Olga Petrova", leftOn),
                new RiskSignal(Kind.KEY_CONTACT_LEFT, "Unknown date", null)),
                ChurnRules.keyContactsLeft(List.of(new KeyContact(1, ACCOUNT, "Olga Petrova", "CFO", true, leftOn),
                        new KeyContact(2, ACCOUNT, "Still here", "CEO", false, null),
                        new KeyContact(3, ACCOUNT, "Unknown date", "Buyer", true, null))));
    }

    // --- all together

    @Test
    void evaluateListsTheSignalsByKind() {
        SalesFacts sales = new SalesFacts(LocalDate.of(2025, 1, 10), BigDecimal.ZERO, amount("500"));
        List<HistoryEvent> history = List.of(complaint(TODAY.minusDays(40), null),
                tender(LocalDate.of(2025, 2, 1), TenderOutcome.LOST));
        List<KeyContact> contacts = List.of(new KeyContact(1, ACCOUNT, "Ana", "", true, null));
        assertEquals(List.of(Kind.NO_PURCHASE, Kind.REVENUE_DROP, Kind.LOST_TENDER, Kind.OPEN_COMPLAINT,
                Kind.KEY_CONTACT_LEFT), ChurnRules.evaluate(sales, history, contacts, TODAY, RiskThresholds.DEFAULTS)
                        .stream().map(RiskSignal::kind).toList());
    }

    @Test
    void healthyAccountHasNoSignals() {
        SalesFacts sales = new SalesFacts(TODAY.minusDays(3), amount("1000"), amount("1000"));
        assertEquals(List.of(), ChurnRules.evaluate(sales, List.of(tender(TODAY, TenderOutcome.WON)), List.of(), TODAY,
                RiskThresholds.DEFAULTS));
    }

    @Test
    void thresholdsDefaultToTheBrief() {
        assertEquals(new RiskThresholds(3, 3, new BigDecimal("20"), 12, 30), RiskThresholds.DEFAULTS);
        assertEquals(6, RiskThresholds.DEFAULTS.withComparisonMonths(6).comparisonMonths());
        assertThrows(IllegalArgumentException.class, () -> RiskThresholds.DEFAULTS.withMonthsWithoutPurchase(0));
        assertThrows(IllegalArgumentException.class, () -> RiskThresholds.DEFAULTS.withDropPercent(amount("100")));
        assertThrows(IllegalArgumentException.class, () -> RiskThresholds.DEFAULTS.withComplaintOpenDays(-1));
    }

    @Test
    void thresholdsChangeTheBoundaries() {
        RiskThresholds strict = RiskThresholds.DEFAULTS.withMonthsWithoutPurchase(1).withDropPercent(amount("5"))
                .withLostTenderMonths(24).withComplaintOpenDays(7);
        SalesFacts sales = new SalesFacts(TODAY.minusMonths(1), amount("94"), amount("100"));
        List<HistoryEvent> history = List.of(tender(TODAY.minusMonths(18), TenderOutcome.LOST),
                complaint(TODAY.minusDays(8), null));
        assertEquals(List.of(Kind.NO_PURCHASE, Kind.REVENUE_DROP, Kind.LOST_TENDER, Kind.OPEN_COMPLAINT),
                ChurnRules.evaluate(sales, history, List.of(), TODAY, strict).stream().map(RiskSignal::kind).toList());
        assertEquals(List.of(), ChurnRules.evaluate(sales, history, List.of(), TODAY, RiskThresholds.DEFAULTS));
    }
}
