package keystone.decisionmap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import keystone.model.account.Account;
import keystone.model.account.AccountType;

/** The demo decision maps: realistic in size and shape, deterministic, and with findings of every kind. */
class DemoDecisionMapsTest {

    private static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);
    private static final List<String> COUNTRIES = List.of("Germany", "Russia", "China", "Spain", "France",
            "United States", "Italy", "Mexico", "Poland", "Austria", "Japan", "Chile");

    private static List<Account> accounts(int count) {
        List<Account> accounts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            accounts.add(Account.draft("Account " + i + " AG", AccountType.BREADWINNER).toBuilder().id(i + 1)
                    .country(COUNTRIES.get(i % COUNTRIES.size())).build());
        }
        return accounts;
    }

    @Test
    void sameSeedGivesTheSameMapsAndAnotherSeedOthers() {
        List<Account> accounts = accounts(12);
        assertEquals(DemoDecisionMaps.generate(42, accounts, AS_OF), DemoDecisionMaps.generate(42, accounts, AS_OF));
        assertNotEquals(DemoDecisionMaps.generate(42, accounts, AS_OF), DemoDecisionMaps.generate(43, accounts, AS_OF));
    }

    @Test
    void everyMapIsValidAcyclicAndOf8To40PeopleOnItsAccount() {
        for (long seed = 0; seed < 30; seed++) {
            List<Account> accounts = accounts(12);
            List<DecisionMap> maps = DemoDecisionMaps.generate(seed, accounts, AS_OF);
            assertEquals(accounts.size(), maps.size());
            for (int i = 0; i < maps.size(); i++) {
                DecisionMap map = maps.get(i);
                assertEquals(accounts.get(i).id(), map.accountId());
                assertTrue(map.people().size() >= 8 && map.people().size() <= 40, "size " + map.people().size());
                assertEquals(List.of(), DecisionMapValidation.validate(map), "seed " + seed + ", account " + i);
                assertEquals(map.people().size(), map.people().stream().map(Person::name).distinct().count(),
                        "names unique within an account");
            }
        }
    }

    @Test
    void exactlyOneEconomicBuyerWhereIdentifiedAndOneAccountWithout() {
        for (long seed = 0; seed < 30; seed++) {
            List<DecisionMap> maps = DemoDecisionMaps.generate(seed, accounts(12), AS_OF);
            List<Long> economicBuyers = maps.stream()
                    .map(m -> m.people().stream().filter(p -> p.has(BuyingRole.ECONOMIC_BUYER)).count()).toList();
            assertEquals(11, economicBuyers.stream().filter(n -> n == 1).count(), "seed " + seed + ": " + economicBuyers);
            assertEquals(1, economicBuyers.stream().filter(n -> n == 0).count(), "seed " + seed + ": " + economicBuyers);
        }
    }

    @Test
    void threeAccountsAlreadyGetRedAmberAndGreen() {
        for (long seed = 0; seed < 30; seed++) {
            Set<MapQuality> qualities = DemoDecisionMaps.generate(seed, accounts(3), AS_OF).stream()
                    .map(m -> Coverage.of(m, AS_OF, 90).quality()).collect(Collectors.toSet());
            assertEquals(EnumSet.allOf(MapQuality.class), qualities, "seed " + seed);
        }
    }

    @Test
    void thePortfolioHasEveryKindOfFinding() {
        List<CoverageReport> reports = DemoDecisionMaps.generate(7, accounts(12), AS_OF).stream()
                .map(m -> Coverage.of(m, AS_OF, 90)).toList();
        assertTrue(reports.stream().anyMatch(r -> !r.singleThreaded().isEmpty()), "single-threaded");
        assertTrue(reports.stream().anyMatch(r -> !r.stale().isEmpty()), "stale");
        assertTrue(reports.stream().anyMatch(CoverageReport::noEconomicBuyer), "no economic buyer");
        assertTrue(reports.stream().anyMatch(CoverageReport::noSupporterInTopManagement), "no top supporter");
        assertTrue(reports.stream().anyMatch(r -> !r.noSupporterInTopManagement()), "a top supporter somewhere");
        assertTrue(reports.stream().anyMatch(r -> r.decisionMakerShare().orElse(0) < 0.5), "thin coverage");
        assertTrue(reports.stream().anyMatch(r -> r.decisionMakerShare().orElse(0) >= 0.5), "good coverage");
    }

    @Test
    void schemesLookLikeOrgChartsWithSubsidiariesDottedLinesAndLeavers() {
        List<DecisionMap> maps = DemoDecisionMaps.generate(3, accounts(12), AS_OF);
        for (DecisionMap map : maps) {
            Person ceo = map.people().get(0);
            assertEquals(Level.TOP, ceo.level());
            assertEquals(List.of(), map.managersOf(ceo.id()), "the CEO reports to no one");
            assertEquals(3, map.people().stream().filter(p -> p.level() == Level.TOP).count());
            assertTrue(map.people().stream().skip(1).allMatch(p -> !map.managersOf(p.id()).isEmpty()),
                    "everyone else has a manager");
            assertTrue(map.relationships().stream().allMatch(r -> DemoNames.OUR_PEOPLE.contains(r.ourPerson())));
        }
        assertTrue(maps.stream().anyMatch(m -> m.reporting().stream().anyMatch(ReportingLine::dotted)));
        assertTrue(maps.stream().anyMatch(m -> m.people().stream().anyMatch(p -> !p.subsidiary().isEmpty())));
        assertTrue(maps.stream().anyMatch(m -> m.people().stream().anyMatch(p -> !p.active())));
    }

    @Test
    void namesFollowTheAccountsCountry() {
        List<DecisionMap> maps = DemoDecisionMaps.generate(5, accounts(3), AS_OF);
        assertTrue(maps.get(1).people().stream().allMatch(p -> p.name().matches(".*\\p{IsCyrillic}.*")), "Russia");
        assertTrue(maps.get(2).people().stream().allMatch(p -> p.name().matches("\\p{IsHan}+")), "China");
    }
}
