package keystone.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Manifest;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The layering rules of docs/architecture.md, checked on the sources of every bundle in the repository:
 * bundles without ".ui" never depend on SWT, JFace or the workbench; UI bundles never issue SQL.
 */
class ArchitectureRulesTest {

    private static final List<String> UI_PREFIXES = List.of("org.eclipse.swt", "org.eclipse.jface", "org.eclipse.ui",
            "org.eclipse.e4.ui");

    private static Path plugins() {
        String root = System.getProperty("keystone.repo.root");
        assertTrue(root != null && !root.isBlank(), "keystone.repo.root is set by the build");
        return Path.of(root, "plugins");
    }

    /** Bundles allowed to use the UI: workbench bundles, the application, and test support. */
    private static boolean mayUseUi(String bundle) {
        return bundle.endsWith(".ui") || bundle.endsWith(".ui.tests") || bundle.equals("keystone.app")
                || bundle.equals("keystone.testsupport") || bundle.contains(".ui.");
    }

    @Test
    void nonUiBundlesImportNothingFromSwtJfaceOrTheWorkbench() throws IOException {
        List<String> violations = new ArrayList<>();
        int checked = 0;
        try (Stream<Path> bundles = Files.list(plugins())) {
            for (Path bundle : (Iterable<Path>) bundles.sorted()::iterator) {
                Path manifestFile = bundle.resolve("META-INF/MANIFEST.MF");
                String name = bundle.getFileName().toString();
                if (!Files.exists(manifestFile) || mayUseUi(name)) {
                    continue;
                }
                checked++;
                Manifest manifest;
                try (InputStream in = Files.newInputStream(manifestFile)) {
                    manifest = new Manifest(in);
                }
                for (String header : List.of("Import-Package", "Require-Bundle", "DynamicImport-Package")) {
                    String value = manifest.getMainAttributes().getValue(header);
                    if (value == null) {
                        continue;
                    }
                    for (String prefix : UI_PREFIXES) {
                        if (value.contains(prefix)) {
                            violations.add(name + " " + header + " mentions " + prefix);
                        }
                    }
                }
            }
        }
        assertTrue(checked >= 3, "found the non-UI bundles (checked " + checked + ")");
        assertEquals(List.of(), violations);
    }

    @Test
    void uiBundlesIssueNoSql() throws IOException {
        List<String> violations = new ArrayList<>();
        try (Stream<Path> files = Files.walk(plugins())) {
            for (Path file : (Iterable<Path>) files::iterator) {
                String path = plugins().relativize(file).toString();
                String bundle = path.contains("/") ? path.substring(0, path.indexOf('/')) : path;
                if (file.toString().endsWith(".java") && path.contains("/src/") && bundle.endsWith(".ui")
                        && Files.readString(file).contains("java.sql")) {
                    violations.add(path);
                }
            }
        }
        assertEquals(List.of(), violations);
    }
}
