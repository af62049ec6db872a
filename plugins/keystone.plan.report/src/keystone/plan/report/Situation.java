package keystone.plan.report;

import java.util.List;
import java.util.Objects;

/**
 * The account's situation as the report shows it, already put into words by the caller (from the dossier, the
 * ABC-XYZ analysis and the decision map), so this bundle depends on none of them. Blank texts and empty lists are
 * shown as not recorded; {@code null}s are taken as blank or empty.
 *
 * @param accountType      e.g. "Key account since 2019, automotive supplier"
 * @param revenueTrend     e.g. "Growing: +12 % over the last 12 months"
 * @param abcXyzCell       the ABC-XYZ cell with its strategy, e.g. "AX - develop and protect"; blank when not
 *                         classified (the report then leaves the line out)
 * @param coverageFindings findings about the decision-maker coverage, one per entry
 * @param openRisks        open risk signals from the dossier, one per entry
 */
public record Situation(String accountType, String revenueTrend, String abcXyzCell, List<String> coverageFindings,
        List<String> openRisks) {

    /** Nothing known about the account. */
    public static final Situation EMPTY = new Situation("", "", "", List.of(), List.of());

    public Situation {
        accountType = text(accountType);
        revenueTrend = text(revenueTrend);
        abcXyzCell = text(abcXyzCell);
        coverageFindings = texts(coverageFindings);
        openRisks = texts(openRisks);
    }

    private static String text(String s) {
        return s == null ? "" : s.strip();
    }

    private static List<String> texts(List<String> list) {
        return list == null ? List.of()
                : list.stream().filter(Objects::nonNull).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
