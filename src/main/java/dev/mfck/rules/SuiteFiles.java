package dev.mfck.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The files of the suite as the kit ships them, on the classpath under {@code mfck/features/}
 * (a folder, or a jar): the rule catalogue, the matrix, the feature files, and the copies of the
 * specification they cite ({@code spec/}), each by its path under that folder.
 */
public final class SuiteFiles {

    /** Where the catalogue and the feature files are on the classpath. */
    static final String DIRECTORY = "mfck/features/";

    private SuiteFiles() {
    }

    /**
     * Reads one text resource of the kit.
     *
     * @param resource its path on the classpath, for example {@code mfck/features/rules.md}
     * @return its text
     * @throws IllegalStateException when it is not on the classpath
     */
    public static String text(String resource) {
        try (InputStream in = SuiteFiles.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /** @return every file of the suite directory: the catalogue, the matrix and the feature files, by name */
    public static Map<String, byte[]> read() {
        URL catalogue = SuiteFingerprint.class.getClassLoader().getResource(RuleCatalogue.RESOURCE);
        if (catalogue == null) {
            throw new IllegalStateException(RuleCatalogue.RESOURCE + " is not on the classpath");
        }
        try {
            return switch (catalogue.getProtocol()) {
                case "file" -> fromDirectory(Path.of(catalogue.toURI()).getParent());
                case "jar" -> fromJar((JarURLConnection) catalogue.openConnection());
                default -> throw new IllegalStateException("cannot list the suite at " + catalogue);
            };
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the suite at " + catalogue, e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, byte[]> fromDirectory(Path directory) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> listed = Files.walk(directory)) {
            for (Path file : listed.filter(Files::isRegularFile).toList()) {
                files.put(directory.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
        }
        return files;
    }

    private static Map<String, byte[]> fromJar(JarURLConnection connection) throws IOException {
        connection.setUseCaches(false);
        Map<String, byte[]> files = new TreeMap<>();
        try (JarFile jar = connection.getJarFile()) {
            for (JarEntry entry : jar.stream().toList()) {
                String name = entry.getName();
                if (!entry.isDirectory() && name.startsWith(DIRECTORY)) {
                    try (InputStream in = jar.getInputStream(entry)) {
                        files.put(name.substring(DIRECTORY.length()), in.readAllBytes());
                    }
                }
            }
        }
        return files;
    }
}
