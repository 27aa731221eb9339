package dev.mfck.selftest.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mfck.cli.CliRun;
import dev.mfck.cli.ExitCodes;
import dev.mfck.selftest.SwitchableProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static dev.mfck.cli.CliRun.mfck;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code mfck explore} as a vendor types it: a departure exits 1 and is printed as a scenario,
 * written to {@code exploration.feature}, which {@code mfck run --features} reruns to the same
 * rule's failure; a session with no departure exits 0; bad options exit 2.
 */
class ExploreCommandSelfTest {

    private static final String PROVIDER = SwitchableProvider.class.getName();

    @TempDir
    Path reports;

    @AfterEach
    void conformingAgain() {
        SwitchableProvider.use(null, null);
    }

    @Test
    void aDepartureExitsOneAndItsScenarioFailsTheSameRuleUnderMfckRun() {
        SwitchableProvider.use("close-accepted-after-shutdown", Sessions.mutant("close-accepted-after-shutdown").sessions());
        CliRun explore = mfck("explore", "--in-process", "--provider", PROVIDER, "--seed", "7", "--budget", "20s",
                "--jobs", "4", "--report-dir", reports.toString());
        assertThat(explore.exit()).as(explore.toString()).isEqualTo(ExitCodes.NOT_CONFORMANT);
        assertThat(explore.out()).contains("Seed 7, budget 20s", "Departure: CLOSE-AFTER-SHUTDOWN (required) FAIL",
                "@rule:CLOSE-AFTER-SHUTDOWN @required", "Then the session kept the Close contract throughout",
                "Trace of the shrunk sequence:").containsPattern("Sequences run: \\d+ \\(\\d+ steps\\)")
                .containsPattern("Coverage: \\d+ of 140 \\(state, call\\) pairs reached.");
        JsonNode exploration = Reports.conformance(reports).get("exploration");
        assertThat(exploration.at("/departure/rule").asText()).isEqualTo("CLOSE-AFTER-SHUTDOWN");
        assertThat(exploration.get("seed").asLong()).isEqualTo(7);
        assertThat(exploration.has("verdict")).as("exploration never gives a verdict").isFalse();
        Path feature = reports.resolve("exploration.feature");
        assertThat(feature).isRegularFile();

        Path rerun = reports.resolve("rerun");
        CliRun run = mfck("run", "--in-process", "--provider", PROVIDER, "--features", feature.toString(), "--report-dir",
                rerun.toString());
        assertThat(run.exit()).as(run.toString()).isEqualTo(ExitCodes.NOT_CONFORMANT);
        assertThat(run.out()).contains("Running 1 scenario.", "Gate: fails: required rules failed: CLOSE-AFTER-SHUTDOWN (FAIL)");
        assertThat(Reports.conformance(rerun).at("/run/selection").asText()).contains("exploration.feature");
    }

    @Test
    void aConformingSessionExitsZeroWithItsCoverage() {
        CliRun explore = mfck("explore", "--in-process", "--provider", PROVIDER, "--seed", "1", "--budget", "60s",
                "--sequences", "300", "--report-dir", reports.toString());
        assertThat(explore.exit()).as(explore.toString()).isEqualTo(ExitCodes.CONFORMANT);
        assertThat(explore.out()).contains("Sequences run: 300 ", "No departure from the contract.");
        assertThat(reports.resolve("index.html")).content().contains("<h2>Exploration</h2>", "300 sequences");
        assertThat(reports.resolve("exploration.feature")).doesNotExist();
    }

    @Test
    void badOptionsCannotProceed() {
        CliRun budget = mfck("explore", "--in-process", "--provider", PROVIDER, "--budget", "soon");
        assertThat(budget.exit()).isEqualTo(ExitCodes.CANNOT_PROCEED);
        assertThat(budget.err()).contains("--budget takes a time such as 500ms, 60s, 5m or 1h, not 'soon'");
        CliRun rules = mfck("explore", "--in-process", "--provider", PROVIDER, "--rule", "CLOSE-IS-ASYNC");
        assertThat(rules.exit()).isEqualTo(ExitCodes.CANNOT_PROCEED);
        assertThat(rules.err()).contains("explore writes its own sequences");
    }
}
