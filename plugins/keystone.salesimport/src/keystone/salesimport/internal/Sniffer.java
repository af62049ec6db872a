package keystone.salesimport.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.ExcelReaderException;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.eclipse.osgi.util.NLS;

import keystone.salesimport.Detection;
import keystone.salesimport.FileKind;
import keystone.salesimport.ImportException;

/**
 * Detects how a sales file is written from a sample of its start (see {@link keystone.salesimport.Detector}).
 */
public final class Sniffer {

    /** The bytes of a CSV file's start that detection looks at. */
    static final int SAMPLE_BYTES = 64 * 1024;
    /** The records of a file's start that detection looks at. */
    static final int SAMPLE_ROWS = 200;

    private Sniffer() {
    }

    public static Detection detect(Path file, Detection overrides) {
        byte[] head = readHead(file);
        FileKind kind = overrides.kind() != null ? overrides.kind() : kind(head);
        try {
            return kind == FileKind.XLSX ? detectXlsx(file, overrides) : detectCsv(file, head, overrides);
        } catch (IOException | UncheckedIOException | ExcelReaderException e) {
            throw new ImportException(NLS.bind(Messages.File_unreadable, file.getFileName(), e.getMessage()), e);
        }
    }

    private static byte[] readHead(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(SAMPLE_BYTES);
        } catch (NoSuchFileException e) {
            throw new ImportException(NLS.bind(Messages.File_missing, file), e);
        } catch (IOException e) {
            throw new ImportException(NLS.bind(Messages.File_unreadable, file.getFileName(), e.getMessage()), e);
        }
    }

    /** XLSX by content (a ZIP), else CSV; an old binary .xls is refused with advice. */
    private static FileKind kind(byte[] head) {
        byte[] start = Arrays.copyOf(head, 8);
        if (ReadableWorkbook.isOOXMLZipHeader(start)) {
            return FileKind.XLSX;
        }
        if (ReadableWorkbook.isOLE2Header(start)) {
            throw new ImportException(Messages.File_oldExcel);
        }
        return FileKind.CSV;
    }

    private static Detection detectCsv(Path file, byte[] head, Detection partial) throws IOException {
        String encoding = partial.encoding() != null ? partial.encoding() : EncodingSniffer.detect(file, head);
        Charset charset = Charset.forName(encoding);
        boolean bom = EncodingSniffer.fromBom(head) != null;
        String text = sampleText(head, charset, bom, Files.size(file) > head.length);
        char quote = partial.quote() != null ? partial.quote() : '"';
        char delimiter = partial.delimiter() != null ? partial.delimiter()
                : DelimiterSniffer.detect(text, quote, SAMPLE_ROWS);
        Detection csv = new Detection(FileKind.CSV, charset.name(), partial.bom() != null ? partial.bom() : bom,
                delimiter, quote, partial.decimalSeparator(), partial.thousandsSeparator(), partial.datePattern(),
                partial.header(), null);
        return ValueSniffer.complete(csv, sampleRecords(text, csv), delimiter);
    }

    /** The sample decoded leniently, without BOM, cut after its last complete line when the file goes on. */
    private static String sampleText(byte[] head, Charset charset, boolean bom, boolean truncated) throws IOException {
        int skip = bom && charset.name().equals(EncodingSniffer.UTF_8) ? 3 : 0;
        String text = charset.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE)
                .decode(ByteBuffer.wrap(head, skip, head.length - skip)).toString();
        if (truncated) {
            int cut = Math.max(text.lastIndexOf('\n'), text.lastIndexOf('\r'));
            text = cut > 0 ? text.substring(0, cut + 1) : text;
        }
        return text;
    }

    /** The first records of the sample, as far as they can be read. */
    private static List<Object[]> sampleRecords(String text, Detection csv) throws IOException {
        List<Object[]> rows = new ArrayList<>();
        try (CSVParser parser = CsvRowSource.format(csv).parse(new StringReader(text))) {
            Iterator<CSVRecord> records = parser.iterator();
            while (rows.size() < SAMPLE_ROWS && records.hasNext()) {
                rows.add(records.next().values());
            }
        } catch (UncheckedIOException e) {
            // an unreadable record ends the sample; validation reports it with its line
        }
        return rows;
    }

    private static Detection detectXlsx(Path file, Detection partial) throws IOException {
        List<Object[]> rows = new ArrayList<>();
        try (RowSource source = new XlsxRowSource(file)) {
            SourceRow row;
            while (rows.size() < SAMPLE_ROWS && (row = source.next()) != null) {
                rows.add(row.values());
            }
        }
        Detection xlsx = new Detection(FileKind.XLSX, null, null, null, null, partial.decimalSeparator(),
                partial.thousandsSeparator(), partial.datePattern(), partial.header(), null);
        return ValueSniffer.complete(xlsx, rows, (char) 0);
    }
}
