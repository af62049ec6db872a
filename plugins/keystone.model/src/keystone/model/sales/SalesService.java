package keystone.model.sales;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Customers and their sales lines, the raw material of every analysis. Writes are transactions.
 */
public interface SalesService {

    /** Adds customers and sales lines in one transaction; a customer that exists already is updated. */
    void add(Collection<Customer> customers, Collection<SalesLine> lines);

    List<Customer> customers();

    Optional<Customer> customer(String id);

    int customerCount();

    long salesLineCount();

    /** Revenue per customer with sales in {@code [from, to]} (both inclusive). */
    Map<String, BigDecimal> revenueByCustomer(LocalDate from, LocalDate to);
}
