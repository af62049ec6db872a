package keystone.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;

import keystone.model.account.Account;
import keystone.model.sales.Customer;
import keystone.model.sales.SalesLine;

/**
 * Generates a deterministic, realistic set of customers, three years of their sales and eight key accounts, so
 * that every view of Keystone can be shown and tried without a company's real data.
 */
public final class DemoGenerator {

    /** Number of customers generated. */
    public static final int CUSTOMERS = 300;

    /** Number of months with sales, ending with the {@code lastMonth} passed to {@link #generate}. */
    public static final int MONTHS = 36;

    /** Customers whose first purchase lies in the last six months, and customers who stopped buying before them. */
    static final int NEW_CUSTOMERS = 10;
    static final int LAPSED_CUSTOMERS = 10;

    /**
     * Revenue falls with size rank as {@code rank^-exponent}; an exponent near 1 is Zipf's law, which gives the
     * familiar "20 % of customers bring 80 % of revenue".
     */
    private static final double PARETO_EXPONENT = 1.05;

    /** Average monthly revenue of the largest customer, in EUR; the smallest then buys about 1,500 a month. */
    private static final double TOP_MONTHLY_REVENUE = 520_000;

    /**
     * Buying patterns per block of ten customers of similar size. Large customers buy more regularly, small ones
     * more sporadically; every size has some of each so that all nine ABC-XYZ cells are populated.
     */
    private static final List<DemoPattern> LARGE = List.of(DemoPattern.REGULAR, DemoPattern.REGULAR,
            DemoPattern.REGULAR, DemoPattern.REGULAR, DemoPattern.SEASONAL, DemoPattern.SEASONAL,
            DemoPattern.IRREGULAR, DemoPattern.INTERMITTENT, DemoPattern.GROWING, DemoPattern.DECLINING);
    private static final List<DemoPattern> MEDIUM = List.of(DemoPattern.REGULAR, DemoPattern.REGULAR,
            DemoPattern.REGULAR, DemoPattern.SEASONAL, DemoPattern.SEASONAL, DemoPattern.IRREGULAR,
            DemoPattern.IRREGULAR, DemoPattern.INTERMITTENT, DemoPattern.GROWING, DemoPattern.DECLINING);
    private static final List<DemoPattern> SMALL = List.of(DemoPattern.REGULAR, DemoPattern.REGULAR,
            DemoPattern.REGULAR, DemoPattern.SEASONAL, DemoPattern.IRREGULAR, DemoPattern.IRREGULAR,
            DemoPattern.INTERMITTENT, DemoPattern.INTERMITTENT, DemoPattern.GROWING, DemoPattern.DECLINING);

    private DemoGenerator() {
    }

    /**
     * The demo data for {@code seed}; the same seed and month always give the same data.
     *
     * @param lastMonth the last month with sales; sales cover the {@value #MONTHS} months ending with it
     */
    public static DemoData generate(long seed, YearMonth lastMonth) {
        Objects.requireNonNull(lastMonth, "lastMonth");
        // Each stage draws from its own stream, so that changing one stage does not reshuffle all the others.
        SplittableRandom root = new SplittableRandom(seed);
        SplittableRandom planRandom = root.split();
        SplittableRandom nameRandom = root.split();
        SplittableRandom salesRandom = root.split();

        List<YearMonth> months = new ArrayList<>(MONTHS);
        for (int m = MONTHS - 1; m >= 0; m--) {
            months.add(lastMonth.minusMonths(m));
        }
        DemoPattern[] patterns = patterns(planRandom);
        String[] ids = ids(planRandom);
        Customer[] customers = customers(nameRandom, ids);

        List<Order> orders = new ArrayList<>();
        for (int rank = 1; rank <= CUSTOMERS; rank++) {
            double monthly = TOP_MONTHLY_REVENUE * StrictMath.pow(rank, -PARETO_EXPONENT)
                    * salesRandom.nextDouble(0.9, 1.1);
            new CustomerSales(salesRandom.split(), customers[rank - 1], rank, patterns[rank - 1], monthly)
                    .addOrders(months, orders);
        }
        List<SalesLine> lines = lines(orders);

        List<Account> accounts = new ArrayList<>();
        for (DemoAccounts.Profile profile : DemoAccounts.PROFILES) {
            accounts.add(profile.account().toBuilder().customerId(ids[profile.rank() - 1]).build());
        }
        List<Customer> byId = new ArrayList<>(Arrays.asList(customers));
        byId.sort(Comparator.comparing(Customer::id));
        return new DemoData(accounts, byId, lines);
    }

