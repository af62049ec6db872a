package keystone.salesimport.internal;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.osgi.util.NLS;

import keystone.salesimport.AlreadyImportedException;
import keystone.salesimport.FileKind;
import keystone.salesimport.ImportBatch;
import keystone.salesimport.ImportException;
import keystone.salesimport.ImportReport;
import keystone.salesimport.LineProblem;
import keystone.salesimport.PeriodNotEmptyException;

/**
 * The second pass of an import, inside its one transaction: checks the database (same file? period taken?), stores
 * the customers, reads the file again and batch-inserts its good lines, and records the batch.
 *
 * <p>The lines' ids come from SALES_LINE's identity and are read back batch by batch; the import is accepted only
 * if they form one unbroken run, which is what lets IMPORT_BATCH record the batch as an id range. Under HSQLDB's
 * MVCC a table lock does not keep other writers out, so a concurrent insert could take an id in the middle; that
 * rare case fails the import (rolled back) rather than recording a range that holds someone else's line.</p>
 */
final class SalesWriter {

    /** Rows per JDBC batch: large enough to amortise the round trip, small enough to keep memory flat. */
    static final int BATCH = 10_000;

    /** What the writer stored. */
    record Written(long batchId, long imported, long skipped, int customersNew, int customersUpdated,
            long replacedLines) {
    }

    private final Connection c;
    private final Validation validation;
    private final boolean replacePeriod;
    private final ErrorFileWriter errors;

    /**
     * @param errors where bad lines go, or {@code null} when there are none; the caller moves it into place once the
     *               transaction is committed
     */
    SalesWriter(Connection c, Validation validation, boolean replacePeriod, ErrorFileWriter errors) {
        this.c = c;
        this.validation = validation;
        this.replacePeriod = replacePeriod;
        this.errors = errors;
    }

    /** Writes everything; the caller commits. */
    Written write(IProgressMonitor monitor) throws SQLException, IOException {
        ImportReport report = validation.report();
        refuseDuplicate(report);
        long replaced = replacePeriodOrRefuse(report);
        int[] customerCounts = storeCustomers();
        LineInserter inserter = new LineInserter(report);
        try (inserter) {
            LineScanner.Outcome outcome = LineScanner.scan(report.file(), report.detection(), report.mapping(),
                    monitor, inserter);
            inserter.flush();
            if (outcome.goodLines() != report.goodLines() || !outcome.sha256().equals(report.sha256())) {
                throw new ImportException(NLS.bind(Messages.Import_fileChanged, report.file().getFileName()));
            }
            if (inserter.stored == 0 || inserter.lastId - inserter.firstId + 1 != inserter.stored) {
                throw new ImportException(Messages.Import_concurrentWrite);
            }
            long batchId = BatchStore.insert(c, report.file().getFileName().toString(), report.sha256(),
                    report.firstDate(), report.lastDate(), inserter.stored, inserter.firstId, inserter.lastId, replaced,
                    Instant.now());
            return new Written(batchId, inserter.stored, report.badLines(), customerCounts[0], customerCounts[1],
                    replaced);
        }
    }

    private void refuseDuplicate(ImportReport report) throws SQLException {
        ImportBatch previous = BatchStore.bySha256(c, report.sha256()).orElse(null);
        if (previous != null) {
            throw new AlreadyImportedException(alreadyImported(report.file().getFileName().toString(), previous),
                    previous);
        }
    }

    static String alreadyImported(String file, ImportBatch previous) {
        String when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .format(previous.importedAt().atZone(ZoneId.systemDefault()));
        return NLS.bind(Messages.Import_alreadyImported,
                new Object[] {file, when, previous.id(), previous.fileName(), previous.lineCount()});
    }

    private long replacePeriodOrRefuse(ImportReport report) throws SQLException {
        long existing = BatchStore.linesInPeriod(c, report.firstDate(), report.lastDate());
        if (existing == 0) {
            return 0;
        }
        if (!replacePeriod) {
            throw new PeriodNotEmptyException(NLS.bind(Messages.Import_periodNotEmpty, new Object[] {
                    report.file().getFileName(), report.firstDate(), report.lastDate(), existing}),
                    report.firstDate(), report.lastDate(), existing);
        }
        return BatchStore.deletePeriod(c, report.firstDate(), report.lastDate());
    }

