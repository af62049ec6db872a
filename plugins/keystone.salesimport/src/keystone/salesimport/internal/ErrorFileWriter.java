package keystone.salesimport.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;

import keystone.salesimport.Detection;
import keystone.salesimport.FileKind;
import keystone.salesimport.LineProblem;

/**
 * Writes the bad lines of an import to the error file: each line's original text followed by one more column with
 * the reasons, so that the user can correct the lines there and import that file with the same settings.
 *
 * <p>For a CSV source the error file has the source's encoding, delimiter and quote; for XLSX it is a UTF-8 CSV
 * (with BOM, so that Excel opens it right) of the rows' values. It is written next to its target and moved into
 * place only when the import commits; otherwise it is deleted.</p>
 */
final class ErrorFileWriter implements AutoCloseable {

    private static final String EOL = "\r\n";

    private final Path target;
    private final Path temporary;
    private final Writer out;
    private final char delimiter;
    private final char quote;
    private String header;
    private boolean headerWritten;
    private boolean keep;
    private long lines;

    ErrorFileWriter(Path target, Detection detection) throws IOException {
        this.target = target.toAbsolutePath();
        Path dir = this.target.getParent();
        Files.createDirectories(dir);
        this.temporary = Files.createTempFile(dir, this.target.getFileName().toString(), ".part");
        boolean csv = detection.kind() == FileKind.CSV;
        Charset charset = csv ? detection.charset() : StandardCharsets.UTF_8;
        this.delimiter = csv ? detection.delimiter() : ',';
        this.quote = csv ? detection.quote() : '"';
        this.out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(temporary), charset), 1 << 16);
        if (charset.equals(StandardCharsets.UTF_8) && (!csv || Boolean.TRUE.equals(detection.bom()))) {
            out.write('\uFEFF');
        }
    }

    /** The header line's text (CSV) or values (XLSX, joined); written before the first bad line. */
    void header(String text) {
        this.header = text;
    }

    void line(String text, List<LineProblem> problems) throws IOException {
        if (!headerWritten) {
            headerWritten = true;
            if (header != null) {
                out.write(header + delimiter + quoted(Messages.ErrorFile_column) + EOL);
            }
        }
        String reasons = problems.stream().map(ErrorFileWriter::reason).collect(Collectors.joining("; "));
        out.write(text + delimiter + quoted(reasons) + EOL);
        lines++;
    }

    /** A comma-separated, double-quoted record of {@code values}: the error file's lines for XLSX sources. */
    static String csvRecord(List<String> values) {
        return values.stream().map(v -> v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0
                || v.indexOf('\r') >= 0 ? '"' + v.replace("\"", "\"\"") + '"' : v).collect(Collectors.joining(","));
    }

    private static String reason(LineProblem p) {
        return p.column().isEmpty() ? NLS.bind(Messages.ErrorFile_reasonLine, p.line(), p.reason())
                : NLS.bind(Messages.ErrorFile_reasonColumn, new Object[] {p.line(), p.column(), p.reason()});
    }

    private String quoted(String value) {
        if (quote == Detection.NO_QUOTE) {
            return value.replace(delimiter, ' ').replace('\n', ' ').replace('\r', ' ');
        }
        String q = String.valueOf(quote);
        return q + value.replace(q, q + q) + q;
    }

    long lines() {
        return lines;
    }

    Path target() {
        return target;
    }

    /** Where the file is written until {@link #commit()}. */
    Path temporary() {
        return temporary;
    }

    /** Moves the finished file to its target, replacing what was there; if that fails the file stays where it is. */
    Path commit() throws IOException {
        keep = true;
        out.close();
        try {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
        return target;
    }

    /** Closes the file and, unless it was committed, deletes it: a rolled-back import leaves no error file. */
    @Override
    public void close() throws IOException {
        out.close();
        if (!keep) {
            Files.deleteIfExists(temporary);
        }
    }
}
