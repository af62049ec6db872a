package keystone.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every message bundle of the repository (messages.properties, plugin.properties) has its Russian, Spanish and
 * Chinese translation, with the same keys, the same placeholders, and patterns that MessageFormat accepts.
 */
class MessageBundlesTest {

    private static final List<String> LANGUAGES = List.of("ru", "es", "zh");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");

    @Test
    void everyBundleIsTranslatedWithTheSameKeysAndPlaceholders() throws IOException {
        List<String> problems = new ArrayList<>();
        List<Path> bases = baseBundles();
        assertTrue(bases.size() >= 10, "found the bundles: " + bases);
        for (Path base : bases) {
            Properties english = load(base);
            checkPatterns(base, english, problems);
            for (String language : LANGUAGES) {
                String name = base.getFileName().toString().replace(".properties", "_" + language + ".properties");
                Path translated = base.resolveSibling(name);
                if (!Files.exists(translated)) {
                    problems.add(relative(translated) + " is missing");
                    continue;
                }
                Properties other = load(translated);
                checkPatterns(translated, other, problems);
                Set<String> missing = new TreeSet<>(english.stringPropertyNames());
                missing.removeAll(other.stringPropertyNames());
                Set<String> extra = new TreeSet<>(other.stringPropertyNames());
                extra.removeAll(english.stringPropertyNames());
                if (!missing.isEmpty()) {
                    problems.add(relative(translated) + " lacks " + missing);
                }
                if (!extra.isEmpty()) {
                    problems.add(relative(translated) + " has keys the English bundle lacks: " + extra);
                }
                for (String key : english.stringPropertyNames()) {
                    String value = other.getProperty(key);
                    if (value != null && !placeholders(english.getProperty(key)).equals(placeholders(value))) {
                        problems.add(relative(translated) + " " + key + ": placeholders "
                                + placeholders(value) + " instead of " + placeholders(english.getProperty(key)));
                    }
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    private static void checkPatterns(Path file, Properties bundle, List<String> problems) {
        if (file.getFileName().toString().startsWith("plugin")) {
            return; // plugin.xml texts are not MessageFormat patterns
        }
        for (String key : bundle.stringPropertyNames()) {
            String value = bundle.getProperty(key);
            if (placeholders(value).isEmpty()) {
                continue; // NLS uses such texts as they are
            }
            try {
                new MessageFormat(value);
            } catch (IllegalArgumentException e) {
                problems.add(relative(file) + " " + key + ": not a valid pattern (" + e.getMessage() + ")");
            }
        }
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static List<Path> baseBundles() throws IOException {
        try (Stream<Path> files = Files.walk(plugins())) {
            return files.filter(f -> {
                String name = f.getFileName().toString();
                String path = f.toString();
                return (name.equals("messages.properties") || name.equals("plugin.properties"))
                        && !path.contains("/target/") && !path.contains("/bin/");
            }).sorted().toList();
        }
    }

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            properties.load(in); // ISO-8859-1 with \\u escapes, as NLS reads them
        }
        return properties;
    }

    private static String relative(Path file) {
        return plugins().relativize(file).toString();
    }

    private static Path plugins() {
        String root = System.getProperty("keystone.repo.root");
        assertTrue(root != null && !root.isBlank(), "keystone.repo.root is set by the build");
        return Path.of(root, "plugins");
    }
}
