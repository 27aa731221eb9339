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
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * A SHA-256 over the rule catalogue and every feature file the kit ships, so a report says
 * exactly which version of the contract a run checked: file names in order, each followed by
 * its bytes.
 */
public final class SuiteFingerprint {

    /** Where the catalogue and the feature files are on the classpath. */
    static final String DIRECTORY = "mfck/features/";

    private SuiteFingerprint() {
    }

    /** @return the fingerprint of the suite on the kit's classpath, in hex */
    public static String ofKit() {
        return of(files());
    }

    /**
     * @param files file name to content
     * @return the fingerprint, in hex
     */
    static String of(Map<String, byte[]> files) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            new TreeMap<>(files).forEach((name, bytes) -> {
                digest.update(name.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(bytes);
            });
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }

    /** @return every file of the suite directory: the catalogue and the feature files */
    static Map<String, byte[]> files() {
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
        try (Stream<Path> listed = Files.list(directory)) {
            for (Path file : listed.filter(Files::isRegularFile).toList()) {
                files.put(file.getFileName().toString(), Files.readAllBytes(file));
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
                if (!entry.isDirectory() && name.startsWith(DIRECTORY) && name.indexOf('/', DIRECTORY.length()) < 0) {
                    try (InputStream in = jar.getInputStream(entry)) {
                        files.put(name.substring(DIRECTORY.length()), in.readAllBytes());
                    }
                }
            }
        }
        return files;
    }
}
