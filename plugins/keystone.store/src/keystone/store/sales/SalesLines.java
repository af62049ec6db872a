package keystone.store.sales;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;

import keystone.store.internal.Messages;

/**
 * Where sales lines live: table SALES_BLOCK of the core schema, one row per block of up to {@value #BLOCK_LINES}
 * lines of one customer, the lines encoded in a VARBINARY column (see {@link BlockCodec}). Everything runs on the
 * caller's connection and transaction, so an import is as atomic and durable as any other write.
 *
 * <p>Why not a row per line: HSQLDB's per-row cost (cached-table index maintenance, the foreign-key check and a
 * text log record per row) capped imports at about 55,000 lines/s. A row per customer and import keeps the same
 * guarantees at a fraction of the rows, and readers that want one customer's lines read only that customer's
 * blocks through the index on CUSTOMER_ID. Lines keep ids in file order: every append takes one unbroken range from
 * SALES_LINE_ID, whose single row also serialises concurrent appends.</p>
 */
public final class SalesLines {

    /** The table of the blocks. */
    public static final String TABLE = "SALES_BLOCK";

    /** Lines per block at most, which also bounds a block's bytes well below the column's limit. */
    public static final int BLOCK_LINES = 8_192;

    /** Bounds for "unbounded" periods that every SQL DATE compares with sensibly. */
    private static final LocalDate EARLIEST = LocalDate.of(1, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(9999, 12, 31);

    /** Blocks per query when reading many: at most about 200 x 8,192 lines in memory at once. */
    private static final int SLICE = 200;

    /** Customers between two looks at the cancel button when appending. */
    private static final int CHECK_EVERY = 64;

    /** Rows per JDBC batch when appending. */
    private static final int BATCH = 500;

    private static final String COLUMNS = "CUSTOMER_ID, FIRST_DATE, LAST_DATE, FIRST_LINE_ID, LAST_LINE_ID, "
            + "LINE_COUNT, AMOUNT, LINES";
    private static final String INSERT = "INSERT INTO SALES_BLOCK (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)";

    private SalesLines() {
    }

    /** Receives decoded blocks. */
    @FunctionalInterface
    public interface BlockVisitor {
        void block(SalesBlock block) throws SQLException;
    }

    /**
     * Stores the buffer's lines; they receive the ids {@code first .. first + size - 1} in buffer order. Every
     * customer must exist in CUSTOMER. The caller commits.
     *
     * @return the first id, or 0 for an empty buffer
     */
    public static long append(Connection c, LineBuffer lines) throws SQLException {
        return append(c, lines, null);
    }

    /**
     * {@link #append(Connection, LineBuffer)}, reporting progress to {@code monitor} (may be {@code null}).
     *
     * @throws OperationCanceledException when cancelled; the caller rolls back
     */
    public static long append(Connection c, LineBuffer lines, IProgressMonitor monitor) throws SQLException {
        int size = lines.size();
        if (size == 0) {
            return 0;
        }
        long first = takeIds(c, size);
        // counting sort by customer; stable, so each customer's lines stay in file (id) order
        int customers = lines.customerCount();
        int[] start = new int[customers + 1];
        for (int i = 0; i < size; i++) {
            start[lines.customer(i) + 1]++;
        }
        for (int k = 0; k < customers; k++) {
            start[k + 1] += start[k];
        }
        int[] order = new int[size];
        int[] next = java.util.Arrays.copyOf(start, customers);
        for (int i = 0; i < size; i++) {
            order[next[lines.customer(i)]++] = i;
        }
        SubMonitor progress = SubMonitor.convert(monitor, customers);
        try (PreparedStatement ps = c.prepareStatement(INSERT)) {
            int pending = 0;
            // in customer id order, so that the index on CUSTOMER_ID grows along one edge instead of all over
            Integer[] byId = new Integer[customers];
            for (int k = 0; k < customers; k++) {
                byId[k] = k;
            }
            java.util.Arrays.sort(byId, java.util.Comparator.comparing(lines::customerId));
            for (int n = 0; n < customers; n++) {
                int k = byId[n];
                for (int from = start[k]; from < start[k + 1]; from += BLOCK_LINES) {
                    int to = Math.min(from + BLOCK_LINES, start[k + 1]);
                    bind(ps, lines.customerId(k), BlockCodec.slice(lines, order, from, to, first));
                    ps.addBatch();
                    if (++pending == BATCH) {
                        ps.executeBatch();
                        pending = 0;
                    }
                }
                if (n % CHECK_EVERY == 0 && progress.isCanceled()) {
                    throw new OperationCanceledException();
                }
                progress.worked(1);
            }
            if (pending > 0) {
                ps.executeBatch();
            }
        }
        return first;
    }

    /**
     * Stores one block as it is, ids included (for moving lines stored otherwise); at most {@value #BLOCK_LINES}
     * lines. The caller keeps SALES_LINE_ID above every id it stores this way.
     */
    public static void insert(Connection c, SalesBlock block) throws SQLException {
        if (block.size() > BLOCK_LINES) {
            throw new IllegalArgumentException("a block holds at most " + BLOCK_LINES + " lines");
        }
        try (PreparedStatement ps = c.prepareStatement(INSERT)) {
            bind(ps, block.customerId(), BlockCodec.whole(block));
            ps.executeUpdate();
        }
    }

    /**
     * Takes {@code count} ids from SALES_LINE_ID. Its one row is created on first use (so that an empty database
     * holds no rows), above every stored line's id; updating that row serialises concurrent appends.
     */
    private static long takeIds(Connection c, int count) throws SQLException {
        try (PreparedStatement update = c.prepareStatement("UPDATE SALES_LINE_ID SET NEXT_ID = NEXT_ID + ?")) {
            update.setLong(1, count);
            if (update.executeUpdate() == 0) {
                try (PreparedStatement insert = c.prepareStatement("INSERT INTO SALES_LINE_ID (ONLY_ROW, NEXT_ID) "
                        + "SELECT 1, COALESCE(MAX(LAST_LINE_ID), 0) + 1 + ? FROM SALES_BLOCK")) {
                    insert.setLong(1, count);
                    insert.executeUpdate();
                } catch (SQLIntegrityConstraintViolationException e) {
                    // another first append created the row meanwhile: take the ids after its own
                    if (update.executeUpdate() != 1) {
                        throw e;
                    }
                }
            }
        }
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT NEXT_ID FROM SALES_LINE_ID")) {
            rs.next();
            return rs.getLong(1) - count;
        }
    }

