package keystone.store.internal;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

import keystone.model.KeystoneTopics;
import keystone.model.sales.Customer;
import keystone.model.sales.SalesLine;
import keystone.model.sales.SalesService;
import keystone.store.Database;
import keystone.store.sales.Decimals;
import keystone.store.sales.LineBuffer;
import keystone.store.sales.SalesLines;

/**
 * {@link SalesService} on the shared HSQLDB database (table CUSTOMER and the sales lines of {@link SalesLines}).
 */
@Component(service = SalesService.class)
public final class SalesStore implements SalesService {

    private final Database database;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile EventAdmin events;

    @Activate
    public SalesStore(@Reference Database database) {
        this.database = database;
    }

    @Override
    public void add(Collection<Customer> customers, Collection<SalesLine> lines) {
        database.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("MERGE INTO CUSTOMER t USING (VALUES (CAST(? AS VARCHAR(64)), "
                    + "CAST(? AS VARCHAR(400)), CAST(? AS VARCHAR(100)), CAST(? AS VARCHAR(200)))) AS n (ID, NAME, COUNTRY, "
                    + "INDUSTRY) ON t.ID = n.ID WHEN MATCHED THEN UPDATE SET t.NAME = n.NAME, t.COUNTRY = n.COUNTRY, "
                    + "t.INDUSTRY = n.INDUSTRY WHEN NOT MATCHED THEN INSERT VALUES (n.ID, n.NAME, n.COUNTRY, n.INDUSTRY)")) {
                for (Customer customer : customers) {
                    ps.setString(1, customer.id());
                    ps.setString(2, customer.name());
                    ps.setString(3, customer.country());
                    ps.setString(4, customer.industry());
                    ps.addBatch();
                }
                if (!customers.isEmpty()) {
                    ps.executeBatch(); // HSQLDB refuses an empty batch
                }
            }
            LineBuffer buffer = new LineBuffer();
            for (SalesLine line : lines) {
                buffer.add(line);
            }
            SalesLines.append(c, buffer);
            return null;
        });
        EventAdmin admin = events;
        if (admin != null) { // inside an outer transaction: only once it has committed
            database.afterCommit(() -> admin.postEvent(new Event(KeystoneTopics.SALES_CHANGED, Map.of())));
        }
    }

    @Override
    public List<Customer> customers() {
        return database.read(c -> {
            List<Customer> result = new ArrayList<>();
            try (Statement st = c.createStatement();
                    ResultSet rs = st.executeQuery("SELECT ID, NAME, COUNTRY, INDUSTRY FROM CUSTOMER ORDER BY ID")) {
                while (rs.next()) {
                    result.add(new Customer(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)));
                }
            }
            return result;
        });
    }

    @Override
    public Optional<Customer> customer(String id) {
        return database.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT ID, NAME, COUNTRY, INDUSTRY FROM CUSTOMER WHERE ID = ?")) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(new Customer(rs.getString(1), rs.getString(2), rs.getString(3),
                            rs.getString(4))) : Optional.empty();
                }
            }
        });
    }

    @Override
    public int customerCount() {
        return (int) count("CUSTOMER");
    }

    @Override
    public long salesLineCount() {
        return database.read(SalesLines::count);
    }

    private long count(String table) {
        return database.read(c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + table)) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    @Override
    public Map<String, BigDecimal> revenueByCustomer(LocalDate from, LocalDate to) {
        return database.read(c -> {
            int fromDay = (int) from.toEpochDay();
            int toDay = (int) to.toEpochDay();
            Map<String, Decimals.Sum> sums = new TreeMap<>();
            SalesLines.forPeriod(c, from, to, block -> block.addAmounts(fromDay, toDay,
                    sums.computeIfAbsent(block.customerId(), id -> new Decimals.Sum())));
            Map<String, BigDecimal> result = new LinkedHashMap<>();
            sums.forEach((customer, sum) -> {
                if (sum.count() > 0) { // a block may reach into the period without a line in it
                    result.put(customer, sum.value());
                }
            });
            return result;
        });
    }

}
