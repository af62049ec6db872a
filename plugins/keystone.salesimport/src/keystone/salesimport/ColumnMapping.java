package keystone.salesimport;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * Which column of a sales file holds which value. Customer id, date and amount are required; the customer's name
 * is optional (without it new customers get an empty name and known customers keep theirs), as are margin,
 * product, quantity and order id.
 */
public record ColumnMapping(ColumnRef customerId, ColumnRef customerName, ColumnRef date, ColumnRef amount,
        ColumnRef margin, ColumnRef product, ColumnRef quantity, ColumnRef orderId) {

    public ColumnMapping {
        Objects.requireNonNull(customerId, "customer id column");
        Objects.requireNonNull(date, "date column");
        Objects.requireNonNull(amount, "amount column");
    }

    public static ColumnMapping of(ColumnRef customerId, ColumnRef date, ColumnRef amount) {
        return new ColumnMapping(customerId, null, date, amount, null, null, null, null);
    }

    /** Builds a mapping from fields to columns; the required fields must be there. */
    public static ColumnMapping of(Map<ImportField, ColumnRef> columns) {
        return new ColumnMapping(columns.get(ImportField.CUSTOMER_ID), columns.get(ImportField.CUSTOMER_NAME),
                columns.get(ImportField.DATE), columns.get(ImportField.AMOUNT), columns.get(ImportField.MARGIN),
                columns.get(ImportField.PRODUCT), columns.get(ImportField.QUANTITY), columns.get(ImportField.ORDER_ID));
    }

    /**
     * Reads {@code customer=Kunde,date=3,amount=Betrag[,name=...,margin=...,product=...,quantity=...,order=...]}, as
     * the command line takes it; a column is a header name or a 1-based position.
     */
    public static ColumnMapping parse(String text) {
        Map<ImportField, ColumnRef> columns = new EnumMap<>(ImportField.class);
        for (String part : text.split(",")) {
            int eq = part.indexOf('=');
            if (eq < 1) {
                throw new IllegalArgumentException("expected field=column, found '" + part + "'");
            }
            columns.put(ImportField.ofKey(part.substring(0, eq)), ColumnRef.parse(part.substring(eq + 1)));
        }
        for (ImportField field : ImportField.values()) {
            if (field.required() && !columns.containsKey(field)) {
                throw new IllegalArgumentException("the mapping needs a column for '" + field.key() + "'");
            }
        }
        return of(columns);
    }

    /** The column of {@code field}, or {@code null} when the mapping leaves it out. */
    public ColumnRef get(ImportField field) {
        return switch (field) {
            case CUSTOMER_ID -> customerId;
            case CUSTOMER_NAME -> customerName;
            case DATE -> date;
            case AMOUNT -> amount;
            case MARGIN -> margin;
            case PRODUCT -> product;
            case QUANTITY -> quantity;
            case ORDER_ID -> orderId;
        };
    }

    /** The mapped fields and their columns, in field order. */
    public Map<ImportField, ColumnRef> asMap() {
        Map<ImportField, ColumnRef> result = new EnumMap<>(ImportField.class);
        for (ImportField field : ImportField.values()) {
            if (get(field) != null) {
                result.put(field, get(field));
            }
        }
        return result;
    }

    public ColumnMapping with(ImportField field, ColumnRef column) {
        Map<ImportField, ColumnRef> columns = asMap();
        if (column == null) {
            columns.remove(field);
        } else {
            columns.put(field, column);
        }
        return of(columns);
    }

    /** The inverse of {@link #parse(String)}. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        asMap().forEach((field, column) -> sb.append(sb.isEmpty() ? "" : ",").append(field.key()).append('=')
                .append(column));
        return sb.toString();
    }
}