    private static void bind(PreparedStatement ps, String customerId, BlockCodec.Source lines) throws SQLException {
        Summary summary = Summary.of(lines);
        ps.setString(1, customerId);
        ps.setObject(2, summary.firstDate());
        ps.setObject(3, summary.lastDate());
        ps.setLong(4, lines.id(0));
        ps.setLong(5, lines.id(lines.size() - 1));
        ps.setInt(6, lines.size());
        ps.setBigDecimal(7, summary.amount());
        ps.setBytes(8, BlockCodec.encode(lines));
    }

    /** What a block's columns say about its lines besides ids and count. */
    private record Summary(LocalDate firstDate, LocalDate lastDate, BigDecimal amount) {
        static Summary of(BlockCodec.Source lines) {
            int firstDay = Integer.MAX_VALUE;
            int lastDay = Integer.MIN_VALUE;
            Decimals.Sum amount = new Decimals.Sum();
            for (int k = 0; k < lines.size(); k++) {
                firstDay = Math.min(firstDay, lines.day(k));
                lastDay = Math.max(lastDay, lines.day(k));
                amount.add(lines.amount(k));
            }
            return new Summary(LocalDate.ofEpochDay(firstDay), LocalDate.ofEpochDay(lastDay), amount.value());
        }
    }

    /** Every stored line, block by block (in no particular order of customers). */
    public static void forAll(Connection c, BlockVisitor visitor) throws SQLException {
        sliced(c, "", null, null, visitor);
    }

