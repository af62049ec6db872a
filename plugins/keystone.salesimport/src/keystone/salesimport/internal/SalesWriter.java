package keystone.salesimport.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.osgi.util.NLS;

import keystone.salesimport.AlreadyImportedException;
import keystone.salesimport.ImportBatch;
import keystone.salesimport.ImportReport;
import keystone.salesimport.PeriodNotEmptyException;
import keystone.store.sales.LineBuffer;
import keystone.store.sales.SalesLines;

/**
 * The writing part of an import, inside its one transaction: checks the database (same file? period taken?), stores
 * the customers, then the good lines the validating pass kept (see {@link SalesLines#append}), and records the
 * batch with the unbroken range of line ids the lines received.
 */
final class SalesWriter {

    /** What the writer stored. */
    record Written(ImportReport report, long batchId, long imported, long skipped, int customersNew,
            int customersUpdated, long replacedLines) {
    }

    private final Connection c;
    private final Validation validation;
    private final LineBuffer lines;
    private final boolean replacePeriod;

    SalesWriter(Connection c, Validation validation, LineBuffer lines, boolean replacePeriod) {
        this.c = c;
        this.validation = validation;
        this.lines = lines;
        this.replacePeriod = replacePeriod;
    }

    /** Writes everything; the caller commits. */
    Written write(IProgressMonitor monitor) throws SQLException {
        ImportReport report = validation.report();
        refuseDuplicate(report);
        long replaced = replacePeriodOrRefuse(report);
        int[] customerCounts = storeCustomers();
        long firstId = SalesLines.append(c, lines, monitor);
        long batchId = BatchStore.insert(c, report.file().getFileName().toString(), report.sha256(),
                report.firstDate(), report.lastDate(), lines.size(), firstId, firstId + lines.size() - 1, replaced,
                Instant.now());
        return new Written(report, batchId, lines.size(), report.badLines(), customerCounts[0], customerCounts[1], replaced);
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
        if (replacePeriod) {
            return BatchStore.deletePeriod(c, report.firstDate(), report.lastDate());
        }
        long existing = BatchStore.linesInPeriod(c, report.firstDate(), report.lastDate());
        if (existing == 0) {
            return 0;
        }
        throw new PeriodNotEmptyException(NLS.bind(Messages.Import_periodNotEmpty, new Object[] {
                report.file().getFileName(), report.firstDate(), report.lastDate(), existing}),
                report.firstDate(), report.lastDate(), existing);
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
            // in id order: the primary key index then grows along one edge
            for (Map.Entry<String, String> customer : new TreeMap<>(validation.customers()).entrySet()) {
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
}
