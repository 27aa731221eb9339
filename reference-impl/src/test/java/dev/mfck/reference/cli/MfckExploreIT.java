package dev.mfck.reference.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code mfck explore} as the README gives it, against the bundled FFmpeg reference in processes
 * of its own: random sequences judged by the model find no departure, and the command prints how
 * many sequences ran and which (state, call) pairs they reached, and writes its report section.
 * (The README's 60 s budget; here 30 s, beside Wine's run, which loads the machine: the number
 * of sequences is recorded, not required. Never beside MfckJarIT's runs: see
 * {@link MfckJar#REFERENCE_RUNS}.)
 */
@ResourceLock(MfckJar.REFERENCE_RUNS)
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
                .containsPattern("Sequences run: [1-9]\\d* \\(\\d+ steps\\)")
                .containsPattern("Coverage: \\d+ of 140 \\(state, call\\) pairs reached.");
        JsonNode exploration = new ObjectMapper().readTree(reports.resolve("conformance.json").toFile()).get("exploration");
        assertThat(exploration.get("seed").asLong()).isEqualTo(42);
        assertThat(exploration.get("sequences").asLong()).as("beside the other integration tests this machine is "
                + "loaded: alone, 60 s run about 900 sequences (docs/performance.md)").isPositive();
        assertThat(exploration.has("departure")).isFalse();
        assertThat(exploration.at("/coverage/reached").asInt()).isPositive();
        assertThat(reports.resolve("index.html")).content().contains("<h2>Exploration</h2>");
        assertThat(reports.resolve("exploration.feature")).doesNotExist();
    }
}
