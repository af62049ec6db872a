package keystone.salesimport.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Comparator;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.core.runtime.NullProgressMonitor;

import keystone.abcxyz.internal.SalesCube;
import keystone.abcxyz.internal.SalesCubeLoader;
import keystone.salesimport.BadLinePolicy;
import keystone.salesimport.ColumnMapping;
import keystone.salesimport.ImportOptions;
import keystone.salesimport.ImportReport;
import keystone.salesimport.ImportResult;
import keystone.store.internal.BenchEngines;
import keystone.store.internal.HsqlEngine;

/**
 * Benchmark of a sales import into the durable store (issue 5: goal 300,000 lines/s), end to end through the code
 * the CLI's {@code import-sales} runs ({@link SalesImportComponent#importFile}: detection, validation, one
 * transaction into a fresh HSQLDB file database with the real migrations), against an anchor measured in the same
 * run: reading the same CSV with commons-csv and summing its amount column. Run it with
 * {@code releng/bench-import.sh [--lines=N] [--customers=N] [--months=N] [--runs=N]}.
 */
public final class ImportBench {

    private ImportBench() {
    }

    public static void main(String[] args) throws Exception {
        int lines = option(args, "lines", 300_000);
        int customers = option(args, "customers", 30_000);
        int months = option(args, "months", 24);
        int runs = option(args, "runs", 3);
        Path root = Path.of(System.getProperty("keystone.bench.root", "."));
        Path coreScript = root.resolve("plugins/keystone.store/sql/core/V001__customers_sales_accounts.sql");
        Path importScript = root.resolve("plugins/keystone.salesimport/sql/V001__import_batches_profiles.sql");
        Path work = Files.createTempDirectory("keystone-import-bench");
        try {
            Path csv = work.resolve("sales.csv");
            long t = System.nanoTime();
            generate(csv, lines, customers, months);
            System.out.printf("date %s, %d cores, %s, Java %s, max heap %d MB%n", LocalDateTime.now().withNano(0),
                    Runtime.getRuntime().availableProcessors(), cpuModel(), System.getProperty("java.version"),
                    Runtime.getRuntime().maxMemory() >> 20);
            System.out.printf("generated %,d lines, %,d customers, %d months: %.1f MB in %.1f s%n", lines, customers,
                    months, Files.size(csv) / 1e6, (System.nanoTime() - t) / 1e9);

            ColumnMapping mapping = ColumnMapping.parse("customer=Customer,name=Customer Name,date=Date,amount=Amount,"
                    + "margin=Margin,product=Product,quantity=Quantity,order=Order");
            ImportOptions options = ImportOptions.detecting(mapping);

            long[] anchor = new long[runs];
            long[] validate = new long[runs];
            long[] imports = new long[runs];
            long[] close = new long[runs];
            long[] readBack = new long[runs];
            long[] followUp = new long[runs];
            int monthLines = Math.max(1, lines / months);
            Path nextMonth = work.resolve("next-month.csv");
            generate(nextMonth, monthLines, customers, 1, LocalDate.of(2026, 12, 1));
            long[] importCpu = new long[runs];
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            BigDecimal sum = sumAmounts(csv); // warms the anchor's code up
            for (int run = 0; run < runs; run++) {
                long a0 = System.nanoTime();
                sum = sumAmounts(csv);
                anchor[run] = System.nanoTime() - a0;

                Path dir = work.resolve("db" + run);
                HsqlEngine engine = BenchEngines.open(dir, coreScript, importScript);
                try {
                    SalesImportComponent service = new SalesImportComponent(engine);
                    long v0 = System.nanoTime();
                    ImportReport report = service.validate(csv, options, new NullProgressMonitor());
                    validate[run] = System.nanoTime() - v0;
                    if (report.goodLines() != lines || report.badLines() != 0) {
                        throw new AssertionError("validation: " + report.describe(5));
                    }
                    long cpu0 = threads.getCurrentThreadCpuTime();
                    long i0 = System.nanoTime();
                    ImportResult result = service.importFile(csv, options, BadLinePolicy.ABORT, null, false,
                            new NullProgressMonitor());
                    imports[run] = System.nanoTime() - i0;
                    importCpu[run] = threads.getCurrentThreadCpuTime() - cpu0;
                    long stored = engine.read(c -> {
                        // SALES_BLOCK.AMOUNT is each block's exact sum of its lines' amounts
                        try (Statement st = c.createStatement();
                                ResultSet rs = st.executeQuery("SELECT SUM(LINE_COUNT), SUM(AMOUNT) FROM SALES_BLOCK")) {
                            rs.next();
                            if (rs.getBigDecimal(2).compareTo(sumAmounts(csv)) != 0) {
                                throw new AssertionError("stored amounts differ from the file");
                            }
                            return rs.getLong(1);
                        } catch (IOException e) {
                            throw new AssertionError(e);
                        }
                    });
                    if (result.imported() != lines || stored != lines || result.customersNew() > customers) {
                        throw new AssertionError("imported " + result.imported() + ", stored " + stored);
                    }
                    long f0 = System.nanoTime();
                    ImportResult month = service.importFile(nextMonth, options, BadLinePolicy.ABORT, null, false,
                            new NullProgressMonitor());
                    followUp[run] = System.nanoTime() - f0;
                    if (month.imported() != monthLines) {
                        throw new AssertionError("follow-up month: imported " + month.imported());
                    }
                    long r0 = System.nanoTime();
                    SalesCube cube = SalesCubeLoader.load(engine, new NullProgressMonitor());
                    readBack[run] = System.nanoTime() - r0;
                    if (cube.customers() != result.customersNew() + month.customersNew()) {
                        throw new AssertionError("read back " + cube.customers() + " customers");
                    }
                } finally {
                    long c0 = System.nanoTime();
                    engine.close(); // SHUTDOWN: checkpoint; not part of the import the user waits for
                    close[run] = System.nanoTime() - c0;
                }
                System.out.printf("run %d: anchor %.2f s, validate only %.2f s, import %.2f s (%,.0f lines/s; "
                        + "CPU of the importing thread %.2f s), next month's %,d lines %.2f s, ABC-XYZ cube read back "
                        + "%.2f s, shutdown %.2f s%n", run + 1, anchor[run] / 1e9, validate[run] / 1e9,
                        imports[run] / 1e9, lines / (imports[run] / 1e9), importCpu[run] / 1e9, monthLines,
                        followUp[run] / 1e9, readBack[run] / 1e9, close[run] / 1e9);
            }
            double anchorRate = lines / (median(anchor) / 1e9);
            double validateRate = lines / (median(validate) / 1e9);
            double importRate = lines / (median(imports) / 1e9);
            System.out.printf("amount checksum %s%n", sum);
            System.out.printf("anchor   commons-csv parse + sum amount:   median %,10.0f lines/s%n", anchorRate);
            System.out.printf("keystone validate (first pass only):    median %,10.0f lines/s  (%.1fx the anchor's time)%n",
                    validateRate, anchorRate / validateRate);
            System.out.printf("keystone import end to end (durable):   median %,10.0f lines/s  (%.1fx the anchor's time)%n",
                    importRate, anchorRate / importRate);
            System.out.printf("keystone import, CPU of the importing thread: median %.2f s (other load on the "
                    + "machine shows as wall time above CPU time)%n", median(importCpu) / 1e9);
            System.out.printf("next month (%,d lines) imported into the populated database: median %.2f s%n",
                    monthLines, median(followUp) / 1e9);
            System.out.printf("ABC-XYZ sales cube read back from the store: median %.2f s (%,.0f lines/s)%n",
                    median(readBack) / 1e9, lines / (median(readBack) / 1e9));
            System.out.printf("goal 300,000 lines/s: %.1f%% reached%n", 100 * importRate / 300_000);
        } finally {
            try (Stream<Path> walk = Files.walk(work)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /**
     * An ERP export in date order: Pareto-sized customers buying across the months, several lines per order, some
     * names quoted because they hold the delimiter.
     */
    static void generate(Path csv, int lines, int customers, int months) throws IOException {
        generate(csv, lines, customers, months, LocalDate.of(2026, 11, 1));
    }

    /** Like {@link #generate(Path, int, int, int)}, for the {@code months} before {@code end}. */
    static void generate(Path csv, int lines, int customers, int months, LocalDate end) throws IOException {
        SplittableRandom random = new SplittableRandom(42);
        double[] weight = new double[customers];
        double total = 0;
        for (int c = 0; c < customers; c++) {
            total += weight[c] = Math.pow(c + 1, -0.8);
        }
        double[] cumulative = new double[customers];
        double running = 0;
        for (int c = 0; c < customers; c++) {
            cumulative[c] = (running += weight[c]) / total;
        }
        LocalDate first = end.minusMonths(months);
        int days = (int) (end.toEpochDay() - first.toEpochDay());
        try (BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            out.write("Customer,Customer Name,Date,Amount,Margin,Product,Quantity,Order\n");
            long order = 4_500_000;
            int written = 0;
            for (int day = 0; day < days && written < lines; day++) {
                int today = (int) ((long) lines * (day + 1) / days) - written;
                LocalDate date = first.plusDays(day);
                while (today > 0) {
                    int customer = Arrays.binarySearch(cumulative, random.nextDouble());
                    customer = customer < 0 ? Math.min(-customer - 1, customers - 1) : customer;
                    int orderLines = Math.min(today, 1 + random.nextInt(4));
                    order++;
                    for (int l = 0; l < orderLines; l++) {
                        int quantity = 1 + random.nextInt(50);
                        BigDecimal price = BigDecimal.valueOf(random.nextLong(100, 50_000), 2);
                        BigDecimal amount = price.multiply(BigDecimal.valueOf(quantity));
                        BigDecimal margin = amount.multiply(BigDecimal.valueOf(random.nextInt(5, 40), 2))
                                .setScale(2, RoundingMode.HALF_UP);
                        String name = customer % 10 == 0 ? "\"Handel " + customer + ", Meier & Söhne KG\""
                                : "Kunde " + customer + " GmbH";
                        out.write(String.format("K%06d,%s,%s,%s,%s,P-%04d,%d,SO-%d%n", customer, name, date,
                                amount.toPlainString(), margin.toPlainString(), random.nextInt(2_000), quantity, order));
                    }
                    today -= orderLines;
                    written += orderLines;
                }
            }
        }
    }

    /** The anchor: the same file through commons-csv, summing the amounts. */
    static BigDecimal sumAmounts(Path csv) throws IOException {
        BigDecimal sum = BigDecimal.ZERO;
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            for (CSVRecord record : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                sum = sum.add(new BigDecimal(record.get(3)));
            }
        }
        return sum;
    }

    private static String cpuModel() {
        try (Stream<String> cpuinfo = Files.lines(Path.of("/proc/cpuinfo"))) {
            return cpuinfo.filter(l -> l.startsWith("model name")).findFirst().map(l -> l.replaceFirst(".*:\\s*", ""))
                    .orElse(System.getProperty("os.arch"));
        } catch (IOException e) {
            return System.getProperty("os.arch");
        }
    }

    private static int option(String[] args, String name, int fallback) {
        for (String arg : args) {
            if (arg.startsWith("--" + name + "=")) {
                return Integer.parseInt(arg.substring(name.length() + 3).replace("_", "").replace(",", ""));
            }
        }
        return fallback;
    }

    private static double median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
