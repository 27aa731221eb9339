package dev.mfck.selftest.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mfck.cli.CliRun;
import dev.mfck.cli.ExitCodes;
import dev.mfck.selftest.crash.Crashing;
import dev.mfck.wire.WireProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static dev.mfck.cli.CliRun.mfck;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs that outlive the implementation they judge: {@code mfck run} as a vendor types it, with
 * an implementation that halts its JVM, exits, crashes in native code, runs out of heap, leaves
 * threads behind or floods the protocol's output. Each ends as a precise verdict, the rest of
 * the selection still runs, the reports are complete, and no process of the implementation's
 * survives the run, not even when the kit itself is stopped with SIGTERM.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class CrashSelfTest {

    private static final String MANY_CLOSES = "CLOSE-RETURNS-OK";
    private static final String PLAYBACK = "CLOSE-IS-ASYNC";
    /**
     * For the cases that count crashes per process: the hostile providers count their calls in
     * their JVM, and with one job one process serves every scenario in turn.
     */
    private static final String ONE_JOB = "--jobs=1";

    @TempDir
    Path reports;

    @AfterEach
    void noProcessOfTheImplementationSurvives() {
        assertThat(servers()).as("processes of the implementation left running").isEmpty();
    }

    @Test
    void theFifthCloseHaltingTheJvmCrashesItsScenarioAndTheRunGoesOn() {
        CliRun run = run(Crashing.HaltsInFifthClose.class, MANY_CLOSES, ONE_JOB);
        JsonNode json = complete(run, MANY_CLOSES);
        List<JsonNode> crashed = withVerdict(json, "CRASHED");
        assertThat(crashed).as(run.toString()).isNotEmpty();
        assertThat(crashed).allSatisfy(scenario -> assertThat(scenario.get("observed").asText())
                .contains("exited with code " + Crashing.HALT_CODE, "hostile session: halting the JVM in Close"));
        assertThat(withVerdict(json, "PASS")).hasSize(Reports.scenariosOf(MANY_CLOSES) - crashed.size());
        assertThat(run.out()).contains("CRASHED", "The implementation's process was started " + (crashed.size() + 1)
                + " times");
        assertThat(json.at("/implementation/provider").asText()).isEqualTo(Crashing.HaltsInFifthClose.class.getName());
        assertThat(json.at("/implementation/process").asText()).contains("serve", "-XX:+ExitOnOutOfMemoryError");
    }

    @Test
    void inParallelEachCrashCostsOnlyTheScenarioThatMetIt() {
        CliRun run = run(Crashing.HaltsInFifthClose.class, MANY_CLOSES);
        JsonNode json = complete(run, MANY_CLOSES);
        assertThat(json.at("/run/jobs").asInt()).isGreaterThan(1);
        List<JsonNode> crashed = withVerdict(json, "CRASHED");
        assertThat(crashed).as(run.toString()).isNotEmpty().allSatisfy(scenario -> assertThat(scenario.get("observed")
                .asText()).contains("exited with code " + Crashing.HALT_CODE, "hostile session: halting the JVM in Close"));
        assertThat(withVerdict(json, "PASS")).hasSize(Reports.scenariosOf(MANY_CLOSES) - crashed.size());
        assertThat(run.out()).containsPattern("The implementation's process was started \\d+ times \\(one process for "
                + "each of \\d+ jobs\\): it died, broke the protocol or hung " + crashed.size() + " time");
    }

    @Test
    void aCrashMetByTheFirstCallOfAScenarioIsCrashedToo() {
        CliRun run = run(Crashing.HaltsInTheSecondScenariosCreateSession.class, PLAYBACK, ONE_JOB);
        JsonNode json = complete(run, PLAYBACK);
        assertThat(withVerdict(json, "CRASHED")).as(run.toString()).hasSize(Reports.scenariosOf(PLAYBACK) / 2)
                .allSatisfy(scenario -> assertThat(scenario.get("observed").asText())
                        .contains("exited with code " + Crashing.HALT_CODE, "halting in createSession"));
        assertThat(withVerdict(json, "PASS")).hasSize(Reports.scenariosOf(PLAYBACK) / 2);
    }

    @Test
    void systemExitInASinkCallbackCrashesEveryScenarioThatPlays() {
        CliRun run = run(Crashing.ExitsInSinkCallback.class, PLAYBACK);
        JsonNode json = complete(run, PLAYBACK);
        assertThat(withVerdict(json, "CRASHED")).as(run.toString()).hasSize(Reports.scenariosOf(PLAYBACK))
                .allSatisfy(scenario -> assertThat(scenario.get("observed").asText())
                        .contains("exited with code " + Crashing.EXIT_CODE, "System.exit in a sink callback"));
    }

    @Test
    void aSegfaultInNativeMemoryIsCrashedWithTheJvmsFatalErrorLog() throws IOException {
        CliRun run = run(Crashing.SegfaultsInClose.class, PLAYBACK);
        JsonNode json = complete(run, PLAYBACK);
        assertThat(withVerdict(json, "CRASHED")).as(run.toString()).hasSize(Reports.scenariosOf(PLAYBACK))
                .allSatisfy(scenario -> assertThat(scenario.get("observed").asText())
                        .contains("SIGSEGV", "Problematic frame", "hs_err_pid"));
        try (Stream<Path> logs = Files.list(reports.resolve("crashes"))) {
            assertThat(logs.map(p -> p.getFileName().toString())).hasSize(Reports.scenariosOf(PLAYBACK))
                    .allMatch(name -> name.matches("hs_err_pid\\d+\\.log"));
        }
    }

    @Test
    void runningOutOfHeapIsCrashedAndTheChildsJvmOptionsAreRecorded() {
        CliRun run = run(Crashing.RunsOutOfHeapInStart.class, PLAYBACK, "--child-jvm-option=-Xmx48m",
                "--child-env", "MFCK_HOSTILE=heap");
        JsonNode json = complete(run, PLAYBACK);
        assertThat(withVerdict(json, "CRASHED")).as(run.toString()).hasSize(Reports.scenariosOf(PLAYBACK))
                .allSatisfy(scenario -> assertThat(scenario.get("observed").asText())
                        .contains("exited with code 3", "OutOfMemoryError"));
        assertThat(json.at("/implementation/process").asText()).contains("-Xmx48m", "MFCK_HOSTILE=heap");
    }

    @Test
    void threadsLeftBehindDoNotKeepTheImplementationsProcessAlive() {
        CliRun run = run(Crashing.LeavesNonDaemonThreads.class, PLAYBACK);
        assertThat(run.exit()).as(run.toString()).isEqualTo(ExitCodes.CONFORMANT);
        assertThat(Reports.conformance(reports).at("/summary/scenarios/PASS").asInt())
                .isEqualTo(Reports.scenariosOf(PLAYBACK));
    }

    @Test
    void garbageOnTheProtocolsOutputIsAnImplementationFaultQuotingIt() {
        CliRun run = run(Crashing.FloodsStdoutInClose.class, PLAYBACK);
        JsonNode json = complete(run, PLAYBACK);
        assertThat(withVerdict(json, "IMPLEMENTATION_FAULT")).as(run.toString()).hasSize(Reports.scenariosOf(PLAYBACK))
                .allSatisfy(scenario -> assertThat(scenario.get("observed").asText())
                        .contains("garbage from a hostile session"));
    }

    @Test
    void aProcessThatDiesAtEveryStartIsGivenUpAndEveryScenarioIsCrashed() {
        CliRun run = run(Crashing.HaltsAtEveryStart.class, PLAYBACK, ONE_JOB);
        JsonNode json = complete(run, PLAYBACK);
        List<JsonNode> crashed = withVerdict(json, "CRASHED");
        assertThat(crashed).as(run.toString()).hasSize(Reports.scenariosOf(PLAYBACK));
        assertThat(crashed.get(crashed.size() - 1).get("observed").asText()).contains("started "
                + WireProvider.STARTS_WITHOUT_A_SESSION + " times in a row without serving a session",
                "exited with code " + Crashing.HALT_CODE, "hostile provider: halting at start");
        assertThat(run.out()).contains("The implementation's process was started "
                + WireProvider.STARTS_WITHOUT_A_SESSION + " times");
    }

    @Test
    void stoppingTheKitWithSigtermEndsTheImplementationsProcessToo() throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "dev.mfck.cli.Mfck", "run", "--provider",
                Crashing.HangsInStart.class.getName(), "--rule", PLAYBACK, "--report-dir", reports.toString()));
        Process kit = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(reports.resolve("kit.log").toFile()).start();
        try {
            ProcessHandle server = awaitServer(kit, reports.resolve("kit.log"));
            kit.destroy();
            assertThat(kit.waitFor(30, TimeUnit.SECONDS)).as("the kit ends on SIGTERM").isTrue();
            server.onExit().get(10, TimeUnit.SECONDS);
            assertThat(server.isAlive()).isFalse();
        } finally {
            kit.descendants().forEach(ProcessHandle::destroyForcibly);
            kit.destroyForcibly();
        }
    }

    private CliRun run(Class<?> provider, String rule, String... more) {
        List<String> args = new ArrayList<>(List.of("run", "--provider", provider.getName(), "--rule", rule,
                "--report-dir", reports.toString()));
        args.addAll(List.of(more));
        return mfck(args.toArray(String[]::new));
    }

    /** The run exits 1 with complete reports: every selected scenario has its verdict. */
    private JsonNode complete(CliRun run, String rule) {
        assertThat(run.exit()).as(run.toString()).isEqualTo(ExitCodes.NOT_CONFORMANT);
        assertThat(reports.resolve("index.html")).exists();
        JsonNode json = Reports.conformance(reports);
        assertThat(scenarios(json)).as(run.toString()).hasSize(Reports.scenariosOf(rule))
                .allSatisfy(scenario -> assertThat(scenario.get("verdict").asText()).isNotEmpty());
        assertThat(json.get("kitErrors")).as(run.toString()).isEmpty();
        return json;
    }

    private static List<JsonNode> scenarios(JsonNode json) {
        List<JsonNode> all = new ArrayList<>();
        json.get("rules").forEach(rule -> rule.get("scenarios").forEach(all::add));
        return all;
    }

    private static List<JsonNode> withVerdict(JsonNode json, String verdict) {
        return scenarios(json).stream().filter(s -> s.get("verdict").asText().equals(verdict)).toList();
    }

    private static List<ProcessHandle> servers() {
        return ProcessHandle.current().descendants().filter(CrashSelfTest::isServer).toList();
    }

    private static boolean isServer(ProcessHandle process) {
        Optional<String> line = process.info().commandLine();
        return process.isAlive() && line.isPresent() && line.get().contains(" -Dmfck.implementation=");
    }

    /** Waits, on the process table with a deadline, until the kit has started the implementation's JVM. */
    private static ProcessHandle awaitServer(Process kit, Path log) throws InterruptedException, IOException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            Optional<ProcessHandle> server = kit.descendants().filter(CrashSelfTest::isServer).findFirst();
            String kitLog = kit.isAlive() ? "" : Files.readString(log);
            if (server.isPresent()) {
                return server.get();
            }
            assertThat(kit.isAlive()).as("the kit is running; it printed: %s", kitLog).isTrue();
            kit.waitFor(50, TimeUnit.MILLISECONDS);
        }
        throw new AssertionError("the kit did not start the implementation's JVM within 60 s");
    }
}
