package keystone.demo;

import java.util.List;

import keystone.model.account.Account;
import keystone.model.sales.Customer;
import keystone.model.sales.SalesLine;

/**
 * One complete set of demo data: key accounts, all customers and their sales lines.
 *
 * @param accounts  the key accounts, each linked to one of {@code customers}
 * @param customers all customers, ordered by id
 * @param lines     the sales lines, in date order
 */
public record DemoData(List<Account> accounts, List<Customer> customers, List<SalesLine> lines) {

    public DemoData {
        accounts = List.copyOf(accounts);
        customers = List.copyOf(customers);
        lines = List.copyOf(lines);
    }
}
