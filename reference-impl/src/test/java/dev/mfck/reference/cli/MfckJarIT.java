package dev.mfck.reference.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mfck.rules.RuleCatalogue;
import dev.mfck.spec.ScenarioCatalogue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
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
 * bundled FFmpeg reference implementation, prints progress and the summary, exits 0 and writes
 * every report; and the same implementation served over the wire protocol by {@code mfck serve}
 * in a process of its own gets the same verdict, scenario for scenario.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MfckJarIT {

    private static final String PROVIDER = "dev.mfck.reference.FfmpegSessionProvider";
    private static final int SUITE = ScenarioCatalogue.load().scenarios().size();

    @TempDir
    static Path work;
    private Path reports;
    private MfckJar.Result run;

    @BeforeAll
    void runTheWholeSuiteInProcess() throws Exception {
        reports = work.resolve("in-process");
        run = java("run", "--report-dir", reports.toString());
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
        assertThat(json.at("/implementation/provider").asText()).isEqualTo("dev.mfck.reference.FfmpegSessionProvider");
        assertThat(json.at("/summary/scenarios/PASS").asInt()).as("every scenario passes: none blocked, none "
                + "unsupported").isEqualTo(SUITE);
        assertThat(json.at("/summary/scenarios/BLOCKED").asInt()).isZero();
        assertThat(json.at("/summary/scenarios/NOT_SUPPORTED").asInt()).isZero();
        assertThat(json.at("/kit/suiteSha256").asText()).as("read from inside the jar").matches("[0-9a-f]{64}");
    }

    @Test
    void overTheWireTheReferenceGetsTheSameVerdictScenarioForScenario() throws Exception {
        Path wireReports = work.resolve("wire");
        MfckJar.Result wire = java("run", "--report-dir", wireReports.toString(), "--wire",
                "'" + MfckJar.java() + "' -jar '" + MfckJar.JAR.toAbsolutePath() + "' serve --provider " + PROVIDER);
        assertThat(wire.exit()).as(wire.toString()).isZero();
        assertThat(wire.out()).contains("checking mfck reference implementation (FFmpeg via javacv)",
                "(mfck-wire/1: ", "serve --provider " + PROVIDER + ")", "Verdict: CONFORMANT");
        JsonNode overTheWire = new ObjectMapper().readTree(wireReports.resolve("conformance.json").toFile());
        JsonNode inProcess = new ObjectMapper().readTree(reports.resolve("conformance.json").toFile());
        assertThat(verdicts(overTheWire)).hasSize(SUITE).isEqualTo(verdicts(inProcess));
        assertThat(overTheWire.get("verdict").asText()).isEqualTo("CONFORMANT");
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
