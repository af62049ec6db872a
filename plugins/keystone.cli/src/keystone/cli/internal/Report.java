package keystone.cli.internal;

import java.io.PrintStream;
import java.util.Map;

import org.eclipse.osgi.util.NLS;

import keystone.model.store.DatabaseService;

/**
 * Lays out what several commands print: the usage text and name/value tables, aligned in columns.
 */
final class Report {

    private static final String INDENT = "  ";

    private Report() {
    }

    static void usage(PrintStream out) {
        out.println(Messages.Usage_synopsis);
        out.println();
        out.println(Messages.Usage_commands);
        Map<String, String> commands = new java.util.LinkedHashMap<>();
        commands.put("info", Messages.Usage_info);
        commands.put("export-json FILE", Messages.Usage_exportJson);
        commands.put("import-json FILE [" + CommandLine.REPLACE + "]", Messages.Usage_importJson);
        commands.put("demo", Messages.Usage_demo);
        commands.put("import-sales FILE", Messages.Usage_importSales);
        commands.put("abcxyz --out FILE", Messages.Usage_abcxyz);
        commands.put("help", Messages.Usage_help);
        table(out, commands);
        out.println();
        out.println(Messages.Usage_options);
        table(out, Map.of(CommandLine.DB + " DIR",
                NLS.bind(Messages.Usage_db, DatabaseService.configuredDirectory())));
        out.println();
        out.println(Messages.Usage_exitCodes);
    }

    /** One line per entry: the name, padded to the longest, then the value. */
    static void table(PrintStream out, Map<String, ?> rows) {
        int width = rows.keySet().stream().mapToInt(String::length).max().orElse(0);
        int valueWidth = rows.values().stream().filter(Number.class::isInstance)
                .mapToInt(v -> v.toString().length()).max().orElse(0);
        rows.forEach((name, value) -> {
            // numbers right-aligned so that their digits line up
            String shown = value instanceof Number ? pad(value.toString(), valueWidth, true) : String.valueOf(value);
            out.println(INDENT + pad(name, width, false) + INDENT + shown);
        });
    }

    private static String pad(String text, int width, boolean left) {
        String spaces = " ".repeat(Math.max(0, width - text.length()));
        return left ? spaces + text : text + spaces;
    }

    /** The rows per table, headed. */
    static void rowCounts(PrintStream out, Map<String, Long> counts) {
        out.println(Messages.Info_rowCounts);
        table(out, counts);
    }
}
