package keystone.model.sales;

/**
 * A customer as it appears in imported sales: every customer, key account or not.
 *
 * @param id       the customer's id in the ERP export
 * @param name     the customer's name
 * @param country  country, may be empty
 * @param industry industry, may be empty
 */
public record Customer(String id, String name, String country, String industry) {

    public Customer {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("customer id is empty");
        }
        name = name == null ? "" : name;
        country = country == null ? "" : country;
        industry = industry == null ? "" : industry;
    }
}
