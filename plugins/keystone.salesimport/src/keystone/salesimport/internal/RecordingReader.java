package keystone.salesimport.internal;

import java.io.IOException;
import java.io.Reader;

/**
 * Keeps the text the CSV parser reads, so that the original text of a line can be written to the error file and the
 * parser can be restarted on the line after one it could not read (an unbalanced quote swallows the rest of the
 * file otherwise).
 *
 * <p>Lines are counted as commons-csv counts them (CR LF, LF and a lone CR each end a line), so line numbers from
 * the parser and from here agree. Text before the current record is dropped as reading goes on; a record longer
 * than {@link #MAX_RECORD_CHARS} stops reading with {@link RecordTooLongException}, which bounds the memory a
 * runaway quote can take.</p>
 */
final class RecordingReader extends Reader {

    /** No sales record is this long; one that is has an unbalanced quote. */
    static final int MAX_RECORD_CHARS = 1 << 20;
    private static final int DROP_THRESHOLD = 1 << 20;

    /** Thrown when a record grows beyond {@link #MAX_RECORD_CHARS}. */
    static final class RecordTooLongException extends IOException {
        private static final long serialVersionUID = 1L;

        RecordTooLongException() {
            super("record too long", null);
        }
    }

    private final Reader source;
    private final StringBuilder window = new StringBuilder(1 << 16);
    private final char[] pullBuffer = new char[1 << 13];
    private long windowStart;
    private long readPos;
    private boolean sourceEnded;
    private long protectedFrom;
    private long scanLine = 1;
    private long scanPos;

    RecordingReader(Reader source) {
        this.source = source;
    }

    private long windowEnd() {
        return windowStart + window.length();
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        long end = windowEnd();
        if (readPos < end) {
            int n = (int) Math.min(len, end - readPos);
            int from = (int) (readPos - windowStart);
            window.getChars(from, from + n, cbuf, off);
            readPos += n;
            return n;
        }
        if (readPos - protectedFrom > MAX_RECORD_CHARS) {
            throw new RecordTooLongException();
        }
        if (sourceEnded) {
            return -1;
        }
        int n = source.read(cbuf, off, len);
        if (n < 0) {
            sourceEnded = true;
            return -1;
        }
        window.append(cbuf, off, n);
        readPos += n;
        return n;
    }

    /** Reads more source text into the window without handing it out; false at the end of the source. */
    private boolean pull() throws IOException {
        if (sourceEnded) {
            return false;
        }
        int n = source.read(pullBuffer, 0, pullBuffer.length);
        if (n < 0) {
            sourceEnded = true;
            return false;
        }
        window.append(pullBuffer, 0, n);
        return true;
    }

    /** The position where {@code line} (1-based) starts, or -1 when the text ends before it. */
    long lineStart(long line) throws IOException {
        return lineStart(line, true);
    }

    private long lineStart(long line, boolean mayRead) throws IOException {
        if (line < scanLine) {
            throw new IllegalStateException("line " + line + " was released");
        }
        while (scanLine < line) {
            long pos = scanPos;
            while (true) {
                if (pos >= windowEnd() && !(mayRead && pull())) {
                    return -1;
                }
                char c = window.charAt((int) (pos - windowStart));
                pos++;
                if (c == '\n') {
                    break;
                }
                if (c == '\r') {
                    if ((pos < windowEnd() || mayRead && pull()) && window.charAt((int) (pos - windowStart)) == '\n') {
                        pos++;
                    }
                    break;
                }
            }
            scanLine++;
            scanPos = pos;
        }
        return scanPos;
    }

    /**
     * The text of lines {@code first .. last} (inclusive; {@code last < first}: to the end of the text) without the
     * final line end.
     */
    String text(long first, long last) throws IOException {
        long from = lineStart(first);
        if (from < 0) {
            return "";
        }
        long to = last < first ? -1 : lineStart(last + 1);
        if (to < 0) {
            while (pull()) {
                // the last line runs to the end of the text
            }
            to = windowEnd();
        }
        String text = window.substring((int) (from - windowStart), (int) (to - windowStart));
        int end = text.length();
        while (end > 0 && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
            end--;
        }
        return text.substring(0, end);
    }

    /** The line of the last character read from the source, without reading further: where bad bytes are. */
    long lineAtEnd() throws IOException {
        long line = scanLine;
        while (lineStart(line + 1, false) >= 0) {
            line++;
        }
        return line;
    }

    /** The text of the last line read so far, up to the last character read (the line may go on). */
    String tail() throws IOException {
        long start = lineStart(lineAtEnd(), false);
        return start < 0 ? "" : window.substring((int) (start - windowStart));
    }

    /** Text before {@code line} is no longer needed; it may be dropped. */
    void release(long line) throws IOException {
        long pos = lineStart(line);
        if (pos < 0) {
            return;
        }
        protectedFrom = pos;
        if (pos - windowStart > DROP_THRESHOLD) {
            window.delete(0, (int) (pos - windowStart));
            windowStart = pos;
        }
    }

    /** Makes the next read start at {@code line}; returns false when the text ends before it. */
    boolean restartAt(long line) throws IOException {
        long pos = lineStart(line);
        if (pos < 0) {
            return false;
        }
        readPos = pos;
        protectedFrom = pos;
        return true;
    }

    @Override
    public void close() throws IOException {
        source.close();
    }
}