    /**
     * Adds the new customers and renames those whose name the file changes (one MERGE batch, which also copes with
     * a customer another writer added meanwhile); returns {new, renamed}. Customers the file does not name keep
     * their name.
     */
    private int[] storeCustomers() throws SQLException {
        Map<String, String> known = new HashMap<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT ID, NAME FROM CUSTOMER")) {
            while (rs.next()) {
                known.put(rs.getString(1), rs.getString(2));
            }
        }
        int added = 0;
        int renamed = 0;
        try (PreparedStatement merge = c.prepareStatement("MERGE INTO CUSTOMER t USING (VALUES (CAST(? AS VARCHAR(64)), "
                + "CAST(? AS VARCHAR(400)))) AS n (ID, NAME) ON t.ID = n.ID WHEN MATCHED THEN UPDATE SET t.NAME = n.NAME "
                + "WHEN NOT MATCHED THEN INSERT (ID, NAME) VALUES (n.ID, n.NAME)")) {
            for (Map.Entry<String, String> customer : validation.customers().entrySet()) {
                String name = customer.getValue();
                boolean isNew = !known.containsKey(customer.getKey());
                if (isNew || name != null && !Objects.equals(name, known.get(customer.getKey()))) {
                    merge.setString(1, customer.getKey());
                    merge.setString(2, name == null ? "" : name);
                    merge.addBatch();
                    if (isNew) {
                        added++;
                    } else {
                        renamed++;
                    }
                }
            }
            if (added + renamed > 0) {
                merge.executeBatch(); // HSQLDB refuses an empty batch
            }
        }
        return new int[] {added, renamed};
    }

    /** Inserts good lines in batches and writes bad ones to the error file. */
    private final class LineInserter implements LineScanner.Sink, AutoCloseable {
        private final PreparedStatement insert;
        private final ImportReport report;
        private int pending;
        private long stored;
        private long firstId;
        private long lastId;

        LineInserter(ImportReport report) throws SQLException {
            this.report = report;
            this.insert = c.prepareStatement("INSERT INTO SALES_LINE (CUSTOMER_ID, SALE_DATE, AMOUNT, MARGIN, PRODUCT, "
                    + "QUANTITY, ORDER_ID) VALUES (?, ?, ?, ?, ?, ?, ?)", new String[] {"ID"});
        }

        @Override
        public void header(SourceRow header, RowSource source) throws IOException {
            if (errors != null) {
                errors.header(text(header, source));
            }
        }

        @Override
        public void good(SourceRow row, ParsedLine line) throws SQLException {
            insert.setString(1, line.customerId());
            insert.setObject(2, line.date());
            insert.setBigDecimal(3, line.amount());
            if (line.margin() == null) {
                insert.setNull(4, Types.DECIMAL);
            } else {
                insert.setBigDecimal(4, line.margin());
            }
            insert.setString(5, line.product());
            if (line.quantity() == null) {
                insert.setNull(6, Types.DECIMAL);
            } else {
                insert.setBigDecimal(6, line.quantity());
            }
            insert.setString(7, line.orderId());
            insert.addBatch();
            if (++pending == BATCH) {
                flush();
            }
        }

        void flush() throws SQLException {
            if (pending == 0) {
                return;
            }
            insert.executeBatch();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                while (keys.next()) {
                    long id = keys.getLong(1);
                    if (stored++ == 0) {
                        firstId = id;
                    }
                    lastId = id;
                }
            }
            pending = 0;
        }

        @Override
        public void bad(SourceRow row, List<LineProblem> problems, RowSource source) throws IOException {
            if (errors == null) {
                throw new ImportException(NLS.bind(Messages.Import_errorFileNeeded, report.badLines()));
            }
            errors.line(text(row, source), problems);
        }

        private String text(SourceRow row, RowSource source) throws IOException {
            if (report.detection().kind() == FileKind.CSV) {
                return source.originalText(row);
            }
            List<String> values = new ArrayList<>();
            for (int i = 0; row.values() != null && i < row.values().length; i++) {
                values.add(row.text(i));
            }
            return ErrorFileWriter.csvRecord(values);
        }

        @Override
        public void close() throws SQLException {
            insert.close();
        }
    }
}
