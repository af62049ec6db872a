package keystone.cli.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.eclipse.osgi.util.NLS;

import keystone.model.KeystoneException;
import keystone.salesimport.BadLinePolicy;
import keystone.salesimport.ColumnMapping;
import keystone.salesimport.DecimalSeparator;
import keystone.salesimport.Detection;
import keystone.salesimport.ImportOptions;
import keystone.salesimport.ImportResult;
import keystone.salesimport.InvalidLinesException;
import keystone.salesimport.MappingProfile;
import keystone.salesimport.ProfileStore;
import keystone.salesimport.SalesImportService;

/**
 * {@code import-sales FILE [--profile NAME | --map customer=COL,date=COL,amount=COL[,...]] [--encoding E]
 * [--delimiter D] [--decimal point|comma] [--date-format PATTERN] [--skip-invalid ERRFILE] [--replace]}: imports a
 * sales export in one transaction; any invalid line refuses the file (each named) unless --skip-invalid is given.
 */
record ImportSalesCommand(Path file, String profile, ColumnMapping mapping, Detection overrides, Path errorFile,
        boolean replace) implements Command {

    static ImportSalesCommand of(Path file, Map<String, String> values, boolean replace) throws UsageException {
        Map<String, String> left = new LinkedHashMap<>(values);
        String profile = left.remove("--profile");
        String map = left.remove("--map");
        if ((profile == null) == (map == null)) {
            throw new UsageException(Messages.Error_profileOrMap);
        }
        ColumnMapping mapping = null;
        if (map != null) {
            try {
                mapping = ColumnMapping.parse(map);
            } catch (IllegalArgumentException e) {
                throw new UsageException(NLS.bind(Messages.Error_badMap, e.getMessage()));
            }
        }
        Detection overrides;
        try {
            overrides = new Detection(null, left.remove("--encoding"), null, delimiter(left.remove("--delimiter")), null,
                    decimal(left.remove("--decimal")), null, left.remove("--date-format"), null, null);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        String errors = left.remove("--skip-invalid");
        CommandLine.requireNoOptions(new ArrayList<>(left.keySet()));
        return new ImportSalesCommand(file, profile, mapping, overrides, errors == null ? null : CommandLine.path(errors),
                replace);
    }

    private static Character delimiter(String text) throws UsageException {
        if (text == null) {
            return null;
        }
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "tab", "\\t", "\t" -> '\t';
            case "comma" -> ',';
            case "semicolon" -> ';';
            case "pipe" -> '|';
            default -> {
                if (text.length() != 1) {
                    throw new UsageException(NLS.bind(Messages.Error_badDelimiter, text));
                }
                yield text.charAt(0);
            }
        };
    }

    private static DecimalSeparator decimal(String text) throws UsageException {
        if (text == null) {
            return null;
        }
        try {
            return DecimalSeparator.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UsageException(NLS.bind(Messages.Error_badDecimal, text));
        }
    }

    @Override
    public void run(CliContext context) {
        ImportOptions options;
        if (profile != null) {
            MappingProfile saved = context.services().get(ProfileStore.class).load(profile)
                    .orElseThrow(() -> new KeystoneException(NLS.bind(Messages.Error_noProfile, profile)));
            options = new ImportOptions(saved.overrides().overriddenBy(overrides), saved.mapping());
        } else {
            options = new ImportOptions(overrides, mapping);
        }
        BadLinePolicy policy = errorFile == null ? BadLinePolicy.ABORT : BadLinePolicy.SKIP;
        ImportResult result;
        try {
            result = context.services().get(SalesImportService.class).importFile(file, options, policy, errorFile,
                    replace, context.monitor());
        } catch (InvalidLinesException e) {
            throw new KeystoneException(e.report().describe(Integer.MAX_VALUE) + System.lineSeparator()
                    + Messages.ImportSales_useSkip, e);
        }
        context.out().println(NLS.bind(Messages.ImportSales_done, new Object[] {result.imported(), file,
            result.customersNew(), result.customersUpdated(), result.periodFrom(), result.periodTo(),
            Math.round(result.linesPerSecond())}));
        if (result.skipped() > 0) {
            context.out().println(NLS.bind(Messages.ImportSales_skipped, result.skipped(), result.errorFile()));
        }
        if (result.replacedLines() > 0) {
            context.out().println(NLS.bind(Messages.ImportSales_replaced, result.replacedLines()));
        }
    }
}
