package keystone.testsupport;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import keystone.model.account.Account;
import keystone.model.account.AccountService;
import keystone.model.account.AccountType;
import keystone.model.sales.Customer;
import keystone.model.sales.SalesLine;
import keystone.model.sales.SalesService;
import keystone.model.store.DatabaseService;

/**
 * Builds a real Keystone database in a directory (normally a JUnit temp dir) through the real services, with
 * just the records a test names. Close it after the test so the next one can open another.
 */
public final class FixtureDatabase implements AutoCloseable {

    private final DatabaseService database;
    private final List<Customer> customers = new ArrayList<>();
    private final List<SalesLine> lines = new ArrayList<>();
    private final List<Account> accounts = new ArrayList<>();

    private FixtureDatabase(Path directory) {
        database = Services.get(DatabaseService.class);
        if (database.isOpen()) {
            database.close();
        }
        database.open(directory);
    }

    /** Opens (creating) a database in {@code directory}, closing any database open before. */
    public static FixtureDatabase in(Path directory) {
        return new FixtureDatabase(directory);
    }

    public FixtureDatabase customer(String id, String name) {
        customers.add(new Customer(id, name, "", ""));
        return this;
    }

    public FixtureDatabase sale(String customerId, LocalDate date, String amount) {
        lines.add(new SalesLine(customerId, date, new BigDecimal(amount), null, "", null, ""));
        return this;
    }

    public FixtureDatabase account(String name, AccountType type) {
        accounts.add(Account.draft(name, type));
        return this;
    }

    public FixtureDatabase account(Account account) {
        accounts.add(account);
        return this;
    }

    /** Stores everything added so far; returns the accounts as stored (with ids). */
    public List<Account> build() {
        Services.get(SalesService.class).add(customers, lines);
        AccountService service = Services.get(AccountService.class);
        List<Account> stored = new ArrayList<>();
        for (Account account : accounts) {
            stored.add(service.create(account));
        }
        customers.clear();
        lines.clear();
        accounts.clear();
        return stored;
    }

    public DatabaseService database() {
        return database;
    }

    /** How many rows {@code table} holds now (through {@link DatabaseService#info()}). */
    public long rowCount(String table) {
        Long rows = database.info().rowCounts().get(table);
        if (rows == null) {
            throw new IllegalArgumentException("no table " + table);
        }
        return rows;
    }

    @Override
    public void close() {
        database.close();
    }
}