    /**
     * The blocks that hold lines dated in {@code [from, to]} ({@code null}: unbounded), of every customer. The
     * blocks may hold other lines too.
     */
    public static void forPeriod(Connection c, LocalDate from, LocalDate to, BlockVisitor visitor)
            throws SQLException {
        sliced(c, " AND LAST_DATE >= ? AND FIRST_DATE <= ?", from == null ? EARLIEST : from,
                to == null ? LATEST : to, visitor);
    }

    /**
     * Reads blocks in slices along the primary key: HSQLDB materialises a whole result before returning its first
     * row, so one query over every block would hold every block in memory at once.
     */
    private static void sliced(Connection c, String condition, LocalDate from, LocalDate to, BlockVisitor visitor)
            throws SQLException {
        inSnapshot(c, () -> readSlices(c, condition, from == null ? List.of() : List.<Object>of(from, to), visitor));
    }

    /** Work of several queries that must see one state of the database. */
    @FunctionalInterface
    private interface Reads {
        void run() throws SQLException;
    }

    /**
     * Runs {@code reads} in one snapshot when the connection is not in a transaction already: otherwise an import
     * committed between two queries (a replaced period rewrites blocks in place and adds new ones) could be counted
     * partly twice.
     */
    private static void inSnapshot(Connection c, Reads reads) throws SQLException {
        boolean ownTransaction = c.getAutoCommit();
        int isolation = c.getTransactionIsolation();
        if (ownTransaction) {
            c.setAutoCommit(false);
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        }
        try {
            reads.run();
        } finally {
            if (ownTransaction) {
                c.commit(); // read only: ends the snapshot
                c.setTransactionIsolation(isolation);
                c.setAutoCommit(true);
            }
        }
    }

