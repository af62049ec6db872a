package keystone.decisionmap;

import static keystone.decisionmap.TestMaps.knows;
import static keystone.decisionmap.TestMaps.map;
import static keystone.decisionmap.TestMaps.nobody;
import static keystone.decisionmap.TestMaps.person;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalDouble;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every coverage rule at its boundaries (the rules are listed in {@link Coverage}'s class comment). */
class CoverageTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 30);
    private static final int STALE = 90;

    private static CoverageReport of(DecisionMap map) {
        return Coverage.of(map, TODAY, STALE);
    }

    @Test
    void emptyMapIsRedWithoutEconomicBuyerOrTopSupporterAndNoShare() {
        CoverageReport r = of(DecisionMap.empty(TestMaps.ACCOUNT));
        assertEquals(MapQuality.RED, r.quality());
        assertTrue(r.noEconomicBuyer());
        assertTrue(r.noSupporterInTopManagement());
        assertEquals(OptionalDouble.empty(), r.decisionMakerShare());
        assertEquals(0, r.keyPlayers());
    }

    @Test
    void supportiveNonKeyPeopleLeaveTheMapRed() {
        DecisionMap m = map(person(1, "Ops", Level.OPERATIONAL, Stance.CHAMPION, Influence.MEDIUM, BuyingRole.USER_BUYER,
                BuyingRole.COACH, BuyingRole.INFLUENCER, BuyingRole.GATEKEEPER),
                person(2, "CFO", Level.TOP, Stance.NEUTRAL, Influence.HIGH, BuyingRole.ECONOMIC_BUYER));
        assertEquals(MapQuality.RED, of(m).quality());
    }

    @ParameterizedTest
    @EnumSource(value = Stance.class, names = {"NEUTRAL", "SCEPTIC", "OPPONENT"})
    void keyPlayersWhoAreNotSupportiveLeaveTheMapRed(Stance stance) {
        DecisionMap m = map(person(1, "EB", Level.TOP, stance, Influence.HIGH, BuyingRole.ECONOMIC_BUYER,
                BuyingRole.DECISION_MAKER, BuyingRole.TECHNICAL_BUYER));
        assertEquals(MapQuality.RED, of(m).quality());
    }

    @ParameterizedTest
    @EnumSource(value = Stance.class, names = {"CHAMPION", "SUPPORTER"})
    void supportiveHighInfluenceWithoutRoleIsAmber(Stance stance) {
        assertEquals(MapQuality.AMBER, of(map(person(1, "Grey eminence", Level.MIDDLE, stance, Influence.HIGH)))
                .quality());
    }

    @Test
    void supportiveMediumInfluenceWithoutKeyRoleIsNotAKeyPlayer() {
        assertEquals(MapQuality.RED, of(map(person(1, "P", Level.MIDDLE, Stance.CHAMPION, Influence.MEDIUM,
                BuyingRole.INFLUENCER))).quality());
    }

    @Test
    void supportiveTechnicalBuyerOfLowInfluenceIsAmber() {
        assertEquals(MapQuality.AMBER, of(map(person(1, "Q", Level.MIDDLE, Stance.SUPPORTER, Influence.LOW,
                BuyingRole.TECHNICAL_BUYER))).quality());
    }

    @Test
    void supportiveDecisionMakerOfLowInfluenceIsGreen() {
        assertEquals(MapQuality.GREEN, of(map(person(1, "D", Level.MIDDLE, Stance.SUPPORTER, Influence.LOW,
                BuyingRole.DECISION_MAKER))).quality());
    }

    @Test
    void supportiveEconomicBuyerIsGreen() {
        assertEquals(MapQuality.GREEN, of(map(person(1, "E", Level.TOP, Stance.CHAMPION, Influence.MEDIUM,
                BuyingRole.ECONOMIC_BUYER))).quality());
    }

    @Test
    void peopleWhoLeftNeverCount() {
        Person eb = person(1, "Gone", Level.TOP, Stance.CHAMPION, Influence.HIGH, BuyingRole.ECONOMIC_BUYER,
                BuyingRole.DECISION_MAKER).withLeft(LocalDate.of(2025, 1, 1));
        DecisionMap m = map(eb).withRelationships(List.of(knows(1, "Anna", Strength.ACQUAINTANCE, null)));
        CoverageReport r = of(m);
        assertEquals(MapQuality.RED, r.quality());
        assertTrue(r.noEconomicBuyer());
        assertTrue(r.noSupporterInTopManagement());
        assertEquals(0, r.keyPlayers());
        assertEquals(0, r.decisionMakers());
        assertEquals(List.of(), r.singleThreaded());
        assertEquals(List.of(), r.stale());
        assertFalse(eb.keyPlayer());
    }

    @Test
    void decisionMakerShareCountsWorkingOrBetterAndNotAcquaintance() {
        DecisionMap m = map(
                person(1, "EB", Level.TOP, Stance.NEUTRAL, Influence.HIGH, BuyingRole.ECONOMIC_BUYER),
                person(2, "DM working", Level.MIDDLE, Stance.NEUTRAL, Influence.MEDIUM, BuyingRole.DECISION_MAKER),
                person(3, "DM acquainted", Level.MIDDLE, Stance.NEUTRAL, Influence.MEDIUM, BuyingRole.DECISION_MAKER),
                person(4, "Both roles", Level.TOP, Stance.NEUTRAL, Influence.HIGH, BuyingRole.DECISION_MAKER,
                        BuyingRole.ECONOMIC_BUYER),
                person(5, "TB is no decision maker", Level.MIDDLE, Stance.NEUTRAL, Influence.HIGH,
                        BuyingRole.TECHNICAL_BUYER))
                .withRelationships(List.of(knows(1, "A", Strength.TRUSTED_ADVISOR, TODAY),
                        knows(2, "A", Strength.WORKING, TODAY), knows(3, "A", Strength.ACQUAINTANCE, TODAY),
                        knows(3, "B", Strength.NONE, TODAY), knows(5, "A", Strength.WORKING, TODAY)));
        CoverageReport r = of(m);
        assertEquals(4, r.decisionMakers(), "a person with both roles counts once; the technical buyer not at all");
        assertEquals(2, r.coveredDecisionMakers());
        assertEquals(0.5, r.decisionMakerShare().getAsDouble(), 1e-9);
    }

    @Test
    void decisionMakerShareIsEmptyWithoutDecisionMakersAndZeroWithUncoveredOnes() {
        assertEquals(OptionalDouble.empty(), of(map(person(1, "TB", Level.MIDDLE, Stance.NEUTRAL, Influence.HIGH,
                BuyingRole.TECHNICAL_BUYER))).decisionMakerShare());
        assertEquals(OptionalDouble.of(0), of(map(person(1, "DM", Level.MIDDLE, Stance.NEUTRAL, Influence.LOW,
                BuyingRole.DECISION_MAKER))).decisionMakerShare());
    }

    @Test
    void singleThreadedIsExactlyOneOfOurStaffAtAcquaintanceOrBetter() {
        Person none = person(1, "Known by no one", Level.MIDDLE, Stance.NEUTRAL, Influence.HIGH);
        Person one = person(2, "Known by one", Level.MIDDLE, Stance.NEUTRAL, Influence.HIGH);
        Person oneTwice = person(3, "Known by one twice", Level.MIDDLE, Stance.NEUTRAL, Influence.HIGH);
        Person two = person(4, "Known by two", Level.MIDDLE, Stance.NEUTRAL, Influence.HIGH);
        Person oneAndNone = person(5, "One plus a NONE", Level.MIDDLE, Stance.NEUTRAL, Influence.HIGH);
        Person notKey = nobody(6, "Not key");
        DecisionMap m = map(none, one, oneTwice, two, oneAndNone, notKey).withRelationships(List.of(
                knows(1, "Anna", Strength.NONE, TODAY),
                knows(2, "Anna", Strength.ACQUAINTANCE, TODAY),
                knows(3, "Anna", Strength.WORKING, TODAY), knows(3, " anna ", Strength.ACQUAINTANCE, TODAY),
                knows(4, "Anna", Strength.ACQUAINTANCE, TODAY), knows(4, "Jonas", Strength.ACQUAINTANCE, TODAY),
                knows(5, "Anna", Strength.TRUSTED_ADVISOR, TODAY), knows(5, "Jonas", Strength.NONE, TODAY),
                knows(6, "Anna", Strength.WORKING, TODAY)));
        assertEquals(List.of(one, oneTwice, oneAndNone), of(m).singleThreaded());
    }

    @Test
    void noSupporterInTopManagementNeedsAnActiveSupportiveTopPerson() {
        Person topNeutral = person(1, "CEO", Level.TOP, Stance.NEUTRAL, Influence.HIGH);
        Person middleChampion = person(2, "Head", Level.MIDDLE, Stance.CHAMPION, Influence.HIGH);
        assertTrue(of(map(topNeutral, middleChampion)).noSupporterInTopManagement());
        Person topSupporter = person(3, "CFO", Level.TOP, Stance.SUPPORTER, Influence.LOW);
        assertFalse(of(map(topNeutral, topSupporter)).noSupporterInTopManagement());
        assertTrue(of(map(topNeutral, topSupporter.withLeft(null))).noSupporterInTopManagement());
    }

    @Test
    void noEconomicBuyerUnlessAnActivePersonHasTheRole() {
        assertTrue(of(map(person(1, "DM", Level.TOP, Stance.CHAMPION, Influence.HIGH, BuyingRole.DECISION_MAKER)))
                .noEconomicBuyer());
        assertFalse(of(map(person(1, "EB", Level.MIDDLE, Stance.OPPONENT, Influence.LOW, BuyingRole.ECONOMIC_BUYER)))
                .noEconomicBuyer());
    }

    @Test
    void staleIsMoreThanStaleDaysSinceTheLastContactOfTheBestRelationship() {
        Person exactly = person(1, "Exactly 90 days", Level.TOP, Stance.NEUTRAL, Influence.HIGH);
        Person oneMore = person(2, "91 days", Level.TOP, Stance.NEUTRAL, Influence.HIGH);
        Person never = person(3, "No relationship", Level.TOP, Stance.NEUTRAL, Influence.HIGH);
        Person noDate = person(4, "No date", Level.TOP, Stance.NEUTRAL, Influence.HIGH);
        Person future = person(5, "Dated tomorrow", Level.TOP, Stance.NEUTRAL, Influence.HIGH);
        Person bestIsOld = person(6, "Strongest contact is old", Level.TOP, Stance.NEUTRAL, Influence.HIGH);
        Person tieTakesNewest = person(7, "Equal strengths, one recent", Level.TOP, Stance.NEUTRAL, Influence.HIGH);
        Person notKey = nobody(8, "Not key, never contacted");
        DecisionMap m = map(exactly, oneMore, never, noDate, future, bestIsOld, tieTakesNewest, notKey)
                .withRelationships(List.of(
                        knows(1, "A", Strength.WORKING, TODAY.minusDays(90)),
                        knows(2, "A", Strength.WORKING, TODAY.minusDays(91)),
                        knows(4, "A", Strength.WORKING, null),
                        knows(5, "A", Strength.WORKING, TODAY.plusDays(1)),
                        knows(6, "A", Strength.TRUSTED_ADVISOR, TODAY.minusDays(200)),
                        knows(6, "B", Strength.ACQUAINTANCE, TODAY),
                        knows(7, "A", Strength.WORKING, null), knows(7, "B", Strength.WORKING, TODAY)));
        assertEquals(List.of(oneMore, never, noDate, bestIsOld), of(m).stale());
    }

    @Test
    void zeroStaleDaysMakesOnlyTodayFresh() {
        Person p = person(1, "K", Level.TOP, Stance.NEUTRAL, Influence.HIGH);
        assertEquals(List.of(), Coverage.of(map(p).withRelationships(List.of(knows(1, "A", Strength.WORKING, TODAY))),
                TODAY, 0).stale());
        assertEquals(List.of(p), Coverage.of(map(p).withRelationships(List.of(knows(1, "A", Strength.WORKING,
                TODAY.minusDays(1)))), TODAY, 0).stale());
        assertThrows(IllegalArgumentException.class, () -> Coverage.of(map(p), TODAY, -1));
    }

    @Test
    void severityRanksQualityFirstThenFindings() {
        Person greenEb = person(1, "EB", Level.TOP, Stance.CHAMPION, Influence.HIGH, BuyingRole.ECONOMIC_BUYER);
        DecisionMap perfect = map(greenEb).withRelationships(List.of(knows(1, "A", Strength.WORKING, TODAY),
                knows(1, "B", Strength.WORKING, TODAY)));
        CoverageReport best = of(perfect);
        assertEquals(MapQuality.GREEN, best.quality());
        assertEquals(0, best.severity());
        assertFalse(best.hasFindings());

        DecisionMap singleThreaded = map(greenEb).withRelationships(List.of(knows(1, "A", Strength.WORKING, TODAY)));
        assertEquals(20, of(singleThreaded).severity());

        // A green map with every finding still ranks before (better than) an amber one without findings.
        DecisionMap greenBad = map(person(1, "DM", Level.MIDDLE, Stance.SUPPORTER, Influence.LOW,
                BuyingRole.DECISION_MAKER));
        DecisionMap amber = map(person(1, "TB", Level.TOP, Stance.SUPPORTER, Influence.HIGH, BuyingRole.TECHNICAL_BUYER));
        assertTrue(of(greenBad).severity() < of(amber).severity());
        assertTrue(of(amber).severity() < of(map(nobody(1, "x"))).severity());
        assertEquals(2 * CoverageReport.QUALITY_WEIGHT + 200 + 200 + 100, of(DecisionMap.empty(1)).severity());
    }
}
