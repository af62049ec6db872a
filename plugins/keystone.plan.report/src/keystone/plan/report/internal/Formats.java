package keystone.plan.report.internal;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import keystone.plan.Metric;

/**
 * How the report writes amounts, values, percentages and dates in the reader's locale; a missing value is a dash.
 */
public final class Formats {

    public static final String NONE = "\u2013";

    private final NumberFormat amounts;
    private final NumberFormat numbers;
    private final NumberFormat percents;
    private final DateTimeFormatter dates;

    public Formats(Locale locale) {
        amounts = NumberFormat.getNumberInstance(locale);
        amounts.setMinimumFractionDigits(0);
        amounts.setMaximumFractionDigits(2);
        numbers = NumberFormat.getNumberInstance(locale);
        numbers.setMaximumFractionDigits(2);
        percents = NumberFormat.getPercentInstance(locale);
        percents.setMaximumFractionDigits(1);
        dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
    }

    public String amount(BigDecimal value) {
        return value == null ? NONE : amounts.format(value);
    }

    /** A value of an objective's metric in its unit: an amount, a percentage (given 0 to 100), a count. */
    public String value(BigDecimal value, Metric.Unit unit) {
        if (value == null) {
            return NONE;
        }
        return switch (unit) {
            case MONEY -> amounts.format(value);
            case PERCENT -> percents.format(value.movePointLeft(2));
            case COUNT, NUMBER -> numbers.format(value);
        };
    }

    /** A share given 0 to 100. */
    public String percent(double value) {
        return percents.format(value / 100.0);
    }

    public String date(LocalDate day) {
        return day == null ? NONE : dates.format(day);
    }
}
