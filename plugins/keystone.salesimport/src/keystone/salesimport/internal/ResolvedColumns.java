package keystone.salesimport.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;

import keystone.salesimport.ColumnMapping;
import keystone.salesimport.ColumnRef;
import keystone.salesimport.ImportField;
import keystone.salesimport.LineProblem;

/**
 * A column mapping applied to one file's columns: the index of each mapped field's column and the name the file
 * gives it (used in messages).
 */
final class ResolvedColumns {

    private final int[] index = new int[ImportField.values().length];
    private final String[] name = new String[ImportField.values().length];
    private final List<String> columns;

    private ResolvedColumns(List<String> columns) {
        this.columns = List.copyOf(columns);
        java.util.Arrays.fill(index, -1);
    }

    /**
     * Resolves {@code mapping} against {@code columns} (the header's names, or generic names); adds a problem at
     * {@code line} for each column that is missing or ambiguous and returns {@code null} then.
     */
    static ResolvedColumns resolve(ColumnMapping mapping, List<String> columns, String file, long line,
            List<LineProblem> problems) {
        ResolvedColumns resolved = new ResolvedColumns(columns);
        int before = problems.size();
        mapping.asMap().forEach((field, ref) -> {
            int i = find(ref, columns, field, file, line, problems);
            if (i >= 0) {
                resolved.index[field.ordinal()] = i;
                resolved.name[field.ordinal()] = columns.get(i);
            }
        });
        return problems.size() == before ? resolved : null;
    }

    private static int find(ColumnRef ref, List<String> columns, ImportField field, String file, long line,
            List<LineProblem> problems) {
        if (!ref.isNamed()) {
            if (ref.position() > columns.size()) {
                problems.add(new LineProblem(file, line, ref.toString(), "",
                        NLS.bind(Messages.Mapping_noSuchPosition, new Object[] {ref.position(), columns.size(),
                                Messages.field(field)})));
                return -1;
            }
            return ref.position() - 1;
        }
        List<Integer> exact = matches(ref.name(), columns, false);
        List<Integer> loose = exact.isEmpty() ? matches(ref.name(), columns, true) : exact;
        if (loose.size() == 1) {
            return loose.get(0);
        }
        if (loose.isEmpty()) {
            String hint = columns.size() == 1 ? Messages.Mapping_oneColumnHint : "";
            problems.add(new LineProblem(file, line, ref.name(), "", NLS.bind(Messages.Mapping_noSuchName,
                    new Object[] {Messages.field(field), String.join(", ", columns), hint})));
        } else {
            List<String> positions = loose.stream().map(i -> Integer.toString(i + 1)).toList();
            problems.add(new LineProblem(file, line, ref.name(), ref.name(), NLS.bind(Messages.Mapping_ambiguous,
                    new Object[] {ref.name(), String.join(", ", positions), Messages.field(field)})));
        }
        return -1;
    }

    private static List<Integer> matches(String wanted, List<String> columns, boolean loose) {
        List<Integer> result = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            String column = columns.get(i);
            if (loose ? column.strip().equalsIgnoreCase(wanted.strip()) : column.equals(wanted)) {
                result.add(i);
            }
        }
        return result;
    }

    /** The column index of {@code field}, or -1 when not mapped. */
    int index(ImportField field) {
        return index[field.ordinal()];
    }

    /** The file's name for the column of {@code field}. */
    String name(ImportField field) {
        return name[field.ordinal()];
    }

    /** The number of columns the header (or first line) has. */
    int width() {
        return columns.size();
    }

    /** The name of the column at {@code index}: the header's, or a generic one beyond the header. */
    String columnName(int index) {
        return index < columns.size() ? columns.get(index) : ValueSniffer.genericName(index);
    }
}
