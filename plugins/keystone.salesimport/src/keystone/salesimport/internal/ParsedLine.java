package keystone.salesimport.internal;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A valid line of a sales file, its values converted.
 *
 * @param customerName the name, or {@code null} when the mapping has no name column or the value is empty
 * @param margin       {@code null} when not mapped or empty; likewise {@code quantity}
 * @param product      empty when not mapped; likewise {@code orderId}
 */
record ParsedLine(String customerId, String customerName, LocalDate date, BigDecimal amount, BigDecimal margin,
        String product, BigDecimal quantity, String orderId) {
}
