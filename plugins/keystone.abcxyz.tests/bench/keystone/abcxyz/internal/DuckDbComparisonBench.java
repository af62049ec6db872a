package keystone.abcxyz.internal;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;

import keystone.abcxyz.Classification;
import keystone.abcxyz.CustomerResult;
import keystone.abcxyz.Settings;

/**
 * Issue 5's comparison: the same generated data set (100,000 customers, about 5.3 million order lines over 36
 * months, written to one CSV file) classified by DuckDB (SQL with window functions, a bench-only dependency) and by
 * Keystone's engine, in the same run, with {@code Arrays.sort} of 100,000 doubles as the anchor. It also checks that
 * both put every customer in the same cell. Run it with {@code releng/bench-abcxyz.sh --duckdb}.
 */
public final class DuckDbComparisonBench {

    private static final int CUSTOMERS = 100_000;
    private static final int LINES = 5_300_000;
    private static final YearMonth LAST = YearMonth.of(2026, 10);
    private static final int RUNS = 11;
    private static final int WARMUP = 15;

    private DuckDbComparisonBench() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("keystone-bench");
        Path csv = dir.resolve("sales.csv");
        long t = System.nanoTime();
        generate(csv);
        System.out.printf("generated %,d lines (%d MB) in %.1f s%n", LINES, Files.size(csv) >> 20, secondsSince(t));
        Settings settings = Settings.defaults(LAST);

        t = System.nanoTime();
        AbcXyzEngine engine = new AbcXyzEngine(readCube(csv));
        double keystoneLoad = secondsSince(t);
        long[] keystone = new long[RUNS];
        Classification ours = null;
        for (int i = 0; i < WARMUP; i++) {
            engine.classify(settings);
        }
        for (int i = 0; i < RUNS; i++) {
            long s = System.nanoTime();
            ours = engine.classify(settings);
            keystone[i] = System.nanoTime() - s;
        }

