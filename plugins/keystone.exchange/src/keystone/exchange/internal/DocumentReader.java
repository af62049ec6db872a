package keystone.exchange.internal;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.eclipse.osgi.util.NLS;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import keystone.exchange.JsonExchange;

/**
 * Reads an exchange document token by token, checks every part and value against the database's schema, and
 * hands the rows to {@link TableInserter}s; a problem stops it with the JSON pointer of the offending place.
 */
final class DocumentReader {

    /** What the reader reports to the import while it goes. */
    interface Listener {
        /** Called once the header is checked, before the first table: the moment to delete replaced rows. */
        void beforeTables() throws SQLException;

        /** Called every few rows, to report progress and to stop on cancellation. */
        void tick();
    }

    private final JsonParser p;
    private final Connection c;
    private final Map<String, TableInfo> tables;
    private final Map<String, Integer> databaseVersions;
    private final Listener listener;

    DocumentReader(JsonParser p, Connection c, Map<String, TableInfo> tables, Map<String, Integer> databaseVersions,
            Listener listener) {
        this.p = p;
        this.c = c;
        this.tables = tables;
        this.databaseVersions = databaseVersions;
        this.listener = listener;
    }

    /** Reads the whole document and stores its rows; returns the rows stored per table. */
    Map<String, Long> read() throws IOException, SQLException {
        if (p.nextToken() != JsonToken.START_OBJECT) {
            throw bad(JsonPaths.ROOT, NLS.bind(Messages.Document_expected, Messages.Expect_jsonObject,
                    ValueKind.describe(p)));
        }
        Set<String> seen = new HashSet<>();
        Map<String, Long> counts = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            String path = JsonPaths.field(JsonPaths.ROOT, name);
            p.nextToken();
            switch (name) {
                case "format" -> readFormat(path);
                case "formatVersion" -> readFormatVersion(path);
                case "exportedAt" -> expect(JsonToken.VALUE_STRING, path, Messages.Expect_text);
                case "schemaVersions" -> readSchemaVersions(path);
                case "tables" -> {
                    for (String required : List.of("format", "formatVersion", "schemaVersions")) {
                        if (!seen.contains(required)) {
                            throw bad(path, NLS.bind(Messages.Document_fieldFirst, required));
                        }
                    }
                    listener.beforeTables();
                    counts = readTables(path);
                }
                default -> throw bad(path, NLS.bind(Messages.Document_unknownField, name));
            }
            seen.add(name);
        }
        if (!seen.contains("format")) {
            throw bad(JsonPaths.ROOT, NLS.bind(Messages.Document_noFormat, "format"));
        }
        if (counts == null) {
            throw bad(JsonPaths.ROOT, NLS.bind(Messages.Document_fieldMissing, "tables"));
        }
        if (p.nextToken() != null) {
            throw bad(JsonPaths.ROOT, NLS.bind(Messages.Document_trailingContent, ValueKind.describe(p)));
        }
        return counts;
    }

    private void readFormat(String path) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING || !JsonExchange.FORMAT.equals(p.getText())) {
            throw bad(path, NLS.bind(Messages.Document_wrongFormat, JsonExchange.FORMAT, ValueKind.describe(p)));
        }
    }

    private void readFormatVersion(String path) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
            throw bad(path, NLS.bind(Messages.Document_expected, Messages.Expect_wholeNumber, ValueKind.describe(p)));
        }
        if (p.getNumberType() != JsonParser.NumberType.INT || p.getIntValue() != JsonExchange.FORMAT_VERSION) {
            boolean newer = p.getNumberType() != JsonParser.NumberType.INT
                    || p.getIntValue() > JsonExchange.FORMAT_VERSION;
            throw bad(path, NLS.bind(newer ? Messages.Document_formatVersionNewer : Messages.Document_formatVersion,
                    p.getText(), JsonExchange.FORMAT_VERSION));
        }
    }

    private void readSchemaVersions(String path) throws IOException {
        expect(JsonToken.START_OBJECT, path, Messages.Expect_schemaVersions);
        Map<String, Integer> fileVersions = new TreeMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String contributor = p.currentName();
            String at = JsonPaths.field(path, contributor);
            p.nextToken();
            if (p.currentToken() != JsonToken.VALUE_NUMBER_INT || p.getNumberType() != JsonParser.NumberType.INT) {
                throw bad(at, NLS.bind(Messages.Document_expected, Messages.Expect_versionNumber,
                        ValueKind.describe(p)));
            }
            fileVersions.put(contributor, p.getIntValue());
        }
        Set<String> all = new TreeSet<>(fileVersions.keySet());
        all.addAll(databaseVersions.keySet());
        for (String contributor : all) {
            Integer inFile = fileVersions.get(contributor);
            Integer inDatabase = databaseVersions.get(contributor);
            if (!java.util.Objects.equals(inFile, inDatabase)) {
                throw bad(inFile == null ? path : JsonPaths.field(path, contributor),
                        NLS.bind(Messages.Document_schemaDiffers, new Object[] {contributor, schemaVersion(inFile),
                                schemaVersion(inDatabase)}));
            }
        }
    }

    /** "has version 3", or "does not have it" for {@code null}. */
    private static String schemaVersion(Integer version) {
        return version == null ? Messages.Document_schemaAbsent : NLS.bind(Messages.Document_schemaVersion, version);
    }

    private Map<String, Long> readTables(String path) throws IOException, SQLException {
        expect(JsonToken.START_OBJECT, path, Messages.Expect_tables);
        Map<String, Long> counts = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            String at = JsonPaths.field(path, name);
            TableInfo table = tables.get(name);
            if (table == null) {
                throw bad(at, NLS.bind(Messages.Document_noTable, name, String.join(", ", tables.keySet())));
            }
            p.nextToken();
            counts.put(name, readTable(table, at));
        }
        return counts;
    }

    private long readTable(TableInfo table, String path) throws IOException, SQLException {
        expect(JsonToken.START_OBJECT, path, Messages.Expect_table);
        List<ColumnInfo> columns = null;
        long rows = 0;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            String at = JsonPaths.field(path, name);
            p.nextToken();
            if (name.equals("columns")) {
                columns = readColumns(table, at);
            } else if (name.equals("rows")) {
                if (columns == null) {
                    throw bad(at, Messages.Document_columnsFirst);
                }
                rows = readRows(table, columns, at);
            } else {
                throw bad(at, NLS.bind(Messages.Document_unknownTableField, name));
            }
        }
        if (columns == null) {
            throw bad(path, NLS.bind(Messages.Document_fieldMissing, "columns"));
        }
        return rows;
    }

    private List<ColumnInfo> readColumns(TableInfo table, String path) throws IOException {
        expect(JsonToken.START_ARRAY, path, Messages.Expect_columnNames);
        List<ColumnInfo> columns = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; p.nextToken() != JsonToken.END_ARRAY; i++) {
            String at = JsonPaths.index(path, i);
            expect(JsonToken.VALUE_STRING, at, Messages.Expect_columnName);
            String name = p.getText();
            ColumnInfo column = table.column(name).orElseThrow(() -> bad(at, NLS.bind(Messages.Document_noColumn,
                    table.name(), name)));
            if (!names.add(name)) {
                throw bad(at, NLS.bind(Messages.Document_columnTwice, name));
            }
            columns.add(column);
        }
        for (ColumnInfo column : table.columns()) {
            if (!names.contains(column.name()) && !column.mayBeOmitted()) {
                throw bad(path, NLS.bind(Messages.Document_columnMissing, column.name(), table.name()));
            }
        }
        return columns;
    }

    private long readRows(TableInfo table, List<ColumnInfo> columns, String path) throws IOException, SQLException {
        expect(JsonToken.START_ARRAY, path, Messages.Expect_rows);
        int width = columns.size();
        long index = 0;
        try (TableInserter inserter = new TableInserter(c, table, columns, path)) {
            for (; p.nextToken() != JsonToken.END_ARRAY; index++) {
                String rowPath = JsonPaths.index(path, index);
                expect(JsonToken.START_ARRAY, rowPath, NLS.bind(Messages.Expect_row, width));
                Object[] values = new Object[width];
                for (int i = 0; i < width; i++) {
                    if (p.nextToken() == JsonToken.END_ARRAY) {
                        throw bad(rowPath, NLS.bind(Messages.Document_tooFewValues, width, i));
                    }
                    values[i] = readValue(columns.get(i), JsonPaths.index(rowPath, i));
                }
                if (p.nextToken() != JsonToken.END_ARRAY) {
                    throw bad(JsonPaths.index(rowPath, width), NLS.bind(Messages.Document_tooManyValues, width));
                }
                inserter.add(index, values);
                if ((index + 1) % JsonExporter.TICK == 0) {
                    listener.tick();
                }
            }
            inserter.flush();
        }
        listener.tick(); // also between tables: a table of few, large rows (sales blocks) would not tick otherwise
        return index;
    }

    private Object readValue(ColumnInfo column, String path) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            if (!column.nullable()) {
                throw bad(path, NLS.bind(Messages.Document_nullValue, column.name()));
            }
            return null;
        }
        try {
            return column.kind().read(p, column);
        } catch (BadValueException e) {
            throw bad(path, e.getMessage());
        }
    }

    private void expect(JsonToken token, String path, String what) throws IOException {
        if (p.currentToken() != token) {
            throw bad(path, NLS.bind(Messages.Document_expected, what, ValueKind.describe(p)));
        }
    }

    private static BadDocumentException bad(String path, String problem) {
        return new BadDocumentException(path, problem);
    }
}
