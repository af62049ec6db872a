package keystone.salesimport.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.eclipse.osgi.util.NLS;

import keystone.salesimport.Detection;
import keystone.salesimport.ImportField;
import keystone.salesimport.LineProblem;
import keystone.store.sales.Decimals;
import keystone.store.sales.LineBuffer;
import keystone.salesimport.ThousandsSeparator;

/**
 * Checks one record of a sales file against the mapping and converts its values, or says - per column - what is
 * wrong with it. The limits are those of the store (table CUSTOMER, {@link Decimals}), so that a valid line always
 * fits.
 */
final class LineValidator {

    static final int MAX_CUSTOMER_ID = LineBuffer.MAX_CUSTOMER_ID;
    static final int MAX_CUSTOMER_NAME = 400;
    static final int MAX_PRODUCT = LineBuffer.MAX_PRODUCT;
    static final int MAX_ORDER_ID = LineBuffer.MAX_ORDER_ID;
    /** The store keeps four decimal places and 14 digits before the point (see {@link Decimals}). */
    static final int MAX_SCALE = Decimals.SCALE;
    static final int MAX_INTEGER_DIGITS = Decimals.MAX_INTEGER_DIGITS;
    /** Excel's last date, 9999-12-31. */
    private static final long MAX_EXCEL_SERIAL = 2_958_465;

    private final String file;
    private final ResolvedColumns columns;
    private final boolean checkWidth;
    private final NumberParser numbers;
    private final DateParser dates;
    private final String numberExample;

    LineValidator(String file, ResolvedColumns columns, Detection detection, boolean checkWidth) {
        this.file = file;
        this.columns = columns;
        this.checkWidth = checkWidth;
        this.numbers = new NumberParser(detection.decimalSeparator(), detection.thousandsSeparator());
        this.dates = new DateParser(detection.datePattern());
        char decimal = detection.decimalSeparator().character();
        ThousandsSeparator thousands = detection.thousandsSeparator();
        this.numberExample = switch (thousands) {
            case NONE -> "1234" + decimal + "56";
            case COMMA -> "1,234" + decimal + "56";
            case POINT -> "1.234" + decimal + "56";
            case SPACE -> "1 234" + decimal + "56";
            case APOSTROPHE -> "1'234" + decimal + "56";
        };
    }

    /** The line's values, or {@code null} when it is bad; its problems are added to {@code problems}. */
    ParsedLine validate(SourceRow row, List<LineProblem> problems) {
        int misfit = checkWidth ? misfit(row.values()) : -1;
        if (misfit >= 0) {
            // the values are shifted, so no single field can be judged; name where the line leaves the header
            String value = misfit < row.values().length ? row.text(misfit) : "";
            problems.add(new LineProblem(file, row.line(), columns.columnName(misfit), value,
                    NLS.bind(Messages.Problem_width, row.values().length, columns.width())));
            return null;
        }
        int before = problems.size();
        String customerId = customerId(row, problems);
        String name = text(row, ImportField.CUSTOMER_NAME, MAX_CUSTOMER_NAME, problems);
        LocalDate date = date(row, problems);
        BigDecimal amount = number(row, ImportField.AMOUNT, true, problems);
        BigDecimal margin = number(row, ImportField.MARGIN, false, problems);
        String product = text(row, ImportField.PRODUCT, MAX_PRODUCT, problems);
        BigDecimal quantity = number(row, ImportField.QUANTITY, false, problems);
        String orderId = text(row, ImportField.ORDER_ID, MAX_ORDER_ID, problems);
        if (problems.size() > before) {
            return null;
        }
        return new ParsedLine(customerId, name.isEmpty() ? null : name, date, amount, margin, product, quantity,
                orderId);
    }

    /**
     * The first column where the line's values stop fitting the header - the first missing or the first extra
     * non-empty one - or -1 when they fit. Extra empty values are accepted: exports often end lines with a delimiter.
     */
    private int misfit(Object[] values) {
        if (values.length < columns.width()) {
            return values.length;
        }
        for (int i = columns.width(); i < values.length; i++) {
            if (!Values.text(values[i]).isBlank()) {
                return i;
            }
        }
        return -1;
    }

    private Object value(SourceRow row, ImportField field) {
        int i = columns.index(field);
        return i < 0 || i >= row.values().length ? null : row.values()[i];
    }