    /** The buying pattern per size rank (index 0 = largest customer). */
    private static DemoPattern[] patterns(SplittableRandom random) {
        DemoPattern[] patterns = new DemoPattern[CUSTOMERS];
        for (int block = 0; block < CUSTOMERS; block += 10) {
            List<DemoPattern> mix = new ArrayList<>(block < 60 ? LARGE : block < 140 ? MEDIUM : SMALL);
            shuffle(random, mix);
            for (int i = 0; i < 10 && block + i < CUSTOMERS; i++) {
                patterns[block + i] = mix.get(i);
            }
        }
        Set<Integer> fixed = new HashSet<>();
        int fixedNew = 0;
        for (DemoAccounts.Profile profile : DemoAccounts.PROFILES) {
            patterns[profile.rank() - 1] = profile.pattern();
            fixed.add(profile.rank() - 1);
            fixedNew += profile.pattern() == DemoPattern.NEW ? 1 : 0;
        }
        // New customers are not among the very largest: nobody starts as a top-30 customer within months.
        overlay(random, patterns, fixed, DemoPattern.NEW, NEW_CUSTOMERS - fixedNew, 30);
        // A lapsed customer may be a large one: losing one of those is the churn the risk view must catch.
        overlay(random, patterns, fixed, DemoPattern.LAPSED, LAPSED_CUSTOMERS, 7);
        return patterns;
    }

    private static void overlay(SplittableRandom random, DemoPattern[] patterns, Set<Integer> fixed,
            DemoPattern pattern, int count, int fromIndex) {
        for (int placed = 0; placed < count;) {
            int index = fromIndex + random.nextInt(CUSTOMERS - fromIndex);
            if (fixed.add(index)) {
                patterns[index] = pattern;
                placed++;
            }
        }
    }

    /** Customer ids per size rank, shuffled because ERP numbers say nothing about a customer's size. */
    private static String[] ids(SplittableRandom random) {
        List<Integer> numbers = new ArrayList<>();
        for (int i = 1; i <= CUSTOMERS; i++) {
            numbers.add(i);
        }
        shuffle(random, numbers);
        String[] ids = new String[CUSTOMERS];
        for (int i = 0; i < CUSTOMERS; i++) {
            ids[i] = String.format("C%05d", numbers.get(i));
        }
        return ids;
    }

    /** Customers per size rank; key accounts take the names of their dossiers. */
    private static Customer[] customers(SplittableRandom random, String[] ids) {
        Customer[] customers = new Customer[CUSTOMERS];
        Set<String> names = new HashSet<>();
        for (DemoAccounts.Profile profile : DemoAccounts.PROFILES) {
            Account account = profile.account();
            customers[profile.rank() - 1] = new Customer(ids[profile.rank() - 1], account.name(), account.country(),
                    account.industry());
            names.add(account.name());
        }
        for (int i = 0; i < CUSTOMERS; i++) {
            if (customers[i] == null) {
                DemoNames.Country country = DemoNames.pickCountry(random);
                DemoNames.Industry industry = DemoNames.pick(random, DemoNames.INDUSTRIES);
                String name;
                do {
                    name = DemoNames.companyName(random, country, industry);
                } while (!names.add(name));
                customers[i] = new Customer(ids[i], name, country.name(), industry.name());
            }
        }
        return customers;
    }

    /** Sales lines of all orders in date order, numbered like the invoices of one ERP. */
    private static List<SalesLine> lines(List<Order> orders) {
        orders.sort(Comparator.comparing(Order::date).thenComparing(Order::customerId));
        List<SalesLine> lines = new ArrayList<>();
        int number = 100_001;
        for (Order order : orders) {
            String orderId = "SO-" + number++;
            for (Line line : order.lines()) {
                lines.add(new SalesLine(order.customerId(), order.date(), line.amount(), line.margin(),
                        line.product(), line.quantity(), orderId));
            }
        }
        return lines;
    }

    static <T> void shuffle(SplittableRandom random, List<T> list) {
        for (int i = list.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            T t = list.get(i);
            list.set(i, list.get(j));
            list.set(j, t);
        }
    }

    private record Order(String customerId, LocalDate date, List<Line> lines) {
    }

    private record Line(String product, BigDecimal amount, BigDecimal margin, BigDecimal quantity) {
    }

    /** The orders of one customer: how much it buys in which month, split into orders and lines. */
    private static final class CustomerSales {

        private final SplittableRandom random;
        private final Customer customer;
        private final DemoPattern pattern;
        private final double monthly;
        private final double baseMargin;
        private final List<DemoNames.Product> products;

