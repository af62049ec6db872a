package keystone.dossier.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import keystone.store.Jdbc;
import keystone.dossier.SearchHit;
import keystone.dossier.SearchHit.Section;

/**
 * Finds accounts by any text in their dossier: one query per place text is kept, case-insensitive LIKE on the text
 * columns, one hit per account and section with a snippet of the first match.
 */
final class DossierSearch {

    /** Where text is kept: the section it belongs to, the rows joined to their account as {@code a}, the columns. */
    private record Source(Section section, String from, String order, List<String> columns) {
    }

    private static final List<Source> SOURCES = List.of(
            new Source(Section.OVERVIEW, "ACCOUNT a", "a.ID",
                    List.of("a.NAME", "a.HISTORY", "a.STRUCTURE", "a.ENVIRONMENT")),
            new Source(Section.QUALIFICATION, "ACCOUNT_DOSSIER d JOIN ACCOUNT a ON a.ID = d.ACCOUNT_ID", "a.ID",
                    List.of("d.NEED_EVIDENCE", "d.SOLVENCY_EVIDENCE", "d.DECISION_POWER_EVIDENCE", "d.ASSESSED_BY")),
            new Source(Section.HISTORY, "HISTORY_EVENT e JOIN ACCOUNT a ON a.ID = e.ACCOUNT_ID",
                    "a.ID, e.EVENT_DATE DESC, e.SORT_NO DESC",
                    List.of("e.TITLE", "e.NOTES", "e.WHAT", "e.REASON", "e.WINNING_COMPETITOR", "e.RESOLUTION",
                            "e.PARTICIPANTS", "e.MINUTES")),
            new Source(Section.HISTORY, "FOLLOW_UP f JOIN HISTORY_EVENT e ON e.ID = f.EVENT_ID "
                    + "JOIN ACCOUNT a ON a.ID = e.ACCOUNT_ID", "a.ID, e.EVENT_DATE DESC, f.SORT_NO",
                    List.of("f.ACTION", "f.OWNER")),
            new Source(Section.COMPETITORS, "COMPETITOR c JOIN ACCOUNT a ON a.ID = c.ACCOUNT_ID", "a.ID, c.SORT_NO",
                    List.of("c.NAME", "c.OFFERING", "c.STRENGTHS", "c.WEAKNESSES", "c.RELATIONSHIPS")),
            new Source(Section.RISKS, "KEY_CONTACT k JOIN ACCOUNT a ON a.ID = k.ACCOUNT_ID", "a.ID, k.SORT_NO",
                    List.of("k.NAME", "k.ROLE")));

    private DossierSearch() {
    }

    static List<SearchHit> search(Connection c, String text, int limit) throws SQLException {
        if (text == null || text.isBlank() || limit <= 0) {
            return List.of();
        }
        String needle = text.strip();
        String pattern = Jdbc.containsPattern(needle.toLowerCase(Locale.ROOT));
        record Key(long accountId, Section section) {
        }
        Map<Key, SearchHit> hits = new LinkedHashMap<>();
        for (Source source : SOURCES) {
            String where = String.join(" OR ", source.columns().stream().map(col -> "LOWER(" + col + ") LIKE ? ESCAPE '\\'")
                    .toList());
            try (PreparedStatement ps = c.prepareStatement("SELECT a.ID, a.NAME, " + String.join(", ", source.columns())
                    + " FROM " + source.from() + " WHERE " + where + " ORDER BY " + source.order())) {
                for (int i = 1; i <= source.columns().size(); i++) {
                    ps.setString(i, pattern);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Key key = new Key(rs.getLong(1), source.section());
                        if (!hits.containsKey(key)) {
                            hits.put(key, new SearchHit(key.accountId(), rs.getString(2), source.section(),
                                    snippet(rs, source.columns().size(), needle)));
                        }
                    }
                }
            }
        }
        List<SearchHit> result = new ArrayList<>(hits.values());
        result.sort(Comparator.comparing((SearchHit h) -> h.accountName().toLowerCase(Locale.ROOT))
                .thenComparingLong(SearchHit::accountId).thenComparing(SearchHit::section));
        return result.size() > limit ? List.copyOf(result.subList(0, limit)) : result;
    }

    /** The snippet of the first text column (from the third on) that holds the needle. */
    private static String snippet(ResultSet rs, int columns, String needle) throws SQLException {
        String fallback = null;
        for (int i = 3; i < 3 + columns; i++) {
            String value = rs.getString(i);
            if (value == null || value.isEmpty()) {
                continue;
            }
            if (Snippets.indexIgnoringCase(value, needle) >= 0) {
                return Snippets.around(value, needle);
            }
            if (fallback == null) {
                fallback = value; // the database's case rules matched where Java's do not
            }
        }
        return fallback == null ? "" : Snippets.around(fallback, needle);
    }
}
