package keystone.demo;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import keystone.model.account.Account;
import keystone.model.account.AccountField;
import keystone.model.account.AccountType;
import keystone.model.account.AccountValidator;
import keystone.model.sales.Customer;
import keystone.model.sales.SalesLine;

/** Checks that the generated demo data has the shape the views and the analyses are demonstrated with. */
class DemoGeneratorTest {

    private static final YearMonth LAST_MONTH = YearMonth.of(2025, 9);

    private static DemoData data;
    private static MonthlySales sales;

    @BeforeAll
    static void generate() {
        data = DemoGenerator.generate(DemoInstaller.DEFAULT_SEED, LAST_MONTH);
        sales = new MonthlySales(data.lines(), LAST_MONTH);
    }

    @Test
    void sameSeedAndMonthGiveIdenticalData() {
        assertEquals(data, DemoGenerator.generate(DemoInstaller.DEFAULT_SEED, LAST_MONTH));
    }

    @Test
    void otherSeedGivesOtherData() {
        assertNotEquals(data.lines(), DemoGenerator.generate(DemoInstaller.DEFAULT_SEED + 1, LAST_MONTH).lines());
    }

    @Test
    void generatesAboutThreeHundredCustomersWithUniqueIdsAndNames() {
        List<Customer> customers = data.customers();
        assertTrue(customers.size() >= 280 && customers.size() <= 320, "customers: " + customers.size());
        assertEquals(customers.size(), customers.stream().map(Customer::id).distinct().count());
        assertEquals(customers.size(), customers.stream().map(Customer::name).distinct().count());
        assertTrue(customers.stream().allMatch(c -> c.id().matches("C\\d{5}")));
        assertTrue(customers.stream().noneMatch(c -> c.country().isBlank() || c.industry().isBlank()));
    }

    @Test
    void customerNamesIncludeCyrillicChineseAndAccentedSpanish() {
        assertTrue(countNames(name -> name.chars().anyMatch(ch -> Character.UnicodeScript.of(ch)
                == Character.UnicodeScript.CYRILLIC)) >= 3);
        assertTrue(countNames(name -> name.chars().anyMatch(ch -> Character.UnicodeScript.of(ch)
                == Character.UnicodeScript.HAN)) >= 3);
        assertTrue(countNames(name -> name.matches(".*[áéíóúñÁÉÍÓÚÑ].*")) >= 3);
    }

    private static long countNames(Predicate<String> test) {
        return data.customers().stream().map(Customer::name).filter(test).count();
    }

    @Test
    void salesCoverTheThirtySixMonthsEndingWithLastMonthAndNoneOutside() {
        LocalDate from = LAST_MONTH.minusMonths(35).atDay(1);
        LocalDate to = LAST_MONTH.atEndOfMonth();
        Set<YearMonth> months = new HashSet<>();
        for (SalesLine line : data.lines()) {
            assertFalse(line.date().isBefore(from) || line.date().isAfter(to), () -> "outside window: " + line);
            months.add(YearMonth.from(line.date()));
        }
        assertEquals(36, months.size());
    }

    @Test
    void ordersFallOnWorkingDays() {
        assertTrue(data.lines().stream().map(line -> line.date().getDayOfWeek())
                .noneMatch(day -> day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY));
    }

    @Test
    void lineCountLiesBetween25000And60000() {
        int count = data.lines().size();
        assertTrue(count >= 25_000 && count <= 60_000, "lines: " + count);
    }

    @Test
    void linesHavePositiveCentAmountsMarginsOf10To40PercentAndOrderIds() {
        Set<String> customerIds = data.customers().stream().map(Customer::id).collect(Collectors.toSet());
        for (SalesLine line : data.lines()) {
            assertAll(line.toString(),
                    () -> assertTrue(customerIds.contains(line.customerId())),
                    () -> assertTrue(line.amount().signum() > 0),
                    () -> assertEquals(2, line.amount().scale()),
                    () -> assertNotNull(line.margin()),
                    () -> assertTrue(line.margin().compareTo(percent(line.amount(), 10)) >= 0),
                    () -> assertTrue(line.margin().compareTo(percent(line.amount(), 40)) <= 0),
                    () -> assertTrue(line.quantity().signum() > 0),
                    () -> assertFalse(line.product().isBlank()),
                    () -> assertFalse(line.orderId().isBlank()));
        }
    }

    private static BigDecimal percent(BigDecimal amount, int percent) {
        return amount.multiply(BigDecimal.valueOf(percent)).movePointLeft(2);
    }

    @Test
    void ordersHaveSeveralLinesOnAverage() {
        Map<String, Long> linesPerOrder = data.lines().stream()
                .collect(Collectors.groupingBy(SalesLine::orderId, Collectors.counting()));
        assertTrue(data.lines().size() >= 2.0 * linesPerOrder.size(), "orders: " + linesPerOrder.size());
        // An order belongs to one customer on one day.
        Map<String, Set<String>> keys = data.lines().stream().collect(Collectors.groupingBy(SalesLine::orderId,
                Collectors.mapping(line -> line.customerId() + line.date(), Collectors.toSet())));
        assertTrue(keys.values().stream().allMatch(set -> set.size() == 1));
    }

