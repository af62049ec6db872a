package keystone.cli.internal;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

/**
 * Parses {@code keystone-cli [--db DIR] COMMAND [options]} into the database folder and the command to run.
 *
 * <p>Keystone's options have two dashes. The Eclipse launcher and framework consume their own single-dash options
 * ({@code -consoleLog}, {@code -nosplash}, {@code -data X}, ...) but may pass some through, always before ours;
 * so leading single-dash arguments are skipped, with the value of those known to take one.</p>
 */
final class CommandLine {

    /** Everything needed to run: the database folder, when given, and the command. */
    record Invocation(Optional<Path> database, Command command) {
    }

    static final String DB = "--db";
    static final String REPLACE = "--replace";

    /** Keystone options that are followed by a value ({@code --name VALUE} or {@code --name=VALUE}). */
    static final Set<String> OPTIONS_WITH_VALUE = Set.of("--from", "--to", "--measure", "--a", "--b", "--x", "--y",
            "--out", "--profile", "--map", "--encoding", "--delimiter", "--decimal", "--date-format",
            "--skip-invalid");

    /** Eclipse options that are followed by a value. */
    private static final Set<String> ECLIPSE_OPTIONS_WITH_VALUE = Set.of("-data", "-configuration", "-product",
            "-application", "-nl", "-os", "-ws", "-arch", "-user", "-install", "-launcher", "-name", "-startup",
            "-vm", "-library", "-plugincustomization", "-pluginCustomization");

    private CommandLine() {
    }

    static Invocation parse(String[] args) throws UsageException {
        int start = skipEclipseOptions(args);
        Optional<Path> database = Optional.empty();
        List<String> words = new ArrayList<>();
        List<String> options = new ArrayList<>();
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = start; i < args.length; i++) {
            String arg = args[i];
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            if (OPTIONS_WITH_VALUE.contains(name)) {
                if (arg.contains("=")) {
                    values.put(name, arg.substring(arg.indexOf('=') + 1));
                } else if (i + 1 < args.length) {
                    values.put(name, args[++i]);
                } else {
                    throw new UsageException(NLS.bind(Messages.Error_missingValue, name));
                }
            } else if (arg.equals(DB)) {
                if (i + 1 >= args.length) {
                    throw new UsageException(NLS.bind(Messages.Error_missingValue, DB));
                }
                database = Optional.of(path(args[++i]));
            } else if (arg.startsWith(DB + "=")) {
                database = Optional.of(path(arg.substring(DB.length() + 1)));
            } else if (arg.equals("--help") || arg.equals("-h")) {
                return new Invocation(database, new HelpCommand());
            } else if (arg.startsWith("-") && arg.length() > 1) {
                options.add(arg);
            } else {
                words.add(arg);
            }
        }
        if (words.isEmpty()) {
            requireNoOptions(options);
            requireNoOptions(new ArrayList<>(values.keySet()));
            return new Invocation(database, new HelpCommand());
        }
        String name = words.get(0);
        List<String> arguments = words.subList(1, words.size());
        Command command = switch (name) {
            case "info" -> {
                requireArguments(name, arguments, 0);
                requireNoOptions(options);
                yield new InfoCommand();
            }
            case "export-json" -> {
                requireArguments(name, arguments, 1);
                requireNoOptions(options);
                yield new ExportJsonCommand(path(arguments.get(0)));
            }
            case "import-json" -> {
                requireArguments(name, arguments, 1);
                boolean replace = options.remove(REPLACE);
                requireNoOptions(options);
                yield new ImportJsonCommand(path(arguments.get(0)), replace);
            }
            case "demo" -> {
                requireArguments(name, arguments, 0);
                requireNoOptions(options);
                yield new DemoCommand();
            }
            case "abcxyz" -> {
                requireArguments(name, arguments, 0);
                requireNoOptions(options);
                yield AbcxyzCommand.of(values);
            }
            case "import-sales" -> {
                requireArguments(name, arguments, 1);
                boolean replace = options.remove(REPLACE);
                requireNoOptions(options);
                yield ImportSalesCommand.of(path(arguments.get(0)), values, replace);
            }
            case "help" -> new HelpCommand();
            default -> throw new UsageException(NLS.bind(Messages.Error_unknownCommand, name));
        };
        if (!(command instanceof AbcxyzCommand) && !(command instanceof ImportSalesCommand)) {
            requireNoOptions(new ArrayList<>(values.keySet()));
        }
        return new Invocation(database, command);
    }

    private static int skipEclipseOptions(String[] args) {
        int i = 0;
        while (i < args.length && args[i].startsWith("-") && !args[i].startsWith("--") && !args[i].equals("-h")) {
            if (args[i].equals("-vmargs")) {
                return args.length; // everything after it is for the Java VM
            }
            i += ECLIPSE_OPTIONS_WITH_VALUE.contains(args[i]) ? 2 : 1;
        }
        return Math.min(i, args.length);
    }

    private static void requireArguments(String command, List<String> arguments, int expected)
            throws UsageException {
        if (arguments.size() < expected) {
            throw new UsageException(NLS.bind(Messages.Error_missingFile, command));
        }
        if (arguments.size() > expected) {
            throw new UsageException(NLS.bind(Messages.Error_tooManyArguments, command,
                    String.join(" ", arguments.subList(expected, arguments.size()))));
        }
    }

    static void requireNoOptions(List<String> options) throws UsageException {
        if (!options.isEmpty()) {
            throw new UsageException(NLS.bind(Messages.Error_unknownOption, options.get(0)));
        }
    }

    static Path path(String text) throws UsageException {
        try {
            if (text.isBlank()) {
                throw new InvalidPathException(text, "empty");
            }
            return Path.of(text).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            throw new UsageException(NLS.bind(Messages.Error_badPath, text));
        }
    }
}
