package keystone.abcxyz;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Writes a classification as the CSV file of {@code keystone-cli abcxyz}, a fixed format other tools check
 * the analysis against: header {@value #HEADER}, one line per customer in rank order.
 */
public final class CsvReport {

    public static final String HEADER = "customer,revenue,cum_share,abc,cv,xyz";

    /**
     * Fifteen significant digits: a double holds 15 to 17, so this shows amounts with cents exactly up to the
     * trillions while hiding the last-bit noise of sums such as 0.1 + 0.2.
     */
    private static final MathContext DIGITS = new MathContext(15, RoundingMode.HALF_EVEN);

    private CsvReport() {
    }

    /**
     * Writes the header and one line per customer: id, value of the measure ("revenue" even for margin, so the
     * format stays fixed), cumulative share including the customer, ABC class, coefficient of variation (empty
     * when undefined because the mean is not positive), XYZ class. Lines end with LF. Does not close
     * {@code out}.
     */
    public static void write(Classification classification, Writer out) throws IOException {
        out.write(HEADER);
        out.write('\n');
        StringBuilder line = new StringBuilder(96);
        for (CustomerResult r : classification.results()) {
            line.setLength(0);
            line.append(field(r.customerId())).append(',')
                    .append(number(r.value())).append(',')
                    .append(number(r.cumulativeShare())).append(',')
                    .append(r.abc().name()).append(',')
                    .append(number(r.cv())).append(',')
                    .append(r.xyz().name()).append('\n');
            out.append(line);
        }
        out.flush();
    }

    /**
     * A plain decimal with point separator, never in exponent notation; empty for NaN and infinities, which
     * are no numbers a checking tool could compare.
     */
    static String number(double x) {
        if (!Double.isFinite(x)) {
            return "";
        }
        // new BigDecimal(double) is the exact binary value; rounding it, not Double.toString, avoids "1.0E7".
        return new BigDecimal(x).round(DIGITS).stripTrailingZeros().toPlainString();
    }

    /** RFC 4180: quoted only when needed, inner quotes doubled. */
    static String field(String text) {
        if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
            return text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}
