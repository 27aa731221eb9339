package dev.mfck.selftest.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mfck.cli.CliRun;
import dev.mfck.cli.ExitCodes;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

import static dev.mfck.cli.CliRun.mfck;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A vendor's implementation that is not on the kit's classpath, in a jar of its own, found
 * through {@code --classpath}: by its service declaration, or named with {@code --provider}.
 */
class VendorClasspathSelfTest {

    private static final String PROVIDER = "com.acme.AcmeProvider";
    private static final String CRASHING = "com.acme.AcmeCrashingProvider";
    /** ACME's next release: every fifth Close in a process takes the JVM down, as a native crash in a codec would. */
    private static final String CRASHING_SOURCE = """
            package com.acme;

            import dev.mfck.inmemory.InMemorySession;
            import dev.mfck.spi.HResult;
            import dev.mfck.spi.MediaClip;
            import dev.mfck.spi.MediaSession;
            import dev.mfck.spi.SampleSink;
            import dev.mfck.spi.SessionProvider;
            import dev.mfck.spi.Topology;
            import dev.mfck.support.PartialTopologies;
            import java.util.List;
            import java.util.concurrent.atomic.AtomicInteger;

            public final class AcmeCrashingProvider implements SessionProvider {
                private static final AtomicInteger CLOSES = new AtomicInteger();
                public String name() { return "ACME session"; }
                public String version() { return "2.4-rc1"; }
                public MediaSession createSession() {
                    return new InMemorySession() {
                        @Override
                        public HResult close() {
                            if (CLOSES.incrementAndGet() % 5 == 0) {
                                System.err.println("acme: codec teardown crashed");
                                Runtime.getRuntime().halt(134);
                            }
                            return super.close();
                        }
                    };
                }
                public Topology createPartialTopology(MediaClip clip, List<SampleSink> sinks) {
                    return PartialTopologies.of(clip, sinks);
                }
            }
            """;
    private static final String SOURCE = """
            package com.acme;

            import dev.mfck.inmemory.InMemorySession;
            import dev.mfck.spi.MediaClip;
            import dev.mfck.spi.MediaSession;
            import dev.mfck.spi.SampleSink;
            import dev.mfck.spi.SessionProvider;
            import dev.mfck.spi.Topology;
            import dev.mfck.support.PartialTopologies;
            import java.util.List;

            public final class AcmeProvider implements SessionProvider {
                public String name() { return "ACME session"; }
                public String version() { return "2.3"; }
                public MediaSession createSession() { return new InMemorySession(); }
                public Topology createPartialTopology(MediaClip clip, List<SampleSink> sinks) {
                    return PartialTopologies.of(clip, sinks);
                }
            }
            """;

    @TempDir
    static Path vendor;

    @TempDir
    Path reports;

    @BeforeAll
    static void buildTheVendorsJar() throws IOException {
        Path sources = Files.createDirectories(vendor.resolve("src/com/acme"));
        Files.writeString(sources.resolve("AcmeProvider.java"), SOURCE);
        Files.writeString(sources.resolve("AcmeCrashingProvider.java"), CRASHING_SOURCE);
        Path classes = Files.createDirectories(vendor.resolve("classes"));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        int status = javac.run(null, null, null, "-d", classes.toString(), "-cp", System.getProperty("java.class.path"),
                sources.resolve("AcmeProvider.java").toString(), sources.resolve("AcmeCrashingProvider.java").toString());
        assertThat(status).as("the vendor's provider compiles").isZero();
        Path lib = Files.createDirectories(vendor.resolve("lib"));
        try (JarOutputStream jar = new JarOutputStream(Files.newOutputStream(lib.resolve("acme-session.jar")));
             Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                put(jar, classes.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
            put(jar, "META-INF/services/dev.mfck.spi.SessionProvider", (PROVIDER + "\n").getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void theVendorsClassesAreNotOnTheKitsClasspath() {
        assertThatThrownBy(() -> Class.forName(PROVIDER)).isInstanceOf(ClassNotFoundException.class);
    }

    @Test
    void theProviderTheJarDeclaresIsFoundWithoutNamingIt() {
        CliRun run = mfck("run", "--classpath", vendor.resolve("lib/acme-session.jar").toString(), "--rule", "SECOND-CLOSE",
                "--report-dir", reports.toString());
        assertThat(run.exit()).as(run.toString()).isEqualTo(ExitCodes.CONFORMANT);
        assertThat(run.out()).contains("checking ACME session 2.3 (com.acme.AcmeProvider)");
        JsonNode json = Reports.conformance(reports);
        assertThat(json.at("/implementation/name").asText()).isEqualTo("ACME session");
        assertThat(json.at("/implementation/version").asText()).isEqualTo("2.3");
        assertThat(json.at("/implementation/provider").asText()).isEqualTo(PROVIDER);
    }

    @Test
    void aNamedProviderIsFoundInEveryJarOfADirectory() {
        CliRun run = mfck("run", "--classpath", vendor.resolve("lib") + "/*", "--provider", PROVIDER, "--rule", "SECOND-CLOSE",
                "--report-dir", reports.toString());
        assertThat(run.exit()).as(run.toString()).isEqualTo(ExitCodes.CONFORMANT);
        assertThat(Reports.conformance(reports).at("/summary/scenarios/PASS").asInt())
                .isEqualTo(Reports.scenariosOf("SECOND-CLOSE"));
    }

    @Test
    void aProviderWhoseProcessCrashesIsCrashedThereAndEveryOtherScenarioHasItsVerdict() {
        CliRun run = mfck("run", "--provider", CRASHING, "--classpath", vendor.resolve("lib/acme-session.jar").toString(),
                "--rule", "CLOSE-RETURNS-OK", "--report-dir", reports.toString());
        assertThat(run.exit()).as(run.toString()).isEqualTo(ExitCodes.NOT_CONFORMANT);
        JsonNode json = Reports.conformance(reports);
        int scenarios = Reports.scenariosOf("CLOSE-RETURNS-OK");
        int crashes = json.at("/summary/scenarios/CRASHED").asInt();
        assertThat(crashes).as(run.toString()).isPositive();
        assertThat(json.at("/summary/scenarios/PASS").asInt()).as("every other scenario passes").isEqualTo(scenarios - crashes);
        assertThat(Reports.ruleStatuses(json)).containsEntry("CLOSE-RETURNS-OK", "CRASHED");
        String crashed = run.out().lines().filter(line -> line.startsWith("  CRASHED ")).findFirst().orElseThrow();
        assertThat(crashed).startsWith("  CRASHED              CLOSE-RETURNS-OK[");
        assertThat(run.out()).contains("exit code 134", "acme: codec teardown crashed", "Verdict: NOT_CONFORMANT");
        assertThat(reports.resolve("index.html")).content().contains("CRASHED");
    }

    private static void put(JarOutputStream jar, String name, byte[] bytes) throws IOException {
        jar.putNextEntry(new JarEntry(name));
        jar.write(bytes);
        jar.closeEntry();
    }
}
