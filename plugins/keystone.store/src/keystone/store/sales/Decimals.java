package keystone.store.sales;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

import org.eclipse.osgi.util.NLS;

import keystone.store.internal.Messages;

/**
 * The fixed-point form of sales decimals: amounts, margins and quantities are kept as whole numbers of
 * ten-thousandths (four decimal places, as the former DECIMAL(19, 4) columns), so that at most 14 digits before the
 * decimal point fit a {@code long}.
 */
public final class Decimals {

    /** Decimal places kept. */
    public static final int SCALE = 4;

    /** Digits allowed before the decimal point, so that every value fits a {@code long} at {@link #SCALE}. */
    public static final int MAX_INTEGER_DIGITS = 14;

    /** Stands for "no value" (a line without margin or quantity); never a valid value. */
    public static final long NONE = Long.MIN_VALUE;

    private static final BigInteger BIG_LIMIT = BigInteger.TEN.pow(MAX_INTEGER_DIGITS + SCALE);

    private Decimals() {
    }

    /**
     * @throws IllegalArgumentException when the value has more than {@link #SCALE} decimal places or more than
     *                                  {@link #MAX_INTEGER_DIGITS} digits before the point
     */
    public static long unscaled(BigDecimal value) {
        BigDecimal scaled;
        try {
            scaled = value.setScale(SCALE, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException(NLS.bind(Messages.Decimals_tooManyDecimals, value.toPlainString(),
                    SCALE));
        }
        BigInteger unscaled = scaled.unscaledValue();
        if (unscaled.abs().compareTo(BIG_LIMIT) >= 0) {
            throw new IllegalArgumentException(NLS.bind(Messages.Decimals_tooManyDigits, value.toPlainString(),
                    MAX_INTEGER_DIGITS));
        }
        return unscaled.longValue();
    }

    /** {@link #unscaled(BigDecimal)}, or {@link #NONE} for {@code null}. */
    public static long unscaledOrNone(BigDecimal value) {
        return value == null ? NONE : unscaled(value);
    }

    public static BigDecimal decimal(long unscaled) {
        return BigDecimal.valueOf(unscaled, SCALE);
    }

    /** {@link #decimal(long)}, or {@code null} for {@link #NONE}. */
    public static BigDecimal decimalOrNull(long unscaled) {
        return unscaled == NONE ? null : decimal(unscaled);
    }

    /** An exact running total of fixed-point values that cannot overflow. */
    public static final class Sum {
        private long total;
        private BigInteger overflow = BigInteger.ZERO;
        private long count;

        public void add(long unscaled) {
            long sum = total + unscaled;
            if (((total ^ sum) & (unscaled ^ sum)) < 0) { // overflowed: keep the long part small
                overflow = overflow.add(BigInteger.valueOf(total));
                sum = unscaled;
            }
            total = sum;
            count++;
        }

        /** How many values were added (0: the sum is "no value" in SQL terms). */
        public long count() {
            return count;
        }

        /** The sum; {@link BigDecimal#ZERO} when nothing was added. */
        public BigDecimal value() {
            if (count == 0) {
                return BigDecimal.ZERO;
            }
            return new BigDecimal(overflow.add(BigInteger.valueOf(total)), SCALE);
        }
    }
}
