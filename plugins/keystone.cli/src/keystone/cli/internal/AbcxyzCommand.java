package keystone.cli.internal;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;

import keystone.abcxyz.AbcXyzService;
import keystone.abcxyz.CellSummary;
import keystone.abcxyz.Classification;
import keystone.abcxyz.CsvReport;
import keystone.abcxyz.Measure;
import keystone.abcxyz.Settings;
import keystone.model.KeystoneException;

/**
 * {@code abcxyz [--from YYYY-MM --to YYYY-MM] [--measure revenue|margin] [--a A --b B --x X --y Y] --out FILE}:
 * classifies every customer and writes the result as CSV for other tools to check. Options left out take the
 * defaults of the analysis (last 24 full months, revenue, 0.8/0.95, 0.5/1.0).
 */
record AbcxyzCommand(Path out, Optional<YearMonth> from, Optional<YearMonth> to, Optional<Measure> measure,
        Optional<Double> a, Optional<Double> b, Optional<Double> x, Optional<Double> y) implements Command {

    static AbcxyzCommand of(Map<String, String> values) throws UsageException {
        Map<String, String> left = new java.util.LinkedHashMap<>(values);
        String out = left.remove("--out");
        if (out == null) {
            throw new UsageException(NLS.bind(Messages.Error_missingValue, "--out"));
        }
        AbcxyzCommand command = new AbcxyzCommand(CommandLine.path(out), month(left.remove("--from")),
                month(left.remove("--to")), measure(left.remove("--measure")), number("--a", left.remove("--a")),
                number("--b", left.remove("--b")), number("--x", left.remove("--x")), number("--y", left.remove("--y")));
        CommandLine.requireNoOptions(new ArrayList<>(left.keySet()));
        return command;
    }

    private static Optional<YearMonth> month(String text) throws UsageException {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(YearMonth.parse(text));
        } catch (DateTimeParseException e) {
            throw new UsageException(NLS.bind(Messages.Error_badMonth, text));
        }
    }

    private static Optional<Measure> measure(String text) throws UsageException {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Measure.valueOf(text.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            throw new UsageException(NLS.bind(Messages.Error_badMeasure, text));
        }
    }

    private static Optional<Double> number(String option, String text) throws UsageException {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Double.parseDouble(text));
        } catch (NumberFormatException e) {
            throw new UsageException(NLS.bind(Messages.Error_badNumber, option, text));
        }
    }

    @Override
    public void run(CliContext context) {
        AbcXyzService analysis = context.services().get(AbcXyzService.class);
        Settings defaults = analysis.defaultSettings();
        Settings settings;
        try {
            settings = new Settings(from.orElse(defaults.from()), to.orElse(defaults.to()),
                    measure.orElse(defaults.measure()), a.orElse(defaults.aCut()), b.orElse(defaults.bCut()),
                    x.orElse(defaults.xCut()), y.orElse(defaults.yCut()), defaults.recentMonths());
        } catch (IllegalArgumentException e) {
            throw new KeystoneException(e.getMessage(), e);
        }
        Classification classification = analysis.classify(settings, context.monitor());
        try {
            Path temp = Files.createTempFile(out.getParent(), "." + out.getFileName(), ".part");
            try {
                try (Writer writer = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                    CsvReport.write(classification, writer);
                }
                Files.move(temp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new KeystoneException(NLS.bind(Messages.Error_write, out, e.getMessage()), e);
        }
        context.out().println(NLS.bind(Messages.Abcxyz_done, new Object[] {classification.results().size(),
            settings.from(), settings.to(), out}));
        StringBuilder cells = new StringBuilder();
        for (CellSummary cell : classification.matrix()) {
            cells.append(cell.cell()).append(' ').append(cell.count()).append("  ");
        }
        context.out().println(cells.toString().strip());
    }
}
