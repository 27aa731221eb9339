package dev.mfck.reference.wine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mfck.reference.cli.MfckJar;
import dev.mfck.spec.ScenarioCatalogue;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Wine's Media Foundation (Debian's {@code wine} 8.0), a session nobody here wrote, under test
 * through the Media Foundation peer over the wire: the whole suite ends with a verdict for every
 * scenario and no kit error, and the run with Wine's expectations file passes the gate with
 * every result as the file says (no unexpected departure, no unexpected pass), so a change of
 * the kit that alters Wine's verdict is noticed. {@code docs/wine.md} explains every entry.
 * The reports stay in {@code target/wine/} for whoever reads the CI's artifacts.
 *
 * <p>Wine runs one scenario at a time ({@code --jobs 1}), as its expectations were recorded:
 * each Wine process creates its media source through GStreamer, which takes seconds of CPU, and
 * four of them beside the FFmpeg runs of {@code MfckJarIT} once made createPartialTopology miss
 * its deadline (a TIMEOUT the expectations do not list). Parallel runs over the wire are checked
 * against the reference ({@code mfck run}'s default) and by the kit's self-tests.
 */
class WineMediaFoundationIT {

    private static final Path EXPECTATIONS = Path.of("..", "peers", "mediafoundation", "wine-8.0.expectations");
    private static final Path REPORTS = Path.of("target", "wine");
    private static final int SUITE = ScenarioCatalogue.load().scenarios().size();

    @Test
    void wineGetsAVerdictForEveryScenarioAndKeepsToItsExpectations() throws Exception {
        Wine wine = Wine.prepare();
        assertThat(wine.version()).as("the expectations are Wine 8.0's").startsWith("wine-8.0");
        Files.createDirectories(REPORTS);
        MfckJar.Result run = MfckJar.run(REPORTS, wine.environment(), "run", "--wire", wine.peerCommand(), "--jobs=1",
                "--expectations", EXPECTATIONS.toString(), "--report-dir", REPORTS.toString());

        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.out()).contains("checking Media Foundation", "Running " + SUITE + " scenarios.",
                "[" + SUITE + "/" + SUITE + ",", "Gate: passes");
        JsonNode json = new ObjectMapper().readTree(REPORTS.resolve("conformance.json").toFile());
        List<String> ended = new ArrayList<>();
        json.get("rules").forEach(rule -> rule.get("scenarios").forEach(s -> ended.add(s.get("verdict").asText())));
        assertThat(ended).as("a verdict for every scenario").hasSize(SUITE).doesNotContain("NOT_RUN");
        assertThat(json.get("kitErrors")).as("no kit error").isEmpty();
        JsonNode expectations = json.get("expectations");
        assertThat(expectations.get("unexpected")).as("departures the expectations file does not list").isEmpty();
        assertThat(expectations.get("unexpectedPasses")).as("entries that passed: Wine's verdict changed").isEmpty();
        assertThat(expectations.get("notRun")).isEmpty();
    }
}
