package keystone.salesimport.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the delimiter of CSV text: the candidate (comma, semicolon, tab, bar) that occurs, outside quotes, the same
 * non-zero number of times on the most lines; ties go to the candidate with more occurrences per line, then to the
 * earlier candidate.
 */
final class DelimiterSniffer {

    static final char[] CANDIDATES = {',', ';', '\t', '|'};

    private DelimiterSniffer() {
    }

    static char detect(String sample, char quote, int maxLines) {
        List<int[]> counts = countPerLine(sample, quote, maxLines);
        char best = ',';
        double bestConsistency = 0;
        int bestMode = 0;
        for (int k = 0; k < CANDIDATES.length; k++) {
            Map<Integer, Integer> frequency = new HashMap<>();
            for (int[] line : counts) {
                frequency.merge(line[k], 1, Integer::sum);
            }
            int mode = 0;
            int modeLines = 0;
            for (Map.Entry<Integer, Integer> e : frequency.entrySet()) {
                if (e.getKey() > 0 && (e.getValue() > modeLines || e.getValue() == modeLines && e.getKey() > mode)) {
                    mode = e.getKey();
                    modeLines = e.getValue();
                }
            }
            double consistency = counts.isEmpty() ? 0 : (double) modeLines / counts.size();
            if (mode > 0 && (consistency > bestConsistency
                    || consistency == bestConsistency && mode > bestMode)) {
                best = CANDIDATES[k];
                bestConsistency = consistency;
                bestMode = mode;
            }
        }
        return best;
    }

    /** Per non-blank line (a quoted line break does not end one), how often each candidate occurs outside quotes. */
    private static List<int[]> countPerLine(String sample, char quote, int maxLines) {
        List<int[]> result = new ArrayList<>();
        int[] current = new int[CANDIDATES.length];
        boolean quoted = false;
        boolean blank = true;
        for (int i = 0; i < sample.length() && result.size() < maxLines; i++) {
            char c = sample.charAt(i);
            if (quote != 0 && c == quote) {
                quoted = !quoted; // a doubled quote toggles twice
            } else if (!quoted && (c == '\n' || c == '\r')) {
                if (!blank) {
                    result.add(current);
                }
                current = new int[CANDIDATES.length];
                blank = true;
                continue;
            } else if (!quoted) {
                for (int k = 0; k < CANDIDATES.length; k++) {
                    if (c == CANDIDATES[k]) {
                        current[k]++;
                    }
                }
            }
            if (!Character.isWhitespace(c)) {
                blank = false;
            }
        }
        if (!blank && result.size() < maxLines) {
            result.add(current);
        }
        return result;
    }
}
