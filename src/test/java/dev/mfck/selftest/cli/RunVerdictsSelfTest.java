package dev.mfck.selftest.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mfck.cli.CliRun;
import dev.mfck.cli.ExitCodes;
import dev.mfck.rules.RuleCatalogue;
import dev.mfck.selftest.SwitchableProvider;
import dev.mfck.spi.MediaSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

import static dev.mfck.cli.CliRun.mfck;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every verdict, as the command line reports it: what each kind of implementation gets as
 * scenario verdicts, rule statuses, run verdict and exit code. Each run selects a few rules.
 */
class RunVerdictsSelfTest {

    private static final String PROVIDER = SwitchableProvider.class.getName();

    @TempDir
    Path reports;

    @AfterEach
    void conformingAgain() {
        SwitchableProvider.use(null, null);
    }

    @Test
    void aConformingSessionIsConformantAndEveryUnselectedRuleIsNotRun() {
        CliRun run = against("conforming", null, "--rule", "CLOSE-RETURNS-OK,CLOSE-IS-ASYNC", "--timeout-factor", "1.5");
        assertThat(run.exit()).as(run.toString()).isEqualTo(ExitCodes.CONFORMANT);
        int selected = Reports.scenariosOf("CLOSE-RETURNS-OK", "CLOSE-IS-ASYNC");
        int returnsOk = Reports.scenariosOf("CLOSE-RETURNS-OK");
        assertThat(run.out()).contains("Running " + selected + " scenarios.", "[ 1/" + selected + ", 0 failed] PASS",
                "[" + selected + "/" + selected + ", 0 failed] PASS",
                "Verdict: CONFORMANT (partial run: scenarios matching (@rule:CLOSE-RETURNS-OK or @rule:CLOSE-IS-ASYNC))",
                "Gate: passes: every required rule passed")
                .containsPattern("CLOSE-RETURNS-OK\\s+required\\s+PASS\\s+" + returnsOk + "/" + returnsOk)
                .containsPattern("SECOND-CLOSE\\s+interpretation\\s+NOT_RUN\\s+0/0");
        JsonNode json = Reports.conformance(reports);
        assertThat(json.get("verdict").asText()).isEqualTo("CONFORMANT");
        assertThat(Reports.rulesWithStatus(json, "PASS")).containsExactly("CLOSE-IS-ASYNC", "CLOSE-RETURNS-OK");
        assertThat(Reports.rulesWithStatus(json, "NOT_RUN")).hasSize(RuleCatalogue.load().rules().size() - 2);
        assertThat(json.at("/run/settings").asText()).contains("timeout factor=1.50");
        assertThat(json.at("/run/certified").asBoolean()).isFalse();
    }

    @Test
    void tagsSelectScenariosWithCucumbersExpressions() {
        CliRun run = against("conforming", null, "--tags", "@rule:SECOND-CLOSE and not @no-such-tag");
        assertThat(run.exit()).as(run.toString()).isEqualTo(ExitCodes.CONFORMANT);
        int secondClose = Reports.scenariosOf("SECOND-CLOSE");
        assertThat(run.out()).contains("Running " + secondClose + " scenarios.");
        assertThat(Reports.conformance(reports).at("/summary/scenarios/PASS").asInt()).isEqualTo(secondClose);
    }

    @Test
    void aBrokenRequiredRuleIsNotConformant() {
        CliRun run = against("close-accepted-after-shutdown", Sessions.mutant("close-accepted-after-shutdown").sessions(),
                "--rule", "CLOSE-AFTER-SHUTDOWN,CLOSE-RETURNS-OK");
        assertThat(run.exit()).as(run.toString()).isEqualTo(ExitCodes.NOT_CONFORMANT);
        assertThat(run.out()).contains("FAIL                 CLOSE-AFTER-SHUTDOWN",
                "Verdict: NOT_CONFORMANT", "Gate: fails: required rules failed: CLOSE-AFTER-SHUTDOWN (FAIL)")
                .containsPattern("Did not pass:\\R  FAIL\\s+CLOSE-AFTER-SHUTDOWN\\[shut down from new, none]\\R");
        JsonNode json = Reports.conformance(reports);
        assertThat(json.get("verdict").asText()).isEqualTo("NOT_CONFORMANT");
        assertThat(Reports.rulesWithStatus(json, "FAIL")).containsExactly("CLOSE-AFTER-SHUTDOWN");
        assertThat(json.at("/gate/passes").asBoolean()).isFalse();
    }

