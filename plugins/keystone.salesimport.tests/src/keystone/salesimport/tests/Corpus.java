package keystone.salesimport.tests;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * The test files under {@code resources/corpus} of this fragment, copied into a test's temporary directory.
 *
 * <p>The fragment's classes are loaded by its host, so {@code FrameworkUtil} names the host; its
 * {@code findEntries} searches the attached fragment too. Outside OSGi (an IDE's plain JUnit run) the files are read
 * from {@code resources/corpus} below the working directory.</p>
 */
final class Corpus {

    private static final String FOLDER = "resources/corpus";

    private Corpus() {
    }

    /** Copies corpus file {@code name} into {@code dir} and returns the copy. */
    static Path copy(String name, Path dir) throws IOException {
        Path target = dir.resolve(name);
        try (InputStream in = open(name)) {
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
        return target;
    }

    private static InputStream open(String name) throws IOException {
        Bundle host = FrameworkUtil.getBundle(Corpus.class);
        if (host == null) {
            return Files.newInputStream(Path.of(System.getProperty("keystone.salesimport.corpus", FOLDER), name));
        }
        Enumeration<URL> entries = host.findEntries(FOLDER, name, false);
        if (entries == null || !entries.hasMoreElements()) {
            throw new IOException("no corpus file " + name + " in " + host.getSymbolicName() + " or its fragments");
        }
        return entries.nextElement().openStream();
    }
}