    @Test
    void eightAccountsWithCompleteGeneralInformationPassValidation() {
        assertEquals(8, data.accounts().size());
        for (Account account : data.accounts()) {
            assertEquals(List.of(), AccountValidator.validate(account), account.name());
            assertTrue(account.isNew(), account.name());
            for (AccountField field : AccountField.values()) {
                Object value = account.get(field);
                assertNotNull(value, account.name() + " " + field);
                if (value instanceof String text) {
                    assertFalse(text.isBlank(), account.name() + " " + field);
                }
            }
            assertTrue(account.employees() > 0 && account.annualRevenue().signum() > 0, account.name());
            assertTrue(account.team().contains(","), account.name() + " team");
            assertTrue(account.history().length() > 100, account.name() + " history");
        }
    }

    @Test
    void accountsAreMostlyBreadwinnersAndIncludeEveryOtherType() {
        Map<AccountType, Long> types = data.accounts().stream()
                .collect(Collectors.groupingBy(Account::type, Collectors.counting()));
        assertEquals(EnumSet.allOf(AccountType.class), types.keySet());
        assertTrue(types.get(AccountType.BREADWINNER) >= 4, types.toString());
    }

    @Test
    void accountsIncludeRussianChineseAndSpanishSpeakingCustomers() {
        assertAccount("Russia", ".*\\p{IsCyrillic}.*");
        assertAccount("China", ".*\\p{IsHan}.*");
        assertTrue(data.accounts().stream().anyMatch(a -> Set.of("Spain", "Mexico").contains(a.country())
                && a.name().matches(".*[áéíóúñ].*")));
    }

    private static void assertAccount(String country, String nameRegex) {
        assertTrue(data.accounts().stream().anyMatch(a -> a.country().equals(country) && a.name().matches(nameRegex)),
                country);
    }

    @Test
    void eachAccountIsLinkedToItsOwnExistingCustomer() {
        Map<String, Customer> customers = data.customers().stream()
                .collect(Collectors.toMap(Customer::id, customer -> customer));
        for (Account account : data.accounts()) {
            Customer customer = customers.get(account.customerId());
            assertNotNull(customer, account.name());
            assertEquals(account.name(), customer.name());
        }
        assertEquals(data.accounts().size(), data.accounts().stream().map(Account::customerId).distinct().count());
    }

    @Test
    void breadwinnersAreAmongTheLargestCustomers() {
        List<String> top = sales.ranked().subList(0, 10);
        data.accounts().stream().filter(a -> a.type() == AccountType.BREADWINNER)
                .forEach(a -> assertTrue(top.contains(a.customerId()), a.name()));
    }

    @Test
    void topFifthOfCustomersBringsBetween65And90PercentOfRevenue() {
        List<String> ranked = sales.ranked();
        double top = ranked.subList(0, ranked.size() / 5).stream().mapToDouble(sales::total).sum();
        double share = top / sales.total();
        assertTrue(share >= 0.65 && share <= 0.90, "share of top 20 %: " + share);
    }

    @Test
    void aboutTenCustomersFirstBuyInTheLastSixMonths() {
        List<String> fresh = sales.ranked().stream()
                .filter(id -> !sales.firstPurchase(id).isBefore(sales.recentStart())).toList();
        assertTrue(fresh.size() >= 8 && fresh.size() <= 15, "new: " + fresh.size());
        assertTrue(data.accounts().stream().anyMatch(a -> a.type() == AccountType.PROSPECT
                && fresh.contains(a.customerId())), "the prospect is a new customer");
    }

    @Test
    void aboutTenCustomersBoughtNothingInTheLastSixMonths() {
        long lapsed = sales.ranked().stream()
                .filter(id -> sales.lastPurchase(id).isBefore(sales.recentStart())).count();
        assertTrue(lapsed >= 8 && lapsed <= 15, "lapsed: " + lapsed);
    }

    /** Every calendar month as last month, because the installer uses the month before today. */
    @ParameterizedTest
    @ValueSource(ints = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12 })
    void abcXyzFindsAtLeastThreeCustomersInEachOfTheNineCells(int month) {
        YearMonth last = YearMonth.of(2025, month);
        DemoData generated = month == LAST_MONTH.getMonthValue() ? data
                : DemoGenerator.generate(DemoInstaller.DEFAULT_SEED, last);
        Map<String, Integer> cells = new MonthlySales(generated.lines(), last).abcXyzCells();
        cells.forEach((cell, count) -> assertTrue(count >= 3, cell + " in " + cells));
    }
}
