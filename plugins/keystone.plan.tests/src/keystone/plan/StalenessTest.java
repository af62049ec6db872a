package keystone.plan;

import static keystone.plan.TestPlans.full;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A plan is stale from 90 days without review on: 89 days is fresh, 90 and 91 are stale; without reviews the
 * plan's creation counts.
 */
class StalenessTest {

    private static final LocalDate REVIEWED = LocalDate.of(2025, 3, 1);

    private static AccountPlan reviewedOn(LocalDate... dates) {
        return full(7).withReviews(java.util.Arrays.stream(dates)
                .map(d -> new Review(Review.NEW_ID, d, "Anna Keller", "")).toList());
    }

    @Test
    void eightyNineDaysAfterTheLastReviewIsFresh() {
        Staleness s = Staleness.of(reviewedOn(REVIEWED), REVIEWED.plusDays(89));
        assertFalse(s.stale());
        assertEquals(89, s.days());
        assertEquals(REVIEWED, s.lastReview());
    }

    @Test
    void ninetyDaysAfterTheLastReviewIsStale() {
        assertTrue(Staleness.of(reviewedOn(REVIEWED), REVIEWED.plusDays(90)).stale());
    }

    @Test
    void ninetyOneDaysAfterTheLastReviewIsStale() {
        assertTrue(Staleness.of(reviewedOn(REVIEWED), REVIEWED.plusDays(91)).stale());
    }

    @Test
    void theLatestReviewCountsWhateverTheOrder() {
        AccountPlan plan = reviewedOn(REVIEWED.plusDays(10), REVIEWED);
        assertFalse(Staleness.of(plan, REVIEWED.plusDays(99)).stale());
        assertTrue(Staleness.of(plan, REVIEWED.plusDays(100)).stale());
    }

    @Test
    void reviewsDatedAfterTodayAreNotHeldYet() {
        AccountPlan plan = reviewedOn(REVIEWED, REVIEWED.plusDays(200));
        Staleness s = Staleness.of(plan, REVIEWED.plusDays(95));
        assertTrue(s.stale());
        assertEquals(REVIEWED, s.lastReview());
    }

    @Test
    void withoutReviewsTheCreationDayCounts() {
        AccountPlan plan = full(7).withReviews(List.of()).withCreatedOn(REVIEWED);
        Staleness fresh = Staleness.of(plan, REVIEWED.plusDays(89));
        assertNull(fresh.lastReview());
        assertEquals(REVIEWED, fresh.since());
        assertFalse(fresh.stale());
        assertTrue(Staleness.of(plan, REVIEWED.plusDays(90)).stale());
        assertFalse(Staleness.of(plan, REVIEWED.minusDays(1)).stale(), "created after today: days are negative");
    }
}
