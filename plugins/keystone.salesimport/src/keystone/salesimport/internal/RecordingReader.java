package keystone.salesimport.internal;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.util.Arrays;

/**
 * Keeps the text the CSV parser reads, so that the original text of a line can be written to the error file and the
 * parser can be restarted on the line after one it could not read (an unbalanced quote swallows the rest of the
 * file otherwise).
 *
 * <p>Lines are counted as commons-csv counts them (CR LF, LF and a lone CR each end a line), so line numbers from
 * the parser and from here agree. Text and line starts before the current record are dropped as reading goes on; a
 * record longer than {@link #MAX_RECORD_CHARS} stops reading with {@link RecordTooLongException}, which bounds the
 * memory a runaway quote can take.</p>
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

    /** Start positions of lines {@code firstLine ..}: {@code starts[from .. from + count)}. */
    private long[] starts = new long[256];
    private int from;
    private int count = 1;
    private long firstLine = 1;
    /** Line breaks before this position are indexed. */
    private long scanPos;
    private boolean afterCr;

    RecordingReader(Reader source) {
        this.source = source;
    }

    private long windowEnd() {
        return windowStart + window.length();
    }

    private char charAt(long pos) {
        return window.charAt((int) (pos - windowStart));
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        long end = windowEnd();
        if (readPos < end) {
            int n = (int) Math.min(len, end - readPos);
            int at = (int) (readPos - windowStart);
            window.getChars(at, at + n, cbuf, off);
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

    /** Indexes the next line start; false when the text (read so far, or at all) ends first. */
    private boolean indexNextLine(boolean mayRead) throws IOException {
        while (true) {
            if (scanPos >= windowEnd() && !(mayRead && pull())) {
                if (afterCr && sourceEnded) {
                    afterCr = false;
                    addStart(scanPos); // the text ends with a lone CR
                    return true;
                }
                return false;
            }
            char c = charAt(scanPos);
            if (afterCr) {
                afterCr = false;
                addStart(c == '\n' ? ++scanPos : scanPos);
                return true;
            }
            scanPos++;
            if (c == '\n') {
                addStart(scanPos);
                return true;
            }
            afterCr = c == '\r';
        }
    }

    private void addStart(long pos) {
        if (from + count == starts.length) {
            if (from > 0) {
                System.arraycopy(starts, from, starts, 0, count);
                from = 0;
            } else {
                starts = Arrays.copyOf(starts, starts.length * 2);
            }
        }
        starts[from + count++] = pos;
    }

    /** The position where {@code line} (1-based) starts, or -1 when the text ends before it. */
    long lineStart(long line) throws IOException {
        return lineStart(line, true);
    }

    private long lineStart(long line, boolean mayRead) throws IOException {
        if (line < firstLine) {
            throw new IllegalStateException("line " + line + " was released");
        }
        while (line - firstLine >= count) {
            if (!indexNextLine(mayRead)) {
                return -1;
            }
        }
        return starts[from + (int) (line - firstLine)];
    }

    /**
     * The text of lines {@code first .. last} (inclusive; {@code last < first}: to the end of the text) without the
     * final line end.
     */
    String text(long first, long last) throws IOException {
        long start = lineStart(first);
        if (start < 0) {
            return "";
        }
        long end;
        try {
            end = last < first ? -1 : lineStart(last + 1);
            if (end < 0) {
                while (pull()) {
                    // the last line runs to the end of the text
                }
            }
        } catch (CharacterCodingException e) {
            end = -1; // the text goes on with bytes that cannot be decoded: it ends here for this purpose
        }
        if (end < 0) {
            end = windowEnd();
        }
        int to = (int) (end - windowStart);
        while (to > start - windowStart && (window.charAt(to - 1) == '\n' || window.charAt(to - 1) == '\r')) {
            to--;
        }
        return window.substring((int) (start - windowStart), to);
    }

    /** The line of the last character read from the source, without reading further: where bad bytes are. */
    long lineAtEnd() throws IOException {
        while (indexNextLine(false)) {
            // index what was read
        }
        return firstLine + count - 1;
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
        int drop = (int) (line - firstLine);
        from += drop;
        count -= drop;
        firstLine = line;
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