    /** Reads the blocks matching {@code condition} (with {@code parameters}) in slices along the primary key. */
    private static void readSlices(Connection c, String condition, List<Object> parameters, BlockVisitor visitor)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT ID, CUSTOMER_ID, LINES FROM SALES_BLOCK WHERE ID > ?"
                + condition + " ORDER BY ID LIMIT " + SLICE)) {
            for (int i = 0; i < parameters.size(); i++) {
                ps.setObject(i + 2, parameters.get(i));
            }
            long after = Long.MIN_VALUE;
            int rows;
            do {
                ps.setLong(1, after);
                rows = 0;
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows++;
                        after = rs.getLong(1);
                        visitor.block(BlockCodec.decode(rs.getString(2), rs.getBytes(3)));
                    }
                }
            } while (rows == SLICE);
        }
    }

    /**
     * The total amount of all lines dated in {@code [from, to]}: blocks wholly inside the period count with their
     * stored AMOUNT, only the blocks across its ends are decoded.
     */
    public static BigDecimal amountBetween(Connection c, LocalDate from, LocalDate to) throws SQLException {
        Decimals.Sum sum = new Decimals.Sum();
        BigDecimal[] inside = {BigDecimal.ZERO};
        int fromDay = (int) from.toEpochDay();
        int toDay = (int) to.toEpochDay();
        inSnapshot(c, () -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT SUM(AMOUNT) FROM SALES_BLOCK "
                    + "WHERE FIRST_DATE >= ? AND LAST_DATE <= ?")) {
                ps.setObject(1, from);
                ps.setObject(2, to);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next() && rs.getBigDecimal(1) != null) {
                        inside[0] = rs.getBigDecimal(1);
                    }
                }
            }
            readSlices(c, " AND LAST_DATE >= ? AND FIRST_DATE <= ? AND (FIRST_DATE < ? OR LAST_DATE > ?)",
                    List.<Object>of(from, to, from, to), block -> block.addAmounts(fromDay, toDay, sum));
        });
        return sum.value().add(inside[0]);
    }

    /** How many blocks are stored (for progress). */
    public static int blockCount(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM SALES_BLOCK")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /**
     * The blocks of one customer that hold lines dated in {@code [from, to]} ({@code null}: unbounded), in id
     * order. The blocks may hold other lines too.
     */
    public static void forCustomer(Connection c, String customerId, LocalDate from, LocalDate to,
            BlockVisitor visitor) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT CUSTOMER_ID, LINES FROM SALES_BLOCK "
                + "WHERE CUSTOMER_ID = ? AND LAST_DATE >= ? AND FIRST_DATE <= ? ORDER BY FIRST_LINE_ID")) {
            ps.setString(1, customerId);
            ps.setObject(2, from == null ? EARLIEST : from);
            ps.setObject(3, to == null ? LATEST : to);
            read(ps, visitor);
        }
    }

    private static void read(PreparedStatement ps, BlockVisitor visitor) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                visitor.block(BlockCodec.decode(rs.getString(1), rs.getBytes(2)));
            }
        }
    }

    /** Receives decoded blocks of the customers linked to accounts. */
    @FunctionalInterface
    public interface AccountBlockVisitor {
        void block(long accountId, SalesBlock block) throws SQLException;
    }

    /**
     * The blocks of the customers linked to accounts (ACCOUNT.CUSTOMER_ID) that hold lines dated in
     * {@code [from, to]} ({@code null}: unbounded), of every account or only of {@code onlyAccountId}; in order of
     * account and line id. The blocks may hold other lines too.
     */
    public static void forAccounts(Connection c, Long onlyAccountId, LocalDate from, LocalDate to,
            AccountBlockVisitor visitor) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT a.ID, b.CUSTOMER_ID, b.LINES FROM ACCOUNT a "
                + "JOIN SALES_BLOCK b ON b.CUSTOMER_ID = a.CUSTOMER_ID WHERE b.LAST_DATE >= ? AND b.FIRST_DATE <= ?"
                + (onlyAccountId == null ? "" : " AND a.ID = ?") + " ORDER BY a.ID, b.FIRST_LINE_ID")) {
            ps.setObject(1, from == null ? EARLIEST : from);
            ps.setObject(2, to == null ? LATEST : to);
            if (onlyAccountId != null) {
                ps.setLong(3, onlyAccountId);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    visitor.block(rs.getLong(1), BlockCodec.decode(rs.getString(2), rs.getBytes(3)));
                }
            }
        }
    }

    /** How many lines are stored. */
    public static long count(Connection c) throws SQLException {
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT COALESCE(SUM(LINE_COUNT), 0) FROM SALES_BLOCK")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** How many stored lines are dated in {@code [from, to]}. */
    public static long countBetween(Connection c, LocalDate from, LocalDate to) throws SQLException {
        int fromDay = (int) from.toEpochDay();
        int toDay = (int) to.toEpochDay();
        long[] count = {0};
        forPeriod(c, from, to, block -> count[0] += block.countWithin(fromDay, toDay));
        return count[0];
    }

    /**
     * Deletes the lines dated in {@code [from, to]}: blocks wholly inside go, the others are written again with
     * the lines outside the period. The caller commits.
     *
     * @return how many lines were deleted
     */
    public static long deleteBetween(Connection c, LocalDate from, LocalDate to) throws SQLException {
        int fromDay = (int) from.toEpochDay();
        int toDay = (int) to.toEpochDay();
        long deleted = 0;
        List<Long> ids = new ArrayList<>(); // ids first, then one block at a time: bounded memory
        try (PreparedStatement select = c.prepareStatement("SELECT ID FROM SALES_BLOCK "
                + "WHERE LAST_DATE >= ? AND FIRST_DATE <= ? ORDER BY ID")) {
            select.setObject(1, from);
            select.setObject(2, to);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        try (PreparedStatement read = c.prepareStatement("SELECT CUSTOMER_ID, LINES FROM SALES_BLOCK WHERE ID = ?");
                PreparedStatement delete = c.prepareStatement("DELETE FROM SALES_BLOCK WHERE ID = ?");
                PreparedStatement update = c.prepareStatement("UPDATE SALES_BLOCK SET (" + COLUMNS
                        + ") = (?, ?, ?, ?, ?, ?, ?, ?) WHERE ID = ?")) {
            for (long id : ids) {
                SalesBlock block;
                read.setLong(1, id);
                try (ResultSet rs = read.executeQuery()) {
                    rs.next();
                    block = BlockCodec.decode(rs.getString(1), rs.getBytes(2));
                }
                int[] kept = new int[block.size()];
                int count = 0;
                for (int i = 0; i < block.size(); i++) {
                    if (!block.within(i, fromDay, toDay)) {
                        kept[count++] = i;
                    }
                }
                deleted += block.size() - count;
                if (count == 0) {
                    delete.setLong(1, id);
                    delete.executeUpdate();
                } else if (count < block.size()) {
                    bind(update, block.customerId(), BlockCodec.subset(block, kept, count));
                    update.setLong(9, id);
                    update.executeUpdate();
                }
            }
        }
        return deleted;
    }

    /**
     * Checks every stored block against its columns and every line id for uniqueness, for data that did not come
     * through {@link #append} (a JSON import). Reads in slices of one snapshot.
     *
     * @throws CorruptBlockException naming the first block that is wrong, by its ID
     */
    public static void verify(Connection c) throws SQLException {
        long[] ids = new long[1024];
        int count = 0;
        try (PreparedStatement ps = c.prepareStatement("SELECT ID, CUSTOMER_ID, FIRST_DATE, LAST_DATE, FIRST_LINE_ID, "
                + "LAST_LINE_ID, LINE_COUNT, AMOUNT, LINES FROM SALES_BLOCK WHERE ID > ? ORDER BY ID LIMIT " + SLICE)) {
            long after = Long.MIN_VALUE;
            int rows;
            do {
                ps.setLong(1, after);
                rows = 0;
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows++;
                        after = rs.getLong(1);
                        SalesBlock block;
                        try {
                            block = BlockCodec.decode(rs.getString(2), rs.getBytes(9));
                        } catch (CorruptBlockException e) {
                            throw new CorruptBlockException(NLS.bind(Messages.Verify_inBlock, after, e.reason()));
                        }
                        String wrong = mismatch(block, rs);
                        if (wrong != null) {
                            throw new CorruptBlockException(NLS.bind(Messages.Verify_inBlock, after, wrong));
                        }
                        if (count + block.size() > ids.length) {
                            ids = java.util.Arrays.copyOf(ids, Math.max(ids.length * 2, count + block.size()));
                        }
                        for (int i = 0; i < block.size(); i++) {
                            ids[count++] = block.id(i);
                        }
                    }
                }
            } while (rows == SLICE);
        }
        java.util.Arrays.sort(ids, 0, count);
        for (int i = 1; i < count; i++) {
            if (ids[i] == ids[i - 1]) {
                throw new CorruptBlockException(NLS.bind(Messages.Verify_duplicateLineId, ids[i]));
            }
        }
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT NEXT_ID FROM SALES_LINE_ID")) {
            if (rs.next() && count > 0 && rs.getLong(1) <= ids[count - 1]) {
                throw new CorruptBlockException(NLS.bind(Messages.Verify_nextId, rs.getLong(1), ids[count - 1]));
            }
        }
    }

    /** What in the row's columns disagrees with its decoded lines, or {@code null}. */
    private static String mismatch(SalesBlock block, ResultSet rs) throws SQLException {
        if (block.size() == 0 || block.size() > BLOCK_LINES || block.size() != rs.getInt(7)) {
            return NLS.bind(Messages.Verify_lineCount, rs.getInt(7), block.size());
        }
        Summary summary = Summary.of(BlockCodec.whole(block));
        if (!summary.firstDate().equals(rs.getObject(3, LocalDate.class))
                || !summary.lastDate().equals(rs.getObject(4, LocalDate.class))) {
            return NLS.bind(Messages.Verify_dates, summary.firstDate(), summary.lastDate());
        }
        if (block.id(0) != rs.getLong(5) || block.id(block.size() - 1) != rs.getLong(6)) {
            return NLS.bind(Messages.Verify_lineIds, block.id(0), block.id(block.size() - 1));
        }
        if (summary.amount().compareTo(rs.getBigDecimal(8)) != 0) {
            return NLS.bind(Messages.Verify_amount, rs.getBigDecimal(8).toPlainString(),
                    summary.amount().toPlainString());
        }
        return null;
    }
}