        CustomerSales(SplittableRandom random, Customer customer, int rank, DemoPattern pattern, double monthly) {
            this.random = random;
            this.customer = customer;
            this.pattern = pattern;
            this.monthly = monthly;
            // Volume discounts: the largest customers get the thinnest margins.
            this.baseMargin = 0.17 + 0.13 * rank / CUSTOMERS;
            List<DemoNames.Product> all = new ArrayList<>(DemoNames.PRODUCTS);
            shuffle(random, all);
            this.products = all.subList(0, Math.max(2, 6 - rank / 60) + random.nextInt(3));
        }

        void addOrders(List<YearMonth> months, List<Order> orders) {
            double[] shape = pattern.shape(random, months, peakMonth());
            int first = -1;
            int last = -1;
            double sum = 0;
            for (int m = 0; m < shape.length; m++) {
                if (shape[m] > 0) {
                    first = first < 0 ? m : first;
                    last = m;
                    sum += shape[m];
                }
            }
            // Scaled so that the customer's average over the months it is a customer is its size, whatever the
            // pattern: a project buyer is as large as a regular one, it just buys in lumps.
            double scale = monthly * (last - first + 1) / sum;
            for (int m = first; m <= last; m++) {
                if (shape[m] > 0) {
                    addMonth(months.get(m), shape[m] * scale, orders);
                }
            }
        }

        private int peakMonth() {
            return switch (customer.industry()) {
                case "Construction" -> 5;
                case "Retail" -> 10;
                case "Energy" -> 1;
                case "Food and beverages" -> 9;
                case "Chemicals" -> 3;
                default -> 1 + random.nextInt(12);
            };
        }

        private void addMonth(YearMonth month, double amount, List<Order> orders) {
            int count = 1 + (int) Math.floor(StrictMath.log10(amount / 800)) + (random.nextInt(3) == 0 ? 1 : 0);
            count = Math.clamp(count, 1, 6);
            double[] shares = shares(count);
            for (int i = 0; i < count; i++) {
                double orderAmount = amount * shares[i];
                int maxLines = Math.clamp(5 + 2 * (int) Math.floor(StrictMath.log10(orderAmount / 1_000)), 2, 12);
                int lineCount = 1 + random.nextInt(maxLines);
                double[] lineShares = shares(lineCount);
                List<Line> lines = new ArrayList<>(lineCount);
                for (int j = 0; j < lineCount; j++) {
                    lines.add(line(orderAmount * lineShares[j]));
                }
                orders.add(new Order(customer.id(), businessDay(month), lines));
            }
        }

        private Line line(double value) {
            DemoNames.Product product = DemoNames.pick(random, products);
            BigDecimal amount = BigDecimal.valueOf(Math.max(1, value)).setScale(2, RoundingMode.HALF_UP);
            // Kept inside 10.5-39.5 % so that rounding to cents never leaves the 10-40 % band.
            double rate = Math.clamp(baseMargin + product.marginDelta() + random.nextDouble(-0.04, 0.04), 0.105,
                    0.395);
            BigDecimal margin = amount.multiply(BigDecimal.valueOf(rate)).setScale(2, RoundingMode.HALF_UP);
            double unitPrice = Math.min(value, random.nextDouble(product.minUnitPrice(), product.maxUnitPrice()));
            BigDecimal quantity = BigDecimal.valueOf(Math.max(1, Math.round(value / unitPrice)));
            return new Line(product.name(), amount, margin, quantity);
        }

        /** Random positive shares summing to 1, so that orders and lines differ in size. */
        private double[] shares(int count) {
            double[] shares = new double[count];
            double total = 0;
            for (int i = 0; i < count; i++) {
                shares[i] = random.nextDouble(0.2, 1.0);
                total += shares[i];
            }
            for (int i = 0; i < count; i++) {
                shares[i] /= total;
            }
            return shares;
        }

        /** A random working day of {@code month}: B2B customers do not order at weekends. */
        private LocalDate businessDay(YearMonth month) {
            LocalDate date = month.atDay(1 + random.nextInt(month.lengthOfMonth()));
            if (date.getDayOfWeek() == DayOfWeek.SATURDAY) {
                date = date.getDayOfMonth() > 1 ? date.minusDays(1) : date.plusDays(2);
            } else if (date.getDayOfWeek() == DayOfWeek.SUNDAY) {
                date = date.getDayOfMonth() < month.lengthOfMonth() ? date.plusDays(1) : date.minusDays(2);
            }
            return date;
        }
    }
}
