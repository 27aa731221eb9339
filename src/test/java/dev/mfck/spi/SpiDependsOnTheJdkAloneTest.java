package dev.mfck.spi;

import org.junit.jupiter.api.Test;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The SPI package compiles against the JDK alone: no Cucumber, no AssertJ, no FFmpeg, nothing else of the kit. */
class SpiDependsOnTheJdkAloneTest {

    @Test
    void theSpiCompilesWithAnEmptyClasspath() throws IOException {
        Path sources = Path.of("src/main/java/dev/mfck/spi");
        Path output = Files.createTempDirectory("mfck-spi");
        List<String> arguments = new ArrayList<>(List.of("-classpath", "", "-d", output.toString(), "--release", "17"));
        try (Stream<Path> files = Files.list(sources)) {
            files.filter(f -> f.toString().endsWith(".java")).forEach(f -> arguments.add(f.toString()));
        }
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream errors = new ByteArrayOutputStream();

        int status = compiler.run(null, null, errors, arguments.toArray(String[]::new));

        assertThat(status).as("javac on the SPI alone:\n" + errors).isZero();
    }
}
