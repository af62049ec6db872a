package keystone.salesimport;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * How a sales file is written: what {@link Detector} found, or - with some fields {@code null} - the settings a user
 * forces, which detection then keeps and fills up.
 *
 * <p>A {@code null} field means "not known / detect it". For XLSX files encoding, BOM, delimiter and quote do not
 * apply and stay {@code null}; the number and date settings then apply to cells that hold text.</p>
 *
 * @param kind               CSV or XLSX
 * @param encoding           the charset name, e.g. {@code UTF-8}, {@code windows-1252}, {@code windows-1251},
 *                           {@code GBK}
 * @param bom                whether the file starts with a byte order mark
 * @param delimiter          the field delimiter: {@code , ; TAB |}
 * @param quote              the quote character, or {@link #NO_QUOTE} when values are never quoted
 * @param decimalSeparator   point or comma
 * @param thousandsSeparator none, comma, point, space or apostrophe
 * @param datePattern        a {@link DateTimeFormatter} pattern such as {@code yyyy-MM-dd}, {@code dd.MM.yyyy} or
 *                           {@code MM/dd/yyyy HH:mm}; a time of day is read and ignored
 * @param header             whether the first row holds column names
 * @param columns            the column names (from the header, else {@code column 1}, {@code column 2} ...); as
 *                           an override it is ignored: detection always reads them from the file
 */
public record Detection(FileKind kind, String encoding, Boolean bom, Character delimiter, Character quote,
        DecimalSeparator decimalSeparator, ThousandsSeparator thousandsSeparator, String datePattern, Boolean header,
        List<String> columns) {

    /** The {@link #quote()} of files whose values are never quoted. */
    public static final char NO_QUOTE = '\0';

    /** Nothing known, nothing forced: detect everything. */
    public static final Detection NONE = new Detection(null, null, null, null, null, null, null, null, null, null);

    public Detection {
        if (encoding != null) {
            try {
                encoding = Charset.forName(encoding).name();
            } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                throw new IllegalArgumentException("unknown encoding: " + encoding, e);
            }
        }
        if (delimiter != null && (delimiter == '\n' || delimiter == '\r' || delimiter.equals(quote))) {
            throw new IllegalArgumentException("not a usable delimiter: " + delimiter);
        }
        if (decimalSeparator != null && thousandsSeparator != null
                && thousandsSeparator.matches(decimalSeparator.character())) {
            throw new IllegalArgumentException("the decimal and the thousands separator are the same");
        }
        if (datePattern != null) {
            try {
                DateTimeFormatter.ofPattern(datePattern);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("not a date pattern: " + datePattern + " (" + e.getMessage() + ")", e);
            }
        }
        columns = columns == null ? null : List.copyOf(columns);
    }

    /** This detection with every field that {@code overrides} sets replaced by its value. */
    public Detection overriddenBy(Detection overrides) {
        if (overrides == null) {
            return this;
        }
        return new Detection(pick(overrides.kind, kind), pick(overrides.encoding, encoding), pick(overrides.bom, bom),
                pick(overrides.delimiter, delimiter), pick(overrides.quote, quote),
                pick(overrides.decimalSeparator, decimalSeparator),
                pick(overrides.thousandsSeparator, thousandsSeparator), pick(overrides.datePattern, datePattern),
                pick(overrides.header, header), pick(overrides.columns, columns));
    }

    private static <T> T pick(T preferred, T fallback) {
        return preferred != null ? preferred : fallback;
    }

    /** Whether every field that applies to the file's kind is known. */
    public boolean isComplete() {
        boolean common = kind != null && decimalSeparator != null && thousandsSeparator != null && datePattern != null
                && header != null && columns != null;
        return common && (kind == FileKind.XLSX || encoding != null && bom != null && delimiter != null && quote != null);
    }

    /** The encoding as a charset; only for a CSV detection that knows it. */
    public Charset charset() {
        if (encoding == null) {
            throw new IllegalStateException("no encoding");
        }
        return Charset.forName(encoding);
    }

    public Detection withEncoding(String newEncoding) {
        return new Detection(kind, newEncoding, bom, delimiter, quote, decimalSeparator, thousandsSeparator,
                datePattern, header, columns);
    }

    public Detection withDelimiter(char newDelimiter) {
        return new Detection(kind, encoding, bom, newDelimiter, quote, decimalSeparator, thousandsSeparator,
                datePattern, header, columns);
    }

    public Detection withQuote(char newQuote) {
        return new Detection(kind, encoding, bom, delimiter, newQuote, decimalSeparator, thousandsSeparator,
                datePattern, header, columns);
    }

    public Detection withNumbers(DecimalSeparator decimal, ThousandsSeparator thousands) {
        return new Detection(kind, encoding, bom, delimiter, quote, decimal, thousands, datePattern, header, columns);
    }

    public Detection withDatePattern(String pattern) {
        return new Detection(kind, encoding, bom, delimiter, quote, decimalSeparator, thousandsSeparator, pattern,
                header, columns);
    }

    public Detection withHeader(boolean hasHeader) {
        return new Detection(kind, encoding, bom, delimiter, quote, decimalSeparator, thousandsSeparator,
                datePattern, hasHeader, columns);
    }

    /** The settings a user may force, without the column names (which belong to one file). */
    public Detection withoutColumns() {
        return new Detection(kind, encoding, bom, delimiter, quote, decimalSeparator, thousandsSeparator,
                datePattern, header, null);
    }
}
