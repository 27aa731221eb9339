package dev.mfck.selftest.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mfck.cli.ExitCodes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The kit against a peer nobody on its side wrote: {@code src/test/python/hostile_peer.py}, a
 * peer in Python that serves the in-memory session through the kit's own {@code mfck serve} and
 * misbehaves one way at a time. Each run is {@code mfck run --wire ... --jobs 1} in a JVM of its
 * own, as a vendor runs it, with its peak memory measured. Every way ends in a precise verdict
 * within bounded time, the kit's memory stays flat whatever the peer writes, nothing a peer
 * quotes reaches a report or the terminal raw, and no process started for a run outlives it, not
 * even a daemon that left the peer's session.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostilePeerSelfTest {

    /** Four scenarios, each of which starts playback, holds a sample and calls Close. */
    private static final String RULE = "CLOSE-IS-ASYNC";
    private static final int SCENARIOS = 4;
    /** The kit's heap, as a vendor's machine might give it (the issue that found the flood used it). */
    private static final String HEAP = "-Xmx512m";
    /**
     * How much more than against an honest peer the kit may hold at its peak, whatever a peer writes:
     * its reports of traces that quote two hundred lines of standard error per scenario (about
     * seventy MiB more here, most of it the heap grown while the reports are written).
     */
    static final long MEMORY_BOUND_MIB = 128;
    private static final long RUN_BOUND_SECONDS = 180;
    private static final Path PEER = Path.of("src/test/python/hostile_peer.py").toAbsolutePath();

    @TempDir
    static Path scratch;
    /** Every process started for these runs carries this variable: the kit passes it on, and so does every child. */
    private final String testMark = UUID.randomUUID().toString();
    private final Map<String, Outcome> outcomes = new ConcurrentHashMap<>();

    private record Outcome(int exit, String out, Path reports, long peakRssKib, long tookMillis) {
    }

    @BeforeAll
    void runTheKitAgainstEveryHostilePeer() {
        List<String> modes = List.of("honest", "stderr-flood", "stderr-flood-lines", "daemon", "huge-topology-id",
                "negative-count", "huge-count", "hang:session.close", "hang:session.shutdown", "not-utf8", "control-chars");
        ExecutorService runs = Executors.newFixedThreadPool(2);
        List<CompletableFuture<Void>> all = new ArrayList<>();
        for (String mode : modes) {
            all.add(CompletableFuture.runAsync(() -> outcomes.put(mode, run(mode)), runs));
        }
        all.forEach(CompletableFuture::join);
        runs.shutdown();
    }

    @AfterAll
    void noProcessStartedForTheRunsSurvives() {
        assertThat(marked()).as("processes started for the runs, still alive after every run ended").isEmpty();
    }

    @Test
    void anHonestPeerBehindThePythonPeerPasses() {
        Outcome honest = outcomes.get("honest");
        assertThat(honest.exit()).as(honest.out()).isEqualTo(ExitCodes.CONFORMANT);
        assertThat(verdicts(honest)).containsOnly("PASS");
    }

    @ParameterizedTest
    @ValueSource(strings = {"stderr-flood", "stderr-flood-lines"})
    void aPeerThatFloodsItsStandardErrorIsAnImplementationFaultAndTheKitsMemoryStaysFlat(String mode) {
        Outcome outcome = outcomes.get(mode);
        expect(outcome, "IMPLEMENTATION_FAULT", mode.equals("stderr-flood")
                ? "wrote a line of standard error longer than 1048576 bytes, beginning 'xxxx"
                : "flooded its standard error: more than 16777216 bytes within one second");
        long honest = outcomes.get("honest").peakRssKib();
        System.out.printf("hostile peer %-20s kit peak RSS %d MiB (against an honest peer %d MiB, bound +%d MiB)%n",
                mode, outcome.peakRssKib() / 1024, honest / 1024, MEMORY_BOUND_MIB);
        assertThat(outcome.peakRssKib()).as("the kit's peak resident memory, KiB, against %s (honest: %d KiB)", mode,
                honest).isLessThanOrEqualTo(honest + MEMORY_BOUND_MIB * 1024);
    }

    @Test
    void aPeerThatExitsIsCrashedAtOnceThoughItsDaemonHoldsItsOutputOpenAndTheDaemonIsEnded() throws IOException {
        Outcome outcome = outcomes.get("daemon");
        expect(outcome, "CRASHED", "exited with code 7");
        List<String> daemons = Files.readAllLines(scratch.resolve("daemon.pids"));
        assertThat(daemons).as("the daemons the peers left").hasSize(SCENARIOS);
        assertThat(daemons.stream().map(Long::parseLong).map(ProcessHandle::of)
                .filter(p -> p.map(ProcessHandle::isAlive).orElse(false)).toList())
                .as("daemons still alive after the run").isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"huge-topology-id", "negative-count", "huge-count"})
    void aNumberOutsideTheProtocolsRangesIsAnImplementationFaultNeverCutToFit(String mode) {
        Outcome outcome = outcomes.get(mode);
        expect(outcome, "IMPLEMENTATION_FAULT", switch (mode) {
            case "huge-topology-id" -> "/result/topology/id: 18446744073709551621 is not an integer of at most 64 bits";
            case "negative-count" -> "answered session.liveResources with a result the protocol does not allow";
            default -> "1208925819614629174706176 is not an integer of at most 64 bits";
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"hang:session.close", "hang:session.shutdown"})
    void aCallThatDoesNotReturnIsATimeoutHoweverTheKitEndsThePeerAfterwards(String mode) {
        String method = mode.equals("hang:session.close") ? "Close" : "Shutdown";
        expect(outcomes.get(mode), "TIMEOUT", "MediaSession." + method + "() did not return within");
    }

    @Test
    void bytesThatAreNotUtf8AreAProtocolViolation() {
        expect(outcomes.get("not-utf8"), "IMPLEMENTATION_FAULT", "sent a line that is not UTF-8");
    }

    @Test
    void whatAPeerWritesReachesNoReportAndNoTerminalRaw() throws Exception {
        Outcome outcome = outcomes.get("control-chars");
        expect(outcome, "IMPLEMENTATION_FAULT", "answered session.close with an error: -32603 \\u001b]0;pwned\\u0007");
        assertThat(rawControls(outcome.out())).as("control characters on the terminal").isZero();
        try (Stream<Path> files = Files.list(outcome.reports())) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertThat(rawControls(Files.readString(file, StandardCharsets.UTF_8))).as(file.toString()).isZero();
            }
        }
        String page = Files.readString(outcome.reports().resolve("index.html"));
        assertThat(page).contains("&lt;b&gt;&amp;amp;&lt;/b&gt;").doesNotContain("<b>&amp;</b>");
        DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(outcome.reports().resolve("cucumber.xml").toFile());
    }

    private void expect(Outcome outcome, String verdict, String evidence) {
        assertThat(outcome.exit()).as(outcome.out()).isEqualTo(ExitCodes.NOT_CONFORMANT);
        assertThat(outcome.tookMillis()).as("the run's time").isLessThan(RUN_BOUND_SECONDS * 1000);
        JsonNode conformance = Reports.conformance(outcome.reports());
        assertThat(conformance.get("kitErrors")).as("kit errors").isEmpty();
        for (JsonNode scenario : scenarios(outcome)) {
            assertThat(scenario.get("verdict").asText()).as(scenario.toString()).isEqualTo(verdict);
            assertThat(scenario.get("observed").asText()).as(scenario.toString()).contains(evidence);
        }
    }

    private Outcome run(String mode) {
        Path reports = scratch.resolve(mode.replace(':', '-'));
        String classpath = System.getProperty("java.class.path");
        String java = ProcessHandle.current().info().command().orElse("java");
        String honest = "'" + java + "' -cp '" + classpath + "' dev.mfck.cli.Mfck serve --provider "
                + "dev.mfck.inmemory.InMemoryProvider";
        List<String> command = List.of(java, HEAP, "-cp", classpath, "dev.mfck.cli.Mfck", "run", "--rule", RULE,
                "--jobs", "1", "--timeout-factor", "2", "--report-dir", reports.toString(),
                "--child-env", "HOSTILE_TEST_MARK=" + testMark,
                "--child-env", "HOSTILE_PIDS=" + scratch.resolve(mode.replace(':', '-') + ".pids"),
                "--wire", "python3 '" + PEER + "' " + mode + " -- " + honest);
        Path out = scratch.resolve(mode.replace(':', '-') + ".out");
        long start = System.nanoTime();
        try {
            Process kit = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile()).start();
            long peak = 0;
            while (!kit.waitFor(50, TimeUnit.MILLISECONDS)) {
                peak = Math.max(peak, peakRssKib(kit.pid()));
                if (System.nanoTime() - start > TimeUnit.SECONDS.toNanos(RUN_BOUND_SECONDS)) {
                    kit.destroyForcibly().waitFor();
                    break;
                }
            }
            return new Outcome(kit.exitValue(), Files.readString(out, StandardCharsets.UTF_8), reports, peak,
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** @return the process's peak resident set (VmHWM), in KiB; 0 once it is gone */
    private static long peakRssKib(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            // it ended between two looks
        }
        return 0;
    }

    /** @return the live processes whose environment carries this test's mark */
    private List<Long> marked() {
        List<Long> found = new ArrayList<>();
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            for (Path process : processes.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                try {
                    String environ = new String(Files.readAllBytes(process.resolve("environ")), StandardCharsets.ISO_8859_1);
                    if (environ.contains("HOSTILE_TEST_MARK=" + testMark)) {
                        found.add(Long.parseLong(process.getFileName().toString()));
                    }
                } catch (IOException ignored) {
                    // gone meanwhile
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }

    private static long rawControls(String text) {
        return text.chars().filter(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t' || c >= 0x7f && c <= 0x9f).count();
    }

    private static List<String> verdicts(Outcome outcome) {
        return scenarios(outcome).stream().map(s -> s.get("verdict").asText()).toList();
    }

    private static List<JsonNode> scenarios(Outcome outcome) {
        List<JsonNode> ran = Reports.ran(Reports.conformance(outcome.reports()));
        assertThat(ran).as("scenarios of " + RULE).hasSize(SCENARIOS);
        return ran;
    }
}
