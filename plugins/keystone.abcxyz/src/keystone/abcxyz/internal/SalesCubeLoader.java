package keystone.abcxyz.internal;

import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

import keystone.store.Database;
import keystone.store.sales.Decimals;
import keystone.store.sales.SalesLines;

/**
 * Reads the {@link SalesCube} from the shared database: every sales line (see {@link SalesLines}), summed per
 * customer and month here rather than in SQL, plus customer names and key-account flags.
 *
 * <p>The lines arrive as blocks of one customer each, read in slices of the block table, so the memory HSQLDB holds
 * at any time stays bounded whatever the size of the database.</p>
 */
public final class SalesCubeLoader {

    /** ACCOUNT.CUSTOMER_ID is unique, so the join gives each customer once. */
    private static final String CUSTOMERS = "SELECT c.ID, c.NAME, a.ID FROM CUSTOMER c LEFT JOIN ACCOUNT a "
            + "ON a.CUSTOMER_ID = c.ID ORDER BY c.ID";

    private static final int CHECK_EVERY = 256;

    private SalesCubeLoader() {
    }

    /**
     * @throws OperationCanceledException when cancelled through {@code monitor}
     */
    public static SalesCube load(Database database, IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, Messages.Task_loadingSales, 100);
        return database.read(c -> {
            SalesCube.Builder builder = SalesCube.builder();
            progress.subTask(Messages.Task_readingCustomers);
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(CUSTOMERS)) {
                while (rs.next()) {
                    String id = rs.getString(1);
                    rs.getLong(3);
                    boolean keyAccount = !rs.wasNull(); // read before another column, which wasNull would report on
                    builder.customer(id, rs.getString(2), keyAccount);
                }
            }
            progress.worked(5);
            progress.subTask(Messages.Task_readingSales);
            SubMonitor blocks = progress.split(95).setWorkRemaining(Math.max(1, SalesLines.blockCount(c)));
            MonthSum sum = new MonthSum(builder);
            int[] seen = {0};
            SalesLines.forAll(c, block -> {
                for (int i = 0; i < block.size(); i++) {
                    int day = block.day(i);
                    LocalDate date = LocalDate.ofEpochDay(day);
                    long margin = block.marginUnscaled(i);
                    sum.add(block.customerId(), date.getYear() * 12 + date.getMonthValue() - 1,
                            block.amountUnscaled(i), margin == Decimals.NONE ? 0 : margin);
                }
                if (++seen[0] % CHECK_EVERY == 0) {
                    blocks.split(CHECK_EVERY); // throws OperationCanceledException when cancelled
                }
            });
            sum.flush();
            return builder.build();
        });
    }

    /**
     * Sums consecutive lines of one customer and month before they reach the builder: a block holds one customer's
     * lines in file order, which ERP exports keep by date, so the builder sees about one entry per customer and
     * month, not one per line.
     */
    private static final class MonthSum {

        private final SalesCube.Builder builder;
        private String customer;
        private int month;
        private long revenue;
        private long margin;
        private int lines;

        MonthSum(SalesCube.Builder builder) {
            this.builder = builder;
        }

        void add(String customerId, int monthIndex, long revenueUnits, long marginUnits) {
            if (lines > 0 && (monthIndex != month || !customerId.equals(customer))) {
                flush();
            }
            customer = customerId;
            month = monthIndex;
            revenue = Math.addExact(revenue, revenueUnits);
            margin = Math.addExact(margin, marginUnits);
            lines++;
        }

        void flush() {
            if (lines > 0) {
                builder.add(customer, month, revenue, margin, lines);
            }
            revenue = 0;
            margin = 0;
            lines = 0;
        }
    }
}
