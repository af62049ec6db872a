package keystone.model.sales;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One line of an order or invoice from an ERP export.
 *
 * @param customerId the customer it was sold to
 * @param date       the date of the sale
 * @param amount     the revenue of the line
 * @param margin     its margin, or {@code null} when the export has none
 * @param product    product or product group, may be empty
 * @param quantity   quantity sold, or {@code null}
 * @param orderId    the order or invoice number, may be empty
 */
public record SalesLine(String customerId, LocalDate date, BigDecimal amount, BigDecimal margin, String product,
        BigDecimal quantity, String orderId) {

    public SalesLine {
        if (customerId == null || customerId.isBlank()) {
            throw new IllegalArgumentException("customer id is empty");
        }
        java.util.Objects.requireNonNull(date, "date");
        java.util.Objects.requireNonNull(amount, "amount");
        product = product == null ? "" : product;
        orderId = orderId == null ? "" : orderId;
    }
}
