package dev.mfck.reference.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code mfck explore} as the README gives it, against the bundled FFmpeg reference in processes
 * of its own: random sequences judged by the model find no departure, and the command prints how
 * many sequences ran and which (state, call) pairs they reached, and writes its report section.
 * (The README's 60 s budget; here 30 s, beside the other integration tests.)
 */
class MfckExploreIT {

    @TempDir
    Path work;

    @Test
    void theReferenceSurvivesExplorationWithNoDeparture() throws Exception {
        Path reports = work.resolve("reports");
        MfckJar.Result run = MfckJar.run(work, Map.of(), "explore", "--seed", "42", "--budget", "30s", "--report-dir",
                reports.toString());
        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.out()).contains("Seed 42, budget 30s", "No departure from the contract.")
                .containsPattern("Sequences run: \\d{3,} \\(\\d+ steps\\)")
                .containsPattern("Coverage: \\d+ of 140 \\(state, call\\) pairs reached.");
        JsonNode exploration = new ObjectMapper().readTree(reports.resolve("conformance.json").toFile()).get("exploration");
        assertThat(exploration.get("seed").asLong()).isEqualTo(42);
        assertThat(exploration.get("sequences").asLong()).isGreaterThanOrEqualTo(100);
        assertThat(exploration.has("departure")).isFalse();
        assertThat(exploration.at("/coverage/reached").asInt()).isGreaterThan(100);
        assertThat(reports.resolve("index.html")).content().contains("<h2>Exploration</h2>");
        assertThat(reports.resolve("exploration.feature")).doesNotExist();
    }
}
