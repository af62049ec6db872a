package keystone.dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import keystone.dossier.DossierValidation.Field;
import keystone.dossier.DossierValidation.Problem;
import keystone.dossier.DossierValidation.Rule;
import keystone.model.account.Account;
import keystone.model.account.AccountType;

/**
 * What the dossier check reports: shares of wallet over 100, required and too long fields; it never throws.
 */
class DossierValidationTest {

    private static final Account ACCOUNT = Account.draft("Nordwerk AG", AccountType.BREADWINNER).withId(3);

    private static Competitor competitor(String name, String share) {
        return new Competitor(0, 3, name, "", share == null ? null : new BigDecimal(share), "", "", "");
    }

    private static Dossier withShares(String ours, Competitor... competitors) {
        return Dossier.empty(ACCOUNT).withOurShareOfWallet(ours == null ? null : new BigDecimal(ours))
                .withCompetitors(List.of(competitors));
    }

    @Test
    void sharesAddingUpToExactlyHundredAreFine() {
        assertEquals(List.of(), DossierValidation.validate(withShares("40", competitor("A", "35"),
                competitor("B", "25"))));
    }

    @Test
    void sharesOverHundredAreAProblemCarryingTheTotal() {
        List<Problem> problems = DossierValidation.validate(withShares("40", competitor("A", "35"),
                competitor("B", "25.01")));
        assertEquals(List.of(new Problem(Field.SHARE_OF_WALLET, Rule.SHARE_OF_WALLET_OVER_100, null,
                new BigDecimal("100.01"))), problems);
    }

    @Test
    void unknownSharesCountAsZero() {
        assertEquals(new BigDecimal("70.00"), DossierValidation.shareOfWalletTotal(null,
                List.of(competitor("A", "70"), competitor("B", null))));
        assertEquals(List.of(), DossierValidation.validate(withShares(null, competitor("A", null))));
    }

    @Test
    void exceptionForOverHundredNamesTheTotal() {
        Dossier dossier = withShares("60", competitor("A", "50.5"));
        InvalidDossierException e = new InvalidDossierException(ACCOUNT.name(), DossierValidation.validate(dossier));
        assertTrue(e.getMessage().contains("110.50"), e.getMessage());
        assertEquals(Rule.SHARE_OF_WALLET_OVER_100, e.problems().get(0).rule());
    }

    @Test
    void blankCompetitorNameIsRequired() {
        Competitor blank = competitor("  ", null);
        assertEquals(List.of(new Problem(Field.COMPETITOR_NAME, Rule.REQUIRED, blank, null)),
                DossierValidation.validate(withShares(null, blank)));
    }

    @Test
    void namesUpToTheColumnSizeFitAndOneMoreIsTooLong() {
        Competitor fits = competitor("n".repeat(400), null);
        Competitor tooLong = competitor("n".repeat(401), null);
        assertEquals(List.of(new Problem(Field.COMPETITOR_NAME, Rule.TOO_LONG, tooLong, null)),
                DossierValidation.validate(withShares(null, fits, tooLong)));
    }

    @Test
    void eventsAndFollowUpsAreChecked() {
        FollowUp noAction = new FollowUp(0, " ", "Eva", LocalDate.of(2025, 1, 1), false);
        Meeting meeting = new Meeting(0, 3, LocalDate.of(2025, 1, 1), "", "", "", "m".repeat(100_001),
                List.of(noAction));
        List<Problem> problems = DossierValidation.validate(Dossier.empty(ACCOUNT).withHistory(List.of(meeting)));
        assertEquals(List.of(new Problem(Field.EVENT_TITLE, Rule.REQUIRED, meeting, null),
                new Problem(Field.MEETING_MINUTES, Rule.TOO_LONG, meeting, null),
                new Problem(Field.FOLLOW_UP_ACTION, Rule.REQUIRED, noAction, null)), problems);
    }
}
