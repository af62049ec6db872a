package keystone.abcxyz.ui.internal;

import java.text.NumberFormat;

import keystone.abcxyz.AbcClass;
import keystone.abcxyz.XyzClass;

/**
 * Number formats and per-cell texts shared by the ABC-XYZ views, in the user's locale.
 */
final class Format {

    private Format() {
    }

    static String money(double value) {
        NumberFormat format = NumberFormat.getNumberInstance();
        format.setMaximumFractionDigits(0);
        return format.format(value);
    }

    static String percent(double share) {
        NumberFormat format = NumberFormat.getPercentInstance();
        format.setMaximumFractionDigits(1);
        return format.format(share);
    }

    static String decimal(double value) {
        if (Double.isNaN(value)) {
            return "–";
        }
        NumberFormat format = NumberFormat.getNumberInstance();
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }

    static String strategy(AbcClass abc, XyzClass xyz) {
        return switch (abc.name() + xyz.name()) {
            case "AX" -> Messages.Strategy_AX;
            case "AY" -> Messages.Strategy_AY;
            case "AZ" -> Messages.Strategy_AZ;
            case "BX" -> Messages.Strategy_BX;
            case "BY" -> Messages.Strategy_BY;
            case "BZ" -> Messages.Strategy_BZ;
            case "CX" -> Messages.Strategy_CX;
            case "CY" -> Messages.Strategy_CY;
            default -> Messages.Strategy_CZ;
        };
    }
}
