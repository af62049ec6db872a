package keystone.store.internal;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

import keystone.model.KeystoneTopics;
import keystone.model.account.Account;
import keystone.model.account.AccountService;
import keystone.model.account.AccountSummary;
import keystone.model.account.AccountType;
import keystone.model.account.AccountValidator;
import keystone.model.store.StoreException;
import keystone.store.Database;
import keystone.store.sales.Decimals;
import keystone.store.sales.SalesLines;
import keystone.store.Jdbc;

/**
 * {@link AccountService} on the shared HSQLDB database (table ACCOUNT of the core schema).
 */
@Component(service = AccountService.class)
public final class AccountStore implements AccountService {

    private static final String COLUMNS = "NAME, ACCOUNT_TYPE, INDUSTRY, COUNTRY, REGION, EMPLOYEES, ANNUAL_REVENUE, "
            + "CURRENCY, WEBSITE, OWNER, TEAM, CUSTOMER_ID, HISTORY, STRUCTURE, ENVIRONMENT";

    private final Database database;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile EventAdmin events;

    @Activate
    public AccountStore(@Reference Database database) {
        this.database = database;
    }

    /** Zero at the scale of amounts, as SQL's COALESCE(SUM(AMOUNT), 0) gave it. */
    private static final BigDecimal NO_REVENUE = Decimals.decimal(0);

    @Override
    public List<AccountSummary> summaries(LocalDate asOf) {
        return database.read(c -> {
            // revenue of (asOf - 12 months, asOf]
            LocalDate after = asOf.minusMonths(12);
            int fromDay = (int) after.toEpochDay() + 1;
            int toDay = (int) asOf.toEpochDay();
            Map<Long, Decimals.Sum> revenue = new HashMap<>();
            SalesLines.forAccounts(c, null, after.plusDays(1), asOf, (account, block) -> block.addAmounts(fromDay,
                    toDay, revenue.computeIfAbsent(account, k -> new Decimals.Sum())));
            List<AccountSummary> result = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT a.ID, a.NAME, a.ACCOUNT_TYPE, a.OWNER, a.INDUSTRY, "
                    + "a.COUNTRY FROM ACCOUNT a ORDER BY LOWER(a.NAME), a.ID")) {
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Decimals.Sum sum = revenue.get(rs.getLong(1));
                        result.add(new AccountSummary(rs.getLong(1), rs.getString(2), AccountType.parse(rs.getString(3)),
                                rs.getString(4), rs.getString(5), rs.getString(6),
                                sum == null || sum.count() == 0 ? NO_REVENUE : sum.value()));
                    }
                }
            }
            return result;
        });
    }

    @Override
    public Optional<Account> find(long id) {
        return database.read(c -> find(c, id));
    }

    private static Optional<Account> find(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT ID, " + COLUMNS + " FROM ACCOUNT WHERE ID = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(map(rs)) : Optional.empty();
            }
        }
    }

    static Account map(ResultSet rs) throws SQLException {
        int employees = rs.getInt(7);
        Integer employeesOrNull = rs.wasNull() ? null : employees;
        return new Account(rs.getLong(1), rs.getString(2), AccountType.parse(rs.getString(3)), rs.getString(4),
                rs.getString(5), rs.getString(6), employeesOrNull, rs.getBigDecimal(8), rs.getString(9),
                rs.getString(10), rs.getString(11), rs.getString(12), rs.getString(13), rs.getString(14),
                rs.getString(15), rs.getString(16));
    }

    @Override
    public Account create(Account account) {
        requireValid(account);
        Account stored = database.inTransaction(c -> {
            String sql = account.isNew()
                    ? "INSERT INTO ACCOUNT (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                    : "INSERT INTO ACCOUNT (" + COLUMNS + ", ID) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
            try (PreparedStatement ps = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
                bind(ps, account);
                if (!account.isNew()) {
                    ps.setLong(16, account.id());
                }
                ps.executeUpdate();
                if (!account.isNew()) {
                    return account;
                }
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    return account.withId(keys.getLong(1));
                }
            }
        });
        post(KeystoneTopics.ACCOUNT_CREATED, stored.id());
        return stored;
    }

    @Override
    public Account update(Account account) {
        requireValid(account);
        database.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE ACCOUNT SET NAME = ?, ACCOUNT_TYPE = ?, INDUSTRY = ?, "
                    + "COUNTRY = ?, REGION = ?, EMPLOYEES = ?, ANNUAL_REVENUE = ?, CURRENCY = ?, WEBSITE = ?, OWNER = ?, "
                    + "TEAM = ?, CUSTOMER_ID = ?, HISTORY = ?, STRUCTURE = ?, ENVIRONMENT = ? WHERE ID = ?")) {
                bind(ps, account);
                ps.setLong(16, account.id());
                if (ps.executeUpdate() != 1) {
                    throw new StoreException(NLS.bind(Messages.Account_deleted, account.name()));
                }
            }
            return null;
        });
        post(KeystoneTopics.ACCOUNT_UPDATED, account.id());
        return account;
    }

    @Override
    public Optional<Account> delete(long id) {
        Optional<Account> deleted = database.inTransaction(c -> {
            Optional<Account> existing = find(c, id);
            if (existing.isPresent()) {
                try (PreparedStatement ps = c.prepareStatement("DELETE FROM ACCOUNT WHERE ID = ?")) {
                    ps.setLong(1, id);
                    ps.executeUpdate();
                }
            }
            return existing;
        });
        deleted.ifPresent(a -> post(KeystoneTopics.ACCOUNT_DELETED, id));
        return deleted;
    }

    @Override
    public int count() {
        return database.read(c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM ACCOUNT")) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    private static void requireValid(Account account) {
        List<AccountValidator.Problem> problems = AccountValidator.validate(account);
        if (!problems.isEmpty()) {
            AccountValidator.Problem first = problems.get(0);
            throw new StoreException(NLS.bind(Messages.Account_invalid, new Object[] {account.name(),
                    first.field().name().toLowerCase(java.util.Locale.ROOT),
                    first.rule().name().toLowerCase(java.util.Locale.ROOT)}));
        }
    }

    private static void bind(PreparedStatement ps, Account a) throws SQLException {
        ps.setString(1, a.name());
        ps.setString(2, a.type().name());
        ps.setString(3, a.industry());
        ps.setString(4, a.country());
        ps.setString(5, a.region());
        if (a.employees() == null) {
            ps.setNull(6, Types.INTEGER);
        } else {
            ps.setInt(6, a.employees());
        }
        Jdbc.setDecimal(ps, 7, a.annualRevenue());
        ps.setString(8, a.currency());
        ps.setString(9, a.website());
        ps.setString(10, a.owner());
        ps.setString(11, a.team());
        ps.setString(12, a.customerId());
        ps.setString(13, a.history());
        ps.setString(14, a.structure());
        ps.setString(15, a.environment());
    }

    private void post(String topic, long id) {
        EventAdmin admin = events;
        if (admin != null) {
            database.afterCommit(() -> admin.postEvent(new Event(topic, Map.of(KeystoneTopics.PROPERTY_ID, id))));
        }
    }
}
