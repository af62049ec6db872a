package keystone.salesimport.internal;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Iterator;
import java.util.stream.Stream;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;

/**
 * The rows of an XLSX file's first sheet through fastexcel-reader, cells typed: text stays text, numbers become
 * {@code BigDecimal}s (at Excel's 15 significant digits) and date-formatted numbers {@code LocalDateTime}s.
 */
final class XlsxRowSource implements RowSource {

    /** Excel shows and computes with 15 significant digits; the XML holds binary doubles like 1234.5599999999999. */
    private static final MathContext EXCEL_PRECISION = new MathContext(15);

    private final String sha256;
    private final ReadableWorkbook workbook;
    private final Stream<Row> stream;
    private final Iterator<Row> rows;
    private final boolean date1904;

    XlsxRowSource(Path file) throws IOException {
        sha256 = hash(file);
        workbook = new ReadableWorkbook(file.toFile(), new ReadingOptions(true, false));
        try {
            date1904 = workbook.isDate1904();
            stream = workbook.getFirstSheet().openStream();
            rows = stream.iterator();
        } catch (IOException | RuntimeException e) {
            workbook.close();
            throw e;
        }
    }

    private static String hash(Path file) throws IOException {
        try (InputStream in = new HashingInputStream(Files.newInputStream(file))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return ((HashingInputStream) in).hex();
        }
    }

    @Override
    public SourceRow next() {
        if (!rows.hasNext()) {
            return null;
        }
        Row row = rows.next();
        Object[] values = new Object[row.getCellCount()];
        for (int i = 0; i < values.length; i++) {
            values[i] = value(row.getCell(i));
        }
        return SourceRow.of(row.getRowNum(), values);
    }

    private Object value(Cell cell) {
        if (cell == null) {
            return "";
        }
        return switch (cell.getType()) {
            case NUMBER -> number(cell, cell.getRawValue());
            case FORMULA -> {
                String raw = cell.getRawValue();
                yield raw != null && NumberParser.isPlainNumber(raw) ? number(cell, raw) : raw == null ? "" : raw;
            }
            case STRING -> cell.getText() == null ? "" : cell.getText();
            case BOOLEAN, ERROR -> cell.getRawValue() == null ? "" : cell.getRawValue();
            case EMPTY -> "";
        };
    }

    private Object number(Cell cell, String raw) {
        BigDecimal number = new BigDecimal(raw);
        if (isDateFormat(cell.getDataFormatId(), cell.getDataFormatString())) {
            return excelDateTime(number, date1904);
        }
        return number.round(EXCEL_PRECISION).stripTrailingZeros();
    }

    /** Whether an Excel number format shows a date or time, by its built-in id or its pattern. */
    static boolean isDateFormat(Integer id, String format) {
        if (id != null && (id >= 14 && id <= 22 || id >= 27 && id <= 36 || id >= 45 && id <= 47
                || id >= 50 && id <= 58)) {
            return true;
        }
        if (format == null || format.equalsIgnoreCase("General")) {
            return false;
        }
        // drop quoted text, escaped characters and [colour]/[$currency] sections before looking for date letters
        String plain = format.replaceAll("\"[^\"]*\"", "").replaceAll("\\\\.", "").replaceAll("\\[[^]]*]", "");
        return plain.matches("(?i).*[dmyhs].*");
    }

    /** An Excel serial date (days since 1899-12-30, or 1904-01-01 in 1904 workbooks) with its time of day. */
    static LocalDateTime excelDateTime(BigDecimal serial, boolean date1904) {
        long days = serial.longValue();
        long seconds = Math.round(serial.subtract(BigDecimal.valueOf(days)).doubleValue() * 86_400);
        LocalDate base;
        if (date1904) {
            base = LocalDate.of(1904, 1, 1);
        } else {
            // Excel counts a 29 February 1900 that never was; serials from 61 on are one day later than plain counting
            base = days < 61 ? LocalDate.of(1899, 12, 31) : LocalDate.of(1899, 12, 30);
        }
        return base.plusDays(days).atStartOfDay().plusSeconds(seconds);
    }

    @Override
    public String originalText(SourceRow row) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < row.values().length; i++) {
            sb.append(i == 0 ? "" : "\t").append(row.text(i));
        }
        return sb.toString();
    }

    @Override
    public double progress() {
        return -1;
    }

    @Override
    public String sha256() {
        return sha256;
    }

    @Override
    public void close() throws IOException {
        try {
            stream.close();
        } finally {
            workbook.close();
        }
    }
}
