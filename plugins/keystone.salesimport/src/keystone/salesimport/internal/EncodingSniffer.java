package keystone.salesimport.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

import org.mozilla.universalchardet.UniversalDetector;

/**
 * Guesses a CSV file's encoding: a byte order mark wins; bytes that decode as strict UTF-8 are UTF-8; otherwise
 * juniversalchardet guesses and its answer is mapped to the single- and double-byte encodings ERP exports use:
 * windows-1252 (Western), windows-1251 (Cyrillic) or GBK (Chinese).
 */
final class EncodingSniffer {

    static final String UTF_8 = "UTF-8";
    static final String WINDOWS_1252 = "windows-1252";
    static final String WINDOWS_1251 = "windows-1251";
    static final String GBK = "GBK";

    private EncodingSniffer() {
    }

    /** The encoding the BOM at the start of {@code head} names, or {@code null}. */
    static String fromBom(byte[] head) {
        if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            return UTF_8;
        }
        if (head.length >= 2 && ((head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE
                || (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF)) {
            return "UTF-16";
        }
        return null;
    }

    /**
     * Guesses the encoding of {@code file} whose first bytes are {@code sample}. A sample that is plain ASCII says
     * nothing, so then the first stretch of the file that is not is examined instead.
     */
    static String detect(Path file, byte[] sample) throws IOException {
        String bom = fromBom(sample);
        if (bom != null) {
            return bom;
        }
        byte[] evidence = isAscii(sample, sample.length) ? firstNonAscii(file, sample.length) : sample;
        if (evidence == null || isUtf8(evidence)) {
            return UTF_8;
        }
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(evidence, 0, evidence.length);
        detector.dataEnd();
        return supported(detector.getDetectedCharset());
    }

    /** Maps juniversalchardet's answer to one of the supported encodings. */
    static String supported(String detected) {
        if (detected == null) {
            return WINDOWS_1252;
        }
        String name = detected.toUpperCase(Locale.ROOT);
        if (name.equals("UTF-8")) {
            return UTF_8;
        }
        if (name.startsWith("GB") || name.startsWith("HZ") || name.contains("2022") || name.equals("BIG5")
                || name.startsWith("EUC") || name.contains("SHIFT_JIS")) {
            return GBK; // double-byte: short Chinese samples are often taken for Big5, EUC-KR or Shift_JIS
        }
        if (name.contains("1251") || name.contains("KOI8") || name.contains("866") || name.contains("855")
                || name.contains("8859-5") || name.contains("CYRILLIC")) {
            return WINDOWS_1251; // Cyrillic single-byte: exports from Windows use 1251
        }
        return WINDOWS_1252;
    }

    private static boolean isAscii(byte[] bytes, int length) {
        for (int i = 0; i < length; i++) {
            if (bytes[i] < 0) {
                return false;
            }
        }
        return true;
    }

    /** 64 KB from the first block of the file holding a non-ASCII byte, or {@code null} if there is none. */
    private static byte[] firstNonAscii(Path file, int skip) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            in.skipNBytes(skip);
            byte[] block = new byte[Sniffer.SAMPLE_BYTES];
            int n;
            while ((n = in.readNBytes(block, 0, block.length)) > 0) {
                if (!isAscii(block, n)) {
                    return Arrays.copyOf(block, n);
                }
            }
            return null;
        }
    }

    /** Whether {@code bytes} are strict UTF-8, allowing a sequence cut off at the end of the sample. */
    static boolean isUtf8(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            CoderResult result = decoder.decode(in, out, false);
            if (result.isError()) {
                return false;
            }
            if (result.isUnderflow()) {
                return in.remaining() < 4; // at most an incomplete sequence left at the cut
            }
            out.clear();
        }
    }
}
