package dev.mfck.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mfck.config.KitSettings;
import dev.mfck.rules.RuleCatalogue;
import dev.mfck.run.Jobs;
import dev.mfck.spec.ScenarioCatalogue;
import dev.mfck.spec.SpecifiedScenario;
import dev.mfck.spi.MediaClip;
import dev.mfck.spi.MediaSession;
import dev.mfck.spi.SampleSink;
import dev.mfck.spi.SessionProvider;
import dev.mfck.spi.Topology;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static dev.mfck.cli.CliRun.mfck;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A certified run: the whole suite with the kit's own deadlines, and reports that say so; a
 * shortened deadline is refused. Runs with the kit's default deadlines, as a certification does,
 * against a provider whose sessions cannot be made, so that the whole suite ends in seconds (the
 * conforming in-memory session's pass of the whole suite is a self-test, {@code ConformingSelfTest}).
 */
class CertifiedRunTest {

    private static final String IN_MEMORY = "dev.mfck.inmemory.InMemoryProvider";

    @TempDir
    Path reports;

    @Test
    void aCertifiedRunIsTheWholeSuiteAndSaysSo() throws IOException {
        CliRun run = mfck("run", "--in-process", "--certified", "--provider", NoSessions.class.getName(), "--report-dir", reports.toString());
        int suite = ScenarioCatalogue.load().scenarios().size();
        assertThat(run.exit()).as(run.toString()).isEqualTo(ExitCodes.NOT_CONFORMANT);
        assertThat(run.out()).contains("certified run", "Running " + suite + " scenarios.",
                "Verdict: NOT_CONFORMANT (certified run)");
        JsonNode json = new ObjectMapper().readTree(reports.resolve("conformance.json").toFile());
        assertThat(json.at("/run/certified").asBoolean()).isTrue();
        assertThat(json.at("/run/selection").asText()).isEqualTo("the whole suite");
        assertThat(json.at("/run/settings").asText()).contains("expect no event for at least=300 ms");
        assertThat(json.at("/summary/rules/IMPLEMENTATION_FAULT").asInt()).as("every rule ran")
                .isEqualTo(RuleCatalogue.load().rules().size());
        assertThat(json.at("/summary/scenarios/IMPLEMENTATION_FAULT").asInt()).as("every scenario ran").isEqualTo(suite);
        assertThat(json.at("/run/jobs").asInt()).as("a certified run may run in parallel, and says how")
                .isEqualTo(Jobs.byDefault(false)).isGreaterThan(1);
        assertThat(Files.readString(reports.resolve("index.html"))).contains(Jobs.byDefault(false)
                + " scenarios at a time (--jobs)");
    }

    @Test
    void theJobsOfACertifiedRunAreRecordedAndItsResultsKeepTheSuitesOrder() throws IOException {
        CliRun run = mfck("run", "--in-process", "--certified", "--jobs", "3", "--provider", NoSessions.class.getName(),
                "--report-dir", reports.toString());
        assertThat(run.exit()).as(run.toString()).isEqualTo(ExitCodes.NOT_CONFORMANT);
        assertThat(run.out()).contains("Scenarios run 3 at a time (--jobs), each with a session of its own");
        JsonNode json = new ObjectMapper().readTree(reports.resolve("conformance.json").toFile());
        assertThat(json.at("/run/jobs").asInt()).isEqualTo(3);
        List<String> ids = new ArrayList<>();
        json.get("rules").forEach(rule -> rule.get("scenarios").forEach(scenario -> ids.add(scenario.get("id").asText())));
        List<String> suiteOrder = ScenarioCatalogue.load().scenarios().stream().map(SpecifiedScenario::id)
                .filter(ids::contains).toList();
        assertThat(ids).as("every rule's scenarios in the order of the feature files").containsExactlyInAnyOrderElementsOf(suiteOrder);
        json.get("rules").forEach(rule -> {
            List<String> own = new ArrayList<>();
            rule.get("scenarios").forEach(scenario -> own.add(scenario.get("id").asText()));
            assertThat(own).isEqualTo(suiteOrder.stream().filter(own::contains).toList());
        });
    }

    @Test
    void fewerThanOneJobCannotProceed() {
        CliRun run = mfck("run", "--in-process", "--jobs", "0", "--provider", IN_MEMORY, "--report-dir", reports.toString());
        assertThat(run.exit()).as(run.toString()).isEqualTo(ExitCodes.CANNOT_PROCEED);
        assertThat(run.err()).startsWith("mfck: ").contains("--jobs must be at least 1, was 0");
    }

    /** A provider whose sessions cannot be made: every scenario ends at once, as an implementation fault. */
    public static final class NoSessions implements SessionProvider {
        @Override
        public String name() {
            return "no sessions";
        }

        @Override
        public String version() {
            return "test";
        }

        @Override
        public MediaSession createSession() {
            throw new IllegalStateException("this provider makes no session");
        }

        @Override
        public Topology createPartialTopology(MediaClip clip, List<SampleSink> sinks) {
            throw new IllegalStateException("this provider makes no topology");
        }
    }

    @Test
    void aCertifiedRunRefusesAShorterDeadline() {
        CliRun faster = mfck("run", "--in-process", "--certified", "--provider", IN_MEMORY, "--timeout-factor", "0.5");
        assertThat(faster.exit()).as(faster.toString()).isEqualTo(ExitCodes.CANNOT_PROCEED);
        assertThat(faster.err()).contains("the timeout factor must be 1 or more, was 0.5");
    }

    @Test
    void aCertifiedRunRefusesAChangedBaseDeadline() {
        String before = System.getProperty(KitSettings.QUIET_MS);
        System.setProperty(KitSettings.QUIET_MS, "50");
        try {
            CliRun run = mfck("run", "--in-process", "--certified", "--provider", IN_MEMORY);
            assertThat(run.exit()).as(run.toString()).isEqualTo(ExitCodes.CANNOT_PROCEED);
            assertThat(run.err()).contains("a certified run keeps the kit's deadlines: unset mfck.timeout.event-ms, "
                    + "mfck.timeout.quiet-ms, mfck.timeout.call-ms, mfck.timeout.async-return-ms");
        } finally {
            if (before == null) {
                System.clearProperty(KitSettings.QUIET_MS);
            } else {
                System.setProperty(KitSettings.QUIET_MS, before);
            }
        }
    }

    @Test
    void aCertifiedRunMayLengthenTheDeadlines() {
        KitSettings slower = KitSettings.from(key -> key.equals(KitSettings.FACTOR) ? "3" : null);
        assertThat(slower.hasDefaultBaseDeadlines()).isTrue();
        KitSettings changed = KitSettings.from(key -> key.equals(KitSettings.CALL_MS) ? "100" : null);
        assertThat(changed.hasDefaultBaseDeadlines()).isFalse();
    }
}
