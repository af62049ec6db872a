package keystone.plan;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * Whether a plan has gone unreviewed for too long. The plan was last looked at on its latest review dated on or
 * before the day (reviews dated later are planned, not held), or, without such a review, on the day it was created.
 * It is <b>stale</b> when {@value #STALE_DAYS} days or more have passed since: reviewed 89 days ago is fresh, 90
 * days ago is stale.
 *
 * @param lastReview the latest review held, or {@code null} when there is none
 * @param since      the day counted from: the last review, or the plan's creation
 * @param days       days from {@code since} to the day (negative when the plan was created later)
 * @param stale      {@code days >= STALE_DAYS}
 */
public record Staleness(LocalDate lastReview, LocalDate since, long days, boolean stale) {

    public static final int STALE_DAYS = 90;

    public Staleness {
        Objects.requireNonNull(since, "since");
    }

    public static Staleness of(AccountPlan plan, LocalDate today) {
        Objects.requireNonNull(today, "today");
        LocalDate last = null;
        for (Review r : plan.reviews()) {
            if (!r.date().isAfter(today) && (last == null || r.date().isAfter(last))) {
                last = r.date();
            }
        }
        LocalDate since = last != null ? last : plan.createdOn();
        long days = ChronoUnit.DAYS.between(since, today);
        return new Staleness(last, since, days, days >= STALE_DAYS);
    }
}
