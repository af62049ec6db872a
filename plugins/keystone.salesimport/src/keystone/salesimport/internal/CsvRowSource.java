package keystone.salesimport.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;

import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.osgi.util.NLS;

import keystone.salesimport.Detection;

/**
 * The records of a CSV file through commons-csv, with exact line numbers and the original text of each record.
 *
 * <p>A record commons-csv cannot read (an unbalanced quote, text after a closing quote) becomes an unreadable row
 * at the line where it starts, and reading goes on with a new parser at the next line, so one stray quote costs
 * one line instead of the rest of the file. Bytes that are not valid in the encoding end the reading with a fatal
 * row naming their line.</p>
 */
final class CsvRowSource implements RowSource {

    private final long size;
    private final HashingInputStream bytes;
    private final RecordingReader text;
    private final CSVFormat format;
    private final String encoding;
    private Iterator<CSVRecord> records;
    private CSVParser parser;
    private long lineBase;
    private boolean started;
    private boolean ended;
    private SourceRow lookahead;
    /** Bad bytes met while restarting the parser or dropping text, reported as the next row. */
    private SourceRow pendingFatal;

    CsvRowSource(Path file, Detection detection) throws IOException {
        size = Files.size(file);
        bytes = new HashingInputStream(Files.newInputStream(file));
        Charset charset = detection.charset();
        encoding = charset.name();
        text = new RecordingReader(new DecodingReader(skipUtf8Bom(bytes, charset), charset));
        format = format(detection);
        startParser(0);
    }

    /** The commons-csv format for a detection: its delimiter and quote, blank lines kept so line numbers hold. */
    static CSVFormat format(Detection detection) {
        char quote = detection.quote();
        return CSVFormat.DEFAULT.builder().setDelimiter(detection.delimiter())
                .setQuote(quote == Detection.NO_QUOTE ? null : quote).setIgnoreEmptyLines(false).get();
    }

    private static InputStream skipUtf8Bom(InputStream in, Charset charset) throws IOException {
        PushbackInputStream pushback = new PushbackInputStream(in, 3);
        if (!charset.equals(StandardCharsets.UTF_8)) {
            return pushback; // UTF-16 decoders consume their BOM themselves
        }
        byte[] head = pushback.readNBytes(3);
        boolean bom = head.length == 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB
                && (head[2] & 0xFF) == 0xBF;
        if (!bom) {
            pushback.unread(head);
        }
        return pushback;
    }

    private void startParser(long lineBefore) throws IOException {
        // the old parser is dropped, not closed: closing it would close the shared reader
        parser = format.parse(text);
        records = parser.iterator();
        lineBase = lineBefore;
    }

    @Override
    public SourceRow next() throws IOException {
        if (!started) {
            started = true;
            lookahead = read();
        }
        SourceRow current = lookahead;
        if (current == null) {
            return null;
        }
        if (current.fatal()) {
            lookahead = null;
            return current;
        }
        try {
            text.release(current.line());
        } catch (CharacterCodingException e) {
            pendingFatal = fatal();
        }
        lookahead = read();
        return current.endingAt(lookahead == null ? 0 : Math.max(current.line(), lookahead.line() - 1));
    }

    private SourceRow read() throws IOException {
        if (pendingFatal != null) {
            SourceRow fatal = pendingFatal;
            pendingFatal = null;
            ended = true;
            return fatal;
        }
        if (ended) {
            return null;
        }
        long start = lineBase + parser.getCurrentLineNumber() + 1;
        try {
            if (!records.hasNext()) {
                ended = true;
                return null;
            }
            return SourceRow.of(start, records.next().values());
        } catch (UncheckedIOException e) {
            return unreadable(start, e.getCause());
        }
    }

    private SourceRow unreadable(long start, IOException cause) throws IOException {
        if (cause instanceof CharacterCodingException) {
            ended = true;
            return fatal();
        }
        String problem;
        if (cause instanceof RecordingReader.RecordTooLongException) {
            problem = Messages.Problem_recordTooLong;
        } else if (cause instanceof CSVException) {
            problem = Messages.Problem_quotes;
        } else {
            throw cause; // the disk, not the file's content
        }
        int column = QuoteLocator.badValue(text.text(start, start), format.getDelimiterString().charAt(0),
                format.getQuoteCharacter());
        try {
            if (text.restartAt(start + 1)) {
                startParser(start);
            } else {
                ended = true;
            }
        } catch (CharacterCodingException e) {
            pendingFatal = fatal(); // the bad bytes come after this line
        }
        return SourceRow.unreadable(start, problem, column, false);
    }

    /** Bad bytes: on the line where decoding stopped, in the value the text before them reaches into. */
    private SourceRow fatal() throws IOException {
        long line = text.lineAtEnd();
        int column = QuoteLocator.valueAtEnd(text.tail(), format.getDelimiterString().charAt(0),
                format.getQuoteCharacter());
        return SourceRow.unreadable(line, NLS.bind(Messages.Problem_encoding, encoding), column, true);
    }

    @Override
    public String originalText(SourceRow row) throws IOException {
        if (row.fatal()) {
            return text.tail();
        }
        return text.text(row.line(), row.lastLine());
    }

    @Override
    public double progress() {
        return size == 0 ? 1 : Math.min(1, (double) bytes.count() / size);
    }

    @Override
    public String sha256() {
        return bytes.hex();
    }

    @Override
    public void close() throws IOException {
        text.close();
    }
}