        Class.forName("org.duckdb.DuckDBDriver");
        long[] duck = new long[RUNS];
        Map<String, String> duckCells = new HashMap<>();
        double duckLoad;
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement()) {
            t = System.nanoTime();
            st.execute("CREATE TABLE sales AS SELECT * FROM read_csv('" + csv + "', header = true, columns = "
                    + "{'customer': 'VARCHAR', 'd': 'DATE', 'amount': 'DECIMAL(18,2)'})");
            duckLoad = secondsSince(t);
            for (int i = 0; i < WARMUP; i++) {
                try (ResultSet rs = st.executeQuery(sql(settings))) {
                    while (rs.next()) {
                        rs.getString(2);
                    }
                }
            }
            for (int i = 0; i < RUNS; i++) {
                duckCells.clear();
                long s = System.nanoTime();
                try (ResultSet rs = st.executeQuery(sql(settings))) {
                    while (rs.next()) {
                        duckCells.put(rs.getString(1), rs.getString(2));
                    }
                }
                duck[i] = System.nanoTime() - s;
            }
        }

        double[] values = new SplittableRandom(1).doubles(CUSTOMERS).toArray();
        long[] anchor = new long[RUNS];
        for (int i = 0; i < WARMUP * 4; i++) {
            Arrays.sort(values.clone());
        }
        for (int i = 0; i < RUNS; i++) {
            double[] copy = values.clone();
            long s = System.nanoTime();
            Arrays.sort(copy);
            anchor[i] = System.nanoTime() - s;
        }

        int mismatches = 0;
        for (CustomerResult r : ours.results()) {
            if (!r.cell().equals(duckCells.get(r.customerId()))) {
                mismatches++;
            }
        }
        System.out.printf("customers classified: keystone %d, duckdb %d, different cells: %d%n", ours.results().size(),
                duckCells.size(), mismatches);
        System.out.printf("load: keystone cube from CSV %.1f s, duckdb read_csv %.1f s%n", keystoneLoad, duckLoad);
        double a = median(anchor);
        System.out.printf("anchor Arrays.sort(100k doubles): median %.2f ms%n", a / 1e6);
        System.out.printf("keystone classification: median %.1f ms (ratio to anchor %.1f)%n", median(keystone) / 1e6,
                median(keystone) / a);
        System.out.printf("duckdb classification: median %.1f ms (ratio to anchor %.1f)%n", median(duck) / 1e6,
                median(duck) / a);
        Files.delete(csv);
        Files.delete(dir);
    }

    /** The classification in SQL: monthly sums in the window (missing months count as 0), rank, shares, CV. */
    private static String sql(Settings s) {
        LocalDate from = s.from().atDay(1);
        LocalDate to = s.to().plusMonths(1).atDay(1);
        int months = s.months();
        return "WITH w AS (SELECT customer, date_trunc('month', d) AS m, sum(amount)::DOUBLE AS v FROM sales "
                + "WHERE d >= DATE '" + from + "' AND d < DATE '" + to + "' GROUP BY ALL), "
                + "c AS (SELECT customer, sum(v) AS total, sum(v * v) AS sq FROM w GROUP BY customer), "
                + "r AS (SELECT customer, total, sq, coalesce(sum(total) OVER (ORDER BY total DESC, customer "
                + "ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS before, sum(total) OVER () AS grand FROM c) "
                + "SELECT customer, (CASE WHEN total <= 0 THEN 'C' WHEN before / grand < " + s.aCut() + " THEN 'A' "
                + "WHEN before / grand < " + s.bCut() + " THEN 'B' ELSE 'C' END) || (CASE WHEN total <= 0 THEN 'Z' "
                + "WHEN sqrt(greatest(sq / " + months + " - (total / " + months + ") ^ 2, 0)) / (total / " + months
                + ") <= " + s.xCut() + " THEN 'X' WHEN sqrt(greatest(sq / " + months + " - (total / " + months
                + ") ^ 2, 0)) / (total / " + months + ") <= " + s.yCut() + " THEN 'Y' ELSE 'Z' END) FROM r";
    }

    private static void generate(Path csv) throws Exception {
        SplittableRandom random = new SplittableRandom(7);
        double[] weight = new double[CUSTOMERS];
        double sum = 0;
        for (int c = 0; c < CUSTOMERS; c++) {
            weight[c] = Math.pow(c + 1, -0.9);
            sum += weight[c];
        }
        double[] cumulative = new double[CUSTOMERS];
        double running = 0;
        for (int c = 0; c < CUSTOMERS; c++) {
            running += weight[c] / sum;
            cumulative[c] = running;
        }
        LocalDate first = LAST.minusMonths(35).atDay(1);
        int days = (int) (LAST.atEndOfMonth().toEpochDay() - first.toEpochDay()) + 1;
        try (BufferedWriter out = Files.newBufferedWriter(csv)) {
            out.write("customer,d,amount\n");
            for (int i = 0; i < LINES; i++) {
                int c = Arrays.binarySearch(cumulative, random.nextDouble());
                c = c < 0 ? Math.min(-c - 1, CUSTOMERS - 1) : c;
                LocalDate day = first.plusDays(random.nextInt(days));
                long cents = 1000 + random.nextLong(200_000);
                out.write("C" + c + "," + day + "," + cents / 100 + "." + String.format("%02d", cents % 100) + "\n");
            }
        }
    }

    private static SalesCube readCube(Path csv) throws Exception {
        SalesCube.Builder builder = SalesCube.builder();
        try (BufferedReader in = Files.newBufferedReader(csv)) {
            in.readLine();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                int a = line.indexOf(',');
                int b = line.indexOf(',', a + 1);
                int year = Integer.parseInt(line, a + 1, a + 5, 10);
                int month = Integer.parseInt(line, a + 6, a + 8, 10);
                int dot = line.indexOf('.', b);
                long units = (Long.parseLong(line, b + 1, dot, 10) * 100 + Long.parseLong(line, dot + 1, line.length(), 10))
                        * (SalesCube.UNITS / 100);
                builder.add(line.substring(0, a), year * 12 + month - 1, units, 0, 1);
            }
        }
        return builder.build();
    }

    private static double secondsSince(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    private static double median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
