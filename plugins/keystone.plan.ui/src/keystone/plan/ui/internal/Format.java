package keystone.plan.ui.internal;

import java.math.BigDecimal;
import java.text.NumberFormat;

import keystone.plan.Metric;

/**
 * Number formats of the plan views in the user's locale: money without cents (a key account's figures are large),
 * percentages and objective values by their metric's unit.
 */
final class Format {

    /** Shown for a figure that is not known. */
    static final String NONE = "\u2013";

    private Format() {
    }

    static String money(BigDecimal value) {
        if (value == null) {
            return NONE;
        }
        NumberFormat format = NumberFormat.getNumberInstance();
        format.setMaximumFractionDigits(0);
        return format.format(value);
    }

    /** A signed amount, "+1,200" or "-300". */
    static String signedMoney(BigDecimal value) {
        if (value == null) {
            return NONE;
        }
        return (value.signum() > 0 ? "+" : "") + money(value);
    }

    /** A whole percentage, "78 %". */
    static String percent(Integer value) {
        return value == null ? NONE : value + " %";
    }

    /** An objective's value in its metric's unit. */
    static String value(Metric metric, BigDecimal value) {
        if (value == null) {
            return NONE;
        }
        NumberFormat format = NumberFormat.getNumberInstance();
        return switch (metric.unit()) {
            case MONEY -> money(value);
            case PERCENT -> {
                format.setMaximumFractionDigits(1);
                yield format.format(value) + " %";
            }
            case COUNT -> {
                format.setMaximumFractionDigits(0);
                yield format.format(value);
            }
            case NUMBER -> {
                format.setMaximumFractionDigits(2);
                yield format.format(value);
            }
        };
    }

    /** A score 0 to 10 with one decimal. */
    static String score(BigDecimal value) {
        if (value == null) {
            return NONE;
        }
        NumberFormat format = NumberFormat.getNumberInstance();
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }
}
