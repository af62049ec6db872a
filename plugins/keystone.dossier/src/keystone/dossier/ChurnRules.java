package keystone.dossier;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Decides which churn signals of an account are active on a day ("today") from plain inputs, without a database.
 * The exact boundaries, with N, M and X from {@link RiskThresholds}:
 * <ul>
 * <li><b>No purchase for N months</b>: the account bought before, but not in the last N months
 * (today - N months, today]; that is, its last purchase lies on or before today - N months. Exactly N months ago:
 * active. An account that never bought has no signal (a prospect has nothing to lose).</li>
 * <li><b>Revenue drop</b>: revenue of the last M months (today - M months, today] against the same M months a year
 * before (today - 12 months - M months, today - 12 months]; active when it is down by MORE than X percent,
 * (before - recent) * 100 &gt; X * before. Down exactly X percent: not active. Nothing sold a year before
 * (0 or less): not active, as there is no drop to measure.</li>
 * <li><b>Lost tender</b>: a tender LOST and dated in the last N months (today - N months, today]. Dated exactly
 * N months ago: not active; a day later: active. Won, withdrawn and open tenders never count.</li>
 * <li><b>Open complaint</b>: a complaint not resolved as of today (no resolution day, or one after today) that
 * is open longer than N days: the days from its opening to today exceed N. Open exactly N days: not active;
 * N + 1 days: active.</li>
 * <li><b>Key contact left</b>: any key contact marked as having left, however long ago.</li>
 * </ul>
 * One signal per lost tender, open complaint and departed contact, so each can be explained.
 */
public final class ChurnRules {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private ChurnRules() {
    }

    /** Every active signal: by kind in the order of {@link RiskSignal.Kind}, then by date. */
    public static List<RiskSignal> evaluate(SalesFacts sales, Collection<? extends HistoryEvent> history,
            Collection<KeyContact> keyContacts, LocalDate today, RiskThresholds thresholds) {
        List<RiskSignal> signals = new ArrayList<>();
        noPurchase(sales.lastPurchase(), today, thresholds.monthsWithoutPurchase()).ifPresent(signals::add);
        revenueDrop(sales.recentRevenue(), sales.yearBeforeRevenue(), today, thresholds.comparisonMonths(),
                thresholds.dropPercent()).ifPresent(signals::add);
        signals.addAll(lostTenders(history, today, thresholds.lostTenderMonths()));
        signals.addAll(openComplaints(history, today, thresholds.complaintOpenDays()));
        signals.addAll(keyContactsLeft(keyContacts));
        return signals;
    }

    /** The compared period: the last {@code months} months, (today - months, today]. */
    public static DateWindow recentWindow(LocalDate today, int months) {
        return DateWindow.monthsUpTo(today, months);
    }

    /** The same period a year before: (today - 12 months - months, today - 12 months]. */
    public static DateWindow yearBeforeWindow(LocalDate today, int months) {
        return DateWindow.monthsUpTo(today.minusMonths(12), months);
    }

    /** Active when {@code lastPurchase} is {@code months} months or more before {@code today}. */
    public static Optional<RiskSignal> noPurchase(LocalDate lastPurchase, LocalDate today, int months) {
        if (lastPurchase == null || lastPurchase.isAfter(today.minusMonths(months))) {
            return Optional.empty();
        }
        long since = ChronoUnit.MONTHS.between(lastPurchase, today);
        return Optional.of(new RiskSignal(RiskSignal.Kind.NO_PURCHASE, Long.toString(since), lastPurchase));
    }

    /**
     * Active when {@code recent} (revenue of {@link #recentWindow}) is down by more than {@code dropPercent} percent
     * against {@code yearBefore} (revenue of {@link #yearBeforeWindow}), which must be above 0.
     */
    public static Optional<RiskSignal> revenueDrop(BigDecimal recent, BigDecimal yearBefore, LocalDate today,
            int months, BigDecimal dropPercent) {
        if (yearBefore.signum() <= 0) {
            return Optional.empty();
        }
        BigDecimal drop = yearBefore.subtract(recent);
        // Multiplied out rather than divided, so that "exactly X percent" is exact.
        if (drop.multiply(HUNDRED).compareTo(dropPercent.multiply(yearBefore)) <= 0) {
            return Optional.empty();
        }
        BigDecimal percent = drop.multiply(HUNDRED).divide(yearBefore, 2, RoundingMode.HALF_UP);
        return Optional.of(new RiskSignal(RiskSignal.Kind.REVENUE_DROP, percent.toPlainString(),
                recentWindow(today, months).firstDay()));
    }

    /** One signal per tender lost in the last {@code months} months, oldest first. */
    public static List<RiskSignal> lostTenders(Collection<? extends HistoryEvent> history, LocalDate today, int months) {
        DateWindow window = DateWindow.monthsUpTo(today, months);
        return history.stream().filter(Tender.class::isInstance).map(Tender.class::cast)
                .filter(t -> t.outcome() == TenderOutcome.LOST && window.contains(t.date()))
                .sorted(Comparator.comparing(Tender::date))
                .map(t -> new RiskSignal(RiskSignal.Kind.LOST_TENDER, t.title(), t.date())).toList();
    }

    /** One signal per complaint open as of {@code today} for more than {@code days} days, oldest first. */
    public static List<RiskSignal> openComplaints(Collection<? extends HistoryEvent> history, LocalDate today,
            int days) {
        return history.stream().filter(Complaint.class::isInstance).map(Complaint.class::cast)
                .filter(c -> (c.resolvedOn() == null || c.resolvedOn().isAfter(today))
                        && ChronoUnit.DAYS.between(c.date(), today) > days)
                .sorted(Comparator.comparing(Complaint::date))
                .map(c -> new RiskSignal(RiskSignal.Kind.OPEN_COMPLAINT, c.title(), c.date())).toList();
    }

    /** One signal per key contact who left, in the order given. */
    public static List<RiskSignal> keyContactsLeft(Collection<KeyContact> keyContacts) {
        return keyContacts.stream().filter(KeyContact::left)
                .map(k -> new RiskSignal(RiskSignal.Kind.KEY_CONTACT_LEFT, k.name(), k.leftOn())).toList();
    }
}
