package dev.mfck.reference.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mfck.rules.RuleCatalogue;
import dev.mfck.spec.ScenarioCatalogue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code target/mfck.jar} as a user runs it, in a JVM of its own: with no provider it checks the
 * bundled FFmpeg reference implementation, in a JVM of the implementation's own served over the
 * wire protocol ({@code mfck serve}), prints progress and the summary, exits 0 and writes every
 * report; and the same implementation in the kit's own JVM ({@code --in-process}) gets the same
 * verdict, scenario for scenario.
 */
@ResourceLock(MfckJar.REFERENCE_RUNS)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MfckJarIT {

    private static final String PROVIDER = "dev.mfck.reference.FfmpegSessionProvider";
    private static final int SUITE = ScenarioCatalogue.load().scenarios().size();

    @TempDir
    static Path work;
    private Path reports;
    private MfckJar.Result run;
    private Path inProcessReports;
    private MfckJar.Result inProcess;

    /**
     * Runs the whole suite as the README says (the reference isolated), then {@code --in-process}.
     * One after the other: since the reference's sessions no longer wait for one another in
     * FFmpeg (javacv's JVM-wide lock), the in-process run's 32 sessions decode at once, and beside
     * it, with Wine's run too, a reference JVM of the isolated run twice missed its handshake
     * deadline on CI's 2 cores.
     */
    @BeforeAll
    void runTheWholeSuiteAsTheReadmeSaysAndInProcess() throws Exception {
        reports = work.resolve("isolated");
        inProcessReports = work.resolve("in-process");
        run = java("run", "--report-dir", reports.toString());
        inProcess = java("run", "--in-process", "--report-dir", inProcessReports.toString());
    }

    @Test
    void runChecksTheBundledReferenceImplementationAndWritesEveryReport() throws Exception {
        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.out()).contains("checking mfck reference implementation (FFmpeg via javacv)",
                "Running " + SUITE + " scenarios.", "[" + SUITE + "/" + SUITE + ", 0 failed] PASS", "Verdict: CONFORMANT",
                "Gate: passes: every required rule passed").containsPattern("CLOSE-IS-ASYNC\\s+required\\s+PASS\\s+4/4");
        for (String report : List.of("index.html", "conformance.json", "cucumber.html", "cucumber.json", "cucumber.xml",
                "cucumber.ndjson")) {
            assertThat(reports.resolve(report)).as(report).isNotEmptyFile();
        }
        JsonNode json = new ObjectMapper().readTree(reports.resolve("conformance.json").toFile());
        assertThat(json.get("verdict").asText()).isEqualTo("CONFORMANT");
        assertThat(json.at("/implementation/provider").asText()).isEqualTo(PROVIDER);
        assertThat(json.at("/implementation/process").asText()).as("in a JVM of its own, by default")
                .contains("-Dmfck.implementation=" + PROVIDER, " serve --provider " + PROVIDER);
        assertThat(json.at("/summary/scenarios/PASS").asInt()).as("every scenario passes: none blocked, none "
                + "unsupported").isEqualTo(SUITE);
        assertThat(json.at("/summary/scenarios/BLOCKED").asInt()).isZero();
        assertThat(json.at("/summary/scenarios/NOT_SUPPORTED").asInt()).as("live resources reach the kit across the "
                + "process boundary").isZero();
        assertThat(json.at("/kit/suiteSha256").asText()).as("read from inside the jar").matches("[0-9a-f]{64}");
    }

    @Test
    void inProcessTheReferenceGetsTheSameVerdictScenarioForScenario() throws Exception {
        assertThat(inProcess.exit()).as(inProcess.toString()).isZero();
        assertThat(inProcess.out()).contains("checking mfck reference implementation (FFmpeg via javacv)",
                "(" + PROVIDER + ")", "Verdict: CONFORMANT");
        JsonNode inTheKitsJvm = new ObjectMapper().readTree(inProcessReports.resolve("conformance.json").toFile());
        JsonNode isolated = new ObjectMapper().readTree(reports.resolve("conformance.json").toFile());
        assertThat(inTheKitsJvm.at("/implementation/process").asText()).isEqualTo("in the kit's JVM (--in-process)");
        assertThat(verdicts(inTheKitsJvm)).hasSize(SUITE).isEqualTo(verdicts(isolated));
        assertThat(inTheKitsJvm.get("verdict").asText()).isEqualTo("CONFORMANT");
    }

    @Test
    void rulesAndHelpWorkFromTheJar() throws Exception {
        MfckJar.Result rules = java("rules");
        assertThat(rules.exit()).as(rules.toString()).isZero();
        assertThat(rules.out()).contains(RuleCatalogue.load().rules().size() + " rules, " + SUITE + " scenarios.");
        MfckJar.Result help = java("--help");
        assertThat(help.exit()).isZero();
        assertThat(help.out()).contains("Usage: mfck", "Exit codes:");
    }

    @Test
    void aRunThatCannotProceedExitsTwo() throws Exception {
        MfckJar.Result run = java("run", "--rule", "NO-SUCH-RULE", "--report-dir", work.resolve("r").toString());
        assertThat(run.exit()).as(run.toString()).isEqualTo(2);
        assertThat(run.err()).contains("mfck: the run cannot proceed: there is no rule NO-SUCH-RULE");
    }

    private static Map<String, String> verdicts(JsonNode conformance) {
        Map<String, String> verdicts = new TreeMap<>();
        conformance.get("rules").forEach(rule -> rule.get("scenarios").forEach(scenario ->
                verdicts.put(scenario.get("id").asText(), scenario.get("verdict").asText())));
        return verdicts;
    }

    private MfckJar.Result java(String... args) throws IOException, InterruptedException {
        return MfckJar.run(work, Map.of(), args);
    }
}
