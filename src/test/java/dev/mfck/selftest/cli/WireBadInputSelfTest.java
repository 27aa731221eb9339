package dev.mfck.selftest.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mfck.cli.CliRun;
import dev.mfck.cli.ExitCodes;
import dev.mfck.config.KitSettings;
import dev.mfck.selftest.wire.BrokenPeer;
import dev.mfck.selftest.wire.BrokenPeer.Mode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static dev.mfck.cli.CliRun.mfck;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The wire protocol's bad input: a peer that breaks the protocol in each way {@link BrokenPeer}
 * knows ends every scenario it touches with IMPLEMENTATION_FAULT (CRASHED when it dies) or TIMEOUT and the offending
 * line quoted (or, at the handshake, ends the run with exit 2 and says why), within the
 * documented bound; the kit starts the peer again for the next scenario, and no peer process
 * outlives the run.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WireBadInputSelfTest {

    /** Four scenarios, each of which starts playback, holds a sample and calls Close. */
    private static final String RULE = "CLOSE-IS-ASYNC";
    private static final int SCENARIOS = 4;
    /** The runs share two cores with each other's peers: every deadline doubled. */
    private static final String FACTOR = "2";

    @TempDir
    static Path scratch;
    private final Map<Mode, Outcome> outcomes = new EnumMap<>(Mode.class);

    private record Outcome(CliRun run, Duration took, Path reports, List<ProcessHandle> survivors) {
    }

    @BeforeAll
    void runTheRuleAgainstEveryBrokenPeer() {
        ExecutorService runs = Executors.newFixedThreadPool(3);
        Map<Mode, CompletableFuture<Outcome>> started = new EnumMap<>(Mode.class);
        for (Mode mode : Mode.values()) {
            started.put(mode, CompletableFuture.supplyAsync(() -> run(mode), runs));
        }
        started.forEach((mode, outcome) -> outcomes.put(mode, outcome.join()));
        runs.shutdown();
    }

    @AfterAll
    void noPeerOutlivesItsRun() {
        assertThat(ProcessHandle.current().descendants().filter(WireBadInputSelfTest::isBrokenPeer).toList())
                .as("peer processes still running after every run ended").isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = Mode.class, names = {"NOT_JSON", "WRONG_TYPE", "UNKNOWN_ID", "OVERSIZED", "DIES", "ERROR",
            "ANSWERS_TWICE", "FLOODS", "UNKNOWN_SINK"})
    void aPeerThatBreaksTheProtocolIsAnImplementationFaultWithTheLineQuotedAndOneThatDiesCrashed(Mode mode) {
        Outcome outcome = outcomes.get(mode);
        assertThat(outcome.run().exit()).as(outcome.run().toString()).isEqualTo(ExitCodes.NOT_CONFORMANT);
        for (JsonNode scenario : scenarios(outcome)) {
            assertThat(scenario.get("verdict").asText()).as(scenario.toString())
                    .isEqualTo(mode == Mode.DIES ? "CRASHED" : "IMPLEMENTATION_FAULT");
            assertThat(scenario.get("observed").asText()).as(scenario.toString())
                    .contains(" ... " + BrokenPeer.class.getName() + " " + mode + ")")
                    .contains(evidence(mode));
        }
        assertBounded(outcome);
    }

    @ParameterizedTest
    @EnumSource(value = Mode.class, names = "SILENT")
    void aPeerThatStopsAnsweringTimesOut(Mode mode) {
        Outcome outcome = outcomes.get(mode);
        assertThat(outcome.run().exit()).as(outcome.run().toString()).isEqualTo(ExitCodes.NOT_CONFORMANT);
        for (JsonNode scenario : scenarios(outcome)) {
            assertThat(scenario.get("verdict").asText()).as(scenario.toString()).isEqualTo("TIMEOUT");
            assertThat(scenario.get("observed").asText()).contains("MediaSession.Close() did not return within");
        }
        assertBounded(outcome);
    }

    @ParameterizedTest
    @EnumSource(value = Mode.class, names = {"BAD_HANDSHAKE", "NOISY_STDOUT"})
    void aPeerThatFailsTheHandshakeEndsTheRunWithExitTwoAndSaysWhy(Mode mode) {
        Outcome outcome = outcomes.get(mode);
        assertThat(outcome.run().exit()).as(outcome.run().toString()).isEqualTo(ExitCodes.CANNOT_PROCEED);
        assertThat(outcome.run().err()).contains("did not complete the handshake", evidence(mode),
                "docs/wire-protocol.md");
        assertThat(outcome.took()).isLessThan(settings().peerStartWithin().plusSeconds(5));
        assertThat(outcome.survivors()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = Mode.class, names = "CHATTY_STDERR")
    void aPeerThatOnlyWritesToItsStandardErrorPasses(Mode mode) {
        Outcome outcome = outcomes.get(mode);
        assertThat(outcome.run().exit()).as(outcome.run().toString()).isEqualTo(ExitCodes.CONFORMANT);
        assertThat(scenarios(outcome)).allSatisfy(s -> assertThat(s.get("verdict").asText()).isEqualTo("PASS"));
        assertBounded(outcome);
    }

    @Test
    void aPeerCommandThatCannotStartEndsTheRunWithExitTwo() {
        CliRun run = mfck("run", "--rule", RULE, "--report-dir", scratch.resolve("missing").toString(),
                "--wire", "/nonexistent/mfck-peer --serve");
        assertThat(run.exit()).as(run.toString()).isEqualTo(ExitCodes.CANNOT_PROCEED);
        assertThat(run.err()).contains("the peer (/nonexistent/mfck-peer --serve) could not be started");
    }

    private Outcome run(Mode mode) {
        Path reports = scratch.resolve(mode.name());
        long start = System.nanoTime();
        CliRun run = mfck("run", "--rule", RULE, "--timeout-factor", FACTOR, "--report-dir", reports.toString(),
                "--wire", peerCommand(mode));
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        List<ProcessHandle> survivors = ProcessHandle.current().descendants()
                .filter(p -> p.info().commandLine().orElse("").endsWith(BrokenPeer.class.getName() + " " + mode))
                .toList();
        return new Outcome(run, took, reports, survivors);
    }

    private static String peerCommand(Mode mode) {
        String java = ProcessHandle.current().info().command().orElse("java");
        return "'" + java + "' -cp '" + System.getProperty("java.class.path") + "' " + BrokenPeer.class.getName() + " "
                + mode;
    }

    private static String evidence(Mode mode) {
        return switch (mode) {
            case NOT_JSON -> "sent a line that is not JSON (";
            case WRONG_TYPE -> "answered session.close with a result the protocol does not allow (/hr: integer found, "
                    + "object expected): '{\"jsonrpc\":\"2.0\",\"id\":";
            case UNKNOWN_ID -> "answered a request the kit never made, or answered it twice (id 999999999)";
            case OVERSIZED -> "sent a line longer than the protocol's 1048576 bytes: '{\"jsonrpc\":\"2.0\",\"method\":"
                    + "\"sink.clockStop\",\"params\":{\"pad\":\"xxx";
            case DIES -> " it exited with code 3; its last lines of standard error: broken peer: "
                    + "giving up on Close";
            case ERROR -> "answered session.close with an error: -32603 the peer's own failure";
            case ANSWERS_TWICE -> "answered a request the kit never made, or answered it twice (id ";
            case FLOODS -> "flooded the kit: more than 1000 requests and notifications within one second: '{\"jsonrpc\":\"2.0\",\"method\":"
                    + "\"sink.clockStop\"";
            case UNKNOWN_SINK -> "named a sink the kit never gave it, sink-nope: '{\"jsonrpc\":\"2.0\",\"method\":"
                    + "\"sink.clockStart\"";
            case BAD_HANDSHAKE -> "answered initialize with a result the protocol does not allow (/protocol: must be the "
                    + "constant value 'mfck-wire/1'): '{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":{\"protocol\":\"mfck-wire/9\"";
            case NOISY_STDOUT -> "sent a line that is not JSON (Unrecognized token 'peer': was expecting (JSON String, "
                    + "Number, Array, Object or token 'null', 'true' or 'false')): 'peer runtime 1.0 starting up'";
            case SILENT, CHATTY_STDERR -> throw new IllegalArgumentException(mode + " breaks nothing to quote");
        };
    }

    /** Every scenario within the documented bound (a peer started again included), and the run within their sum. */
    private static void assertBounded(Outcome outcome) {
        KitSettings settings = settings();
        Duration perScenario = settings.scenarioBound().plus(settings.peerStartWithin());
        for (JsonNode scenario : scenarios(outcome)) {
            assertThat(Duration.ofMillis(scenario.get("durationMs").asLong())).as(scenario.get("id").asText())
                    .isLessThanOrEqualTo(perScenario);
        }
        assertThat(outcome.took()).isLessThanOrEqualTo(perScenario.multipliedBy(SCENARIOS)
                .plus(settings.peerStartWithin()));
        assertThat(outcome.survivors()).as("peer processes left running after the run").isEmpty();
    }

    private static KitSettings settings() {
        return KitSettings.from(key -> key.equals(KitSettings.FACTOR) ? FACTOR : System.getProperty(key));
    }

    private static List<JsonNode> scenarios(Outcome outcome) {
        List<JsonNode> ran = Reports.ran(Reports.conformance(outcome.reports()));
        assertThat(ran).as("scenarios of " + RULE).hasSize(SCENARIOS);
        return ran;
    }

    private static boolean isBrokenPeer(ProcessHandle process) {
        return process.info().commandLine().orElse("").contains(BrokenPeer.class.getName());
    }
}
