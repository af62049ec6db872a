package keystone.dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import keystone.model.account.Account;
import keystone.model.account.AccountType;

/**
 * What the dossier's records accept, refuse and normalise in their constructors.
 */
class RecordsTest {

    private static final LocalDate DAY = LocalDate.of(2025, 3, 1);
    private static final Account ACCOUNT = Account.draft("Nordwerk AG", AccountType.BREADWINNER).withId(3);

    @Test
    void complaintCannotBeResolvedBeforeItWasOpened() {
        assertThrows(IllegalArgumentException.class, () -> new Complaint(0, 3, DAY, "", "", DAY.minusDays(1), ""));
        assertEquals(Optional.of(2L), new Complaint(0, 3, DAY, "", "", DAY.plusDays(2), "").resolutionDays());
    }

    @Test
    void keyContactWhoStayedHasNoLeavingDate() {
        assertThrows(IllegalArgumentException.class, () -> new KeyContact(0, 3, "Ana", "", false, DAY));
    }

    @Test
    void sharesOfWalletLieBetweenZeroAndHundred() {
        assertThrows(IllegalArgumentException.class,
                () -> new Competitor(0, 3, "A", "", new BigDecimal("100.01"), "", "", ""));
        assertThrows(IllegalArgumentException.class,
                () -> new Competitor(0, 3, "A", "", new BigDecimal("-1"), "", "", ""));
        assertThrows(IllegalArgumentException.class,
                () -> Dossier.empty(ACCOUNT).withOurShareOfWallet(new BigDecimal("101")));
    }

    @Test
    void moneyAndSharesAreKeptToTwoDecimalsAsStored() {
        assertEquals(new BigDecimal("1200.00"), new Delivery(0, 3, DAY, "", "", "", new BigDecimal("1200")).value());
        assertEquals(new BigDecimal("33.33"),
                new Competitor(0, 3, "A", "", new BigDecimal("33.333"), "", "", "").shareOfWallet());
        assertThrows(IllegalArgumentException.class, () -> new Tender(0, 3, DAY, "", "", TenderOutcome.WON, "", "",
                new BigDecimal("-5")));
    }

    @Test
    void tenderNeedsAnOutcomeAndEveryEventADate() {
        assertThrows(NullPointerException.class, () -> new Tender(0, 3, DAY, "", "", null, "", "", null));
        assertThrows(NullPointerException.class, () -> new Delivery(0, 3, null, "", "", "", null));
        assertThrows(NullPointerException.class, () -> new FollowUp(0, "call", "Eva", null, false));
    }

    @Test
    void historyIsKeptInDateOrderWithSameDayEventsInTheOrderGiven() {
        Delivery late = new Delivery(0, 3, DAY.plusDays(5), "late", "", "", null);
        Delivery first = new Delivery(0, 3, DAY, "first", "", "", null);
        Delivery second = new Delivery(0, 3, DAY, "second", "", "", null);
        assertEquals(List.of(first, second, late),
                Dossier.empty(ACCOUNT).withHistory(List.of(late, first, second)).history());
    }

    @Test
    void everyPartBelongsToTheDossiersAccount() {
        Delivery other = new Delivery(0, 4, DAY, "", "", "", null);
        assertThrows(IllegalArgumentException.class, () -> Dossier.empty(ACCOUNT).withHistory(List.of(other)));
        assertThrows(IllegalArgumentException.class, () -> Dossier.empty(ACCOUNT)
                .withKeyContacts(List.of(new KeyContact(0, 4, "Ana", "", false, null))));
        assertThrows(IllegalArgumentException.class, () -> Dossier.empty(ACCOUNT).withQualification(
                Qualification.empty(4)));
    }

    @Test
    void eventsOfAKindAreFoundByTheirType() {
        Tender tender = new Tender(0, 3, DAY, "t", "", TenderOutcome.LOST, "", "", null);
        Dossier dossier = Dossier.empty(ACCOUNT).withHistory(List.of(new Delivery(0, 3, DAY, "", "", "", null), tender));
        assertEquals(List.of(tender), dossier.events(Tender.class));
        assertEquals(HistoryEvent.Kind.TENDER, tender.kind());
    }

    @Test
    void followUpDueTodayIsNotOverdueYet() {
        FollowUp f = new FollowUp(0, "call", "Eva", DAY, false);
        assertFalse(f.overdue(DAY));
        assertTrue(f.overdue(DAY.plusDays(1)));
        assertFalse(new FollowUp(0, "call", "Eva", DAY, true).overdue(DAY.plusDays(1)), "done");
    }

    @Test
    void headlineTrendAndShareAreEmptyWhenTheyWouldDivideByZero() {
        Headline none = new Headline(DAY, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, null);
        assertEquals(Optional.empty(), none.trend());
        assertEquals(Optional.empty(), none.shareOfTotal());
        assertEquals(Optional.empty(), none.lastOrder());
        Headline some = new Headline(DAY, new BigDecimal("300"), new BigDecimal("1200"), new BigDecimal("1000"), DAY);
        assertEquals(0, new BigDecimal("0.25").compareTo(some.trend().orElseThrow()));
        assertEquals(0, new BigDecimal("0.3").compareTo(some.shareOfTotal().orElseThrow()));
        assertEquals(new DateWindow(DAY.minusMonths(12), DAY), some.lastTwelveMonthsWindow());
        assertEquals(new DateWindow(DAY.minusMonths(24), DAY.minusMonths(12)), some.previousTwelveMonthsWindow());
    }
}