    @Test
    void aBrokenInterpretationIsAWarningNotNonConformance() {
        CliRun run = against("second-close-succeeds", Sessions.mutant("second-close-succeeds").sessions(),
                "--rule", "SECOND-CLOSE,CLOSE-RETURNS-OK");
        assertThat(run.exit()).as(run.toString()).isEqualTo(ExitCodes.CONFORMANT);
        assertThat(run.out()).contains("Warnings (recommended and interpretation rules, not conformance failures): "
                + "SECOND-CLOSE FAIL", "Verdict: CONFORMANT").containsPattern("SECOND-CLOSE\\s+interpretation\\s+FAIL\\s+0/"
                + Reports.scenariosOf("SECOND-CLOSE") + "\\s+\\(warning\\)");
        JsonNode json = Reports.conformance(reports);
        assertThat(json.get("verdict").asText()).isEqualTo("CONFORMANT");
        assertThat(json.get("warnings").get(0).asText()).isEqualTo("SECOND-CLOSE");
    }

    @Test
    void aSessionThatHangsTimesOut() {
        CliRun run = against("hangs-in-close", Sessions.hostile("hangs-in-close"), "--rule", "CLOSE-RETURNS-OK");
        assertThat(run.exit()).as(run.toString()).isEqualTo(ExitCodes.NOT_CONFORMANT);
        JsonNode json = Reports.conformance(reports);
        assertThat(Reports.ruleStatuses(json)).containsEntry("CLOSE-RETURNS-OK", "TIMEOUT");
        assertThat(verdicts(json, "CLOSE-RETURNS-OK")).containsOnly("TIMEOUT");
        assertThat(json.at("/summary/scenarios/TIMEOUT").asInt()).isEqualTo(Reports.scenariosOf("CLOSE-RETURNS-OK"));
    }

    @Test
    void aSessionThatThrowsIsAnImplementationFault() {
        CliRun run = against("throws-in-close", Sessions.hostile("throws-in-close"), "--rule", "CLOSE-RETURNS-OK");
        assertThat(run.exit()).as(run.toString()).isEqualTo(ExitCodes.NOT_CONFORMANT);
        JsonNode json = Reports.conformance(reports);
        assertThat(Reports.ruleStatuses(json)).containsEntry("CLOSE-RETURNS-OK", "IMPLEMENTATION_FAULT");
        assertThat(verdicts(json, "CLOSE-RETURNS-OK")).containsOnly("IMPLEMENTATION_FAULT");
        assertThat(run.out()).contains("MediaSession.Close() threw java.lang.UnsupportedOperationException");
    }

    @Test
    void aCapabilityTheSessionDoesNotDeclareIsNotSupportedAndDoesNotBreakConformance() {
        CliRun run = against("without-live-resources", Sessions.withoutLiveResources(),
                "--rule", "CLOSE-RELEASES-RESOURCES,CLOSE-RETURNS-OK");
        assertThat(run.exit()).as(run.toString()).isEqualTo(ExitCodes.CONFORMANT);
        JsonNode json = Reports.conformance(reports);
        assertThat(Reports.ruleStatuses(json)).containsEntry("CLOSE-RELEASES-RESOURCES", "NOT_SUPPORTED")
                .containsEntry("CLOSE-RETURNS-OK", "PASS");
        assertThat(verdicts(json, "CLOSE-RELEASES-RESOURCES")).containsOnly("NOT_SUPPORTED");
        assertThat(json.get("verdict").asText()).isEqualTo("CONFORMANT");
    }

    private CliRun against(String name, Supplier<MediaSession> sessions, String... options) {
        SwitchableProvider.use(name, sessions);
        List<String> args = new ArrayList<>(List.of("run", "--in-process", "--provider", PROVIDER, "--report-dir",
                reports.toString()));
        args.addAll(List.of(options));
        return mfck(args.toArray(String[]::new));
    }

    private static Set<String> verdicts(JsonNode json, String ruleId) {
        Set<String> verdicts = new TreeSet<>();
        json.get("rules").forEach(rule -> {
            if (rule.get("id").asText().equals(ruleId)) {
                rule.get("scenarios").forEach(s -> verdicts.add(s.get("verdict").asText()));
            }
        });
        return verdicts;
    }
}
