package dev.mfck.reference.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** {@code target/mfck.jar}, run as a user runs it: {@code java -jar mfck.jar ARGS}, in a JVM of its own. */
public final class MfckJar {

    /** The jar {@code mvn package} builds. */
    public static final Path JAR = Path.of("target", "mfck.jar");
    /**
     * The lock of the tests that start the reference in JVMs of its own (MfckJarIT's runs,
     * MfckExploreIT): one of them at a time, beside Wine's run. Together, their JVM starts on 2
     * cores once kept a peer from its handshake within the peer-start deadline.
     */
    public static final String REFERENCE_RUNS = "mfck.jar runs of the reference";
    private static final long DEADLINE_MINUTES = 10;

    private MfckJar() {
    }

    /**
     * How one invocation ended.
     *
     * @param exit its exit code
     * @param out  what it printed to standard output
     * @param err  what it printed to standard error
     */
    public record Result(int exit, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exit + "\n--- out ---\n" + out + "\n--- err ---\n" + err;
        }
    }

    /**
     * @param work        where its output files and a crash log go
     * @param environment what to add to its environment
     * @param args        its arguments
     * @return how it ended
     * @throws AssertionError when it did not end within ten minutes (it is killed)
     */
    public static Result run(Path work, Map<String, String> environment, String... args)
            throws IOException, InterruptedException {
        if (!Files.isRegularFile(JAR)) {
            throw new AssertionError(JAR + " is missing: mvn package builds it");
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:ErrorFile=" + work.resolve("hs_err_pid%p.log"), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile(work, "out", ".txt");
        Path err = Files.createTempFile(work, "err", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().putAll(environment);
        Process process = builder.start();
        if (!process.waitFor(DEADLINE_MINUTES, TimeUnit.MINUTES)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            throw new AssertionError("java -jar mfck.jar " + String.join(" ", args) + " did not end within "
                    + DEADLINE_MINUTES + " minutes:\n" + Files.readString(out, StandardCharsets.UTF_8));
        }
        return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }
}