    private void problem(List<LineProblem> problems, SourceRow row, ImportField field, String value, String reason) {
        problems.add(new LineProblem(file, row.line(), columns.name(field), value, reason));
    }

    private String customerId(SourceRow row, List<LineProblem> problems) {
        String id = Values.text(value(row, ImportField.CUSTOMER_ID)).strip();
        if (id.isEmpty()) {
            problem(problems, row, ImportField.CUSTOMER_ID, id, Messages.Problem_missing);
        } else if (id.length() > MAX_CUSTOMER_ID) {
            problem(problems, row, ImportField.CUSTOMER_ID, id, NLS.bind(Messages.Problem_tooLong,
                    Values.abbreviate(id), MAX_CUSTOMER_ID));
        } else if (id.charAt(0) == '-' && numbers.parse(id) != null) {
            // a negative number is no customer id: a shifted column or an overflowed numeric field
            problem(problems, row, ImportField.CUSTOMER_ID, id, NLS.bind(Messages.Problem_negativeId, id));
        }
        return id;
    }

    private String text(SourceRow row, ImportField field, int maxLength, List<LineProblem> problems) {
        if (columns.index(field) < 0) {
            return "";
        }
        String text = Values.text(value(row, field)).strip();
        if (text.length() > maxLength) {
            problem(problems, row, field, text, NLS.bind(Messages.Problem_tooLong, Values.abbreviate(text),
                    maxLength));
        }
        return text;
    }

    private LocalDate date(SourceRow row, List<LineProblem> problems) {
        Object value = value(row, ImportField.DATE);
        if (value instanceof LocalDateTime dateTime) {
            return dateTime.toLocalDate();
        }
        if (value instanceof BigDecimal serial) {
            if (serial.signum() > 0 && serial.compareTo(BigDecimal.valueOf(MAX_EXCEL_SERIAL)) <= 0) {
                return XlsxRowSource.excelDateTime(serial, false).toLocalDate();
            }
            problem(problems, row, ImportField.DATE, serial.toPlainString(),
                    NLS.bind(Messages.Problem_notDate, serial.toPlainString(), dates.pattern()));
            return null;
        }
        String text = Values.text(value).strip();
        if (text.isEmpty()) {
            problem(problems, row, ImportField.DATE, text, Messages.Problem_missing);
            return null;
        }
        try {
            return dates.parse(text);
        } catch (DateTimeParseException e) {
            String reason = DateParser.isImpossible(e) ? Messages.Problem_impossibleDate : Messages.Problem_notDate;
            problem(problems, row, ImportField.DATE, text, NLS.bind(reason, Values.abbreviate(text), dates.pattern()));
            return null;
        }
    }

    private BigDecimal number(SourceRow row, ImportField field, boolean required, List<LineProblem> problems) {
        if (columns.index(field) < 0) {
            return null;
        }
        Object value = value(row, field);
        BigDecimal number;
        String text = Values.text(value).strip();
        if (value instanceof BigDecimal typed) {
            number = typed;
        } else if (value instanceof LocalDateTime) {
            problem(problems, row, field, text, NLS.bind(Messages.Problem_dateNotNumber, text));
            return null;
        } else if (text.isEmpty()) {
            if (required) {
                problem(problems, row, field, text, Messages.Problem_missing);
            }
            return null;
        } else {
            number = numbers.parse(text);
            if (number == null) {
                boolean digits = text.chars().anyMatch(Character::isDigit);
                problem(problems, row, field, text, digits
                        ? NLS.bind(Messages.Problem_notNumberFormat, Values.abbreviate(text), numberExample)
                        : NLS.bind(Messages.Problem_notNumber, Values.abbreviate(text)));
                return null;
            }
        }
        if (number.scale() > MAX_SCALE) {
            BigDecimal stripped = number.stripTrailingZeros();
            if (stripped.scale() > MAX_SCALE) {
                problem(problems, row, field, text, NLS.bind(Messages.Problem_tooManyDecimals, text, MAX_SCALE));
                return null;
            }
            number = stripped;
        }
        if (number.precision() - number.scale() > MAX_INTEGER_DIGITS) {
            problem(problems, row, field, text, NLS.bind(Messages.Problem_tooLarge, Values.abbreviate(text)));
            return null;
        }
        return number;
    }
}
