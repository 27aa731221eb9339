package dev.mfck.reference.spi;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code dev.mfck:mfck-spi}, as the kit's build installs it: the SPI package alone, a pom with no
 * dependencies, and enough for a vendor to compile a provider against nothing else.
 */
class SpiArtifactIT {

    private static final Path JAR = Path.of(System.getProperty("mfck.spi.jar", "mfck-spi.jar"));

    @TempDir
    Path work;

    @Test
    void theJarHoldsTheSpiPackageAndNothingElse() throws IOException {
        assertThat(JAR).as("installed by the kit's build").isRegularFile();
        try (JarFile jar = new JarFile(JAR.toFile())) {
            List<String> classes = jar.stream().map(ZipEntry::getName).filter(n -> !n.startsWith("META-INF/"))
                    .filter(n -> !n.endsWith("/")).toList();
            assertThat(classes).isNotEmpty().allMatch(name -> name.matches("dev/mfck/spi/[A-Za-z$-]+\\.class"))
                    .contains("dev/mfck/spi/MediaSession.class", "dev/mfck/spi/SessionProvider.class",
                            "dev/mfck/spi/SampleSink.class", "dev/mfck/spi/HResult.class");
        }
    }

    @Test
    void itsPomDependsOnNothing() throws IOException {
        String pom = Files.readString(JAR.resolveSibling(JAR.getFileName().toString().replace(".jar", ".pom")));
        assertThat(pom).contains("<artifactId>mfck-spi</artifactId>").doesNotContain("<dependency>");
    }

    @Test
    void aVendorsProviderCompilesAgainstItAlone() throws IOException {
        Path source = Files.createDirectories(work.resolve("com/acme")).resolve("AcmeProvider.java");
        Files.writeString(source, """
                package com.acme;

                import dev.mfck.spi.MediaClip;
                import dev.mfck.spi.MediaSession;
                import dev.mfck.spi.SampleSink;
                import dev.mfck.spi.SessionProvider;
                import dev.mfck.spi.Topology;
                import java.util.List;

                public final class AcmeProvider implements SessionProvider {
                    public String name() { return "ACME session"; }
                    public String version() { return "2.3"; }
                    public MediaSession createSession() { throw new UnsupportedOperationException("ACME's own"); }
                    public Topology createPartialTopology(MediaClip clip, List<SampleSink> sinks) {
                        throw new UnsupportedOperationException("ACME's own");
                    }
                }
                """);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        int status = javac.run(null, null, errors, "-classpath", JAR.toString(), "-d", work.resolve("classes").toString(),
                source.toString());
        assertThat(status).as("javac against mfck-spi alone:\n" + errors).isZero();
    }
}
