package dev.mfck.baseline;

import dev.mfck.rules.RuleCatalogue;
import dev.mfck.run.RunResult;
import dev.mfck.run.RunResults;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static dev.mfck.failure.Verdict.FAIL;
import static dev.mfck.failure.Verdict.NOT_SUPPORTED;
import static dev.mfck.failure.Verdict.PASS;
import static dev.mfck.failure.Verdict.TIMEOUT;
import static dev.mfck.run.RunResults.scenarioId;
import static org.assertj.core.api.Assertions.assertThat;

/** A run against an expectations file: expected, unexpected, unexpected passes, not run; and the gate. */
class BaselineCheckTest {

    private static final String ASYNC = "CLOSE-IS-ASYNC";
    private static final String RETURNS_OK = "CLOSE-RETURNS-OK";
    private static final String SECOND_CLOSE = "SECOND-CLOSE";

    @TempDir
    Path dir;

    private final RunResult run = RunResults.of(Map.of(
            ASYNC, List.of(PASS, FAIL, TIMEOUT),
            RETURNS_OK, List.of(PASS, PASS),
            SECOND_CLOSE, List.of(FAIL),
            "CLOSE-RELEASES-RESOURCES", List.of(NOT_SUPPORTED)));

    @Test
    void withoutExpectationsTheGateFollowsTheVerdict() {
        assertThat(Gate.decide(run, Optional.empty()))
                .isEqualTo(new Gate(false, "required rules failed: CLOSE-IS-ASYNC (FAIL)"));
        RunResult conformant = RunResults.of(Map.of(RETURNS_OK, List.of(PASS), SECOND_CLOSE, List.of(FAIL)));
        assertThat(Gate.decide(conformant, Optional.empty())).isEqualTo(new Gate(true, "every required rule passed"));
    }

    @Test
    void scenarioEntriesWithTheirExactVerdictsMakeEveryFailureExpected() throws IOException {
        BaselineCheck check = check(scenarioId(ASYNC, 1) + " FAIL known", scenarioId(ASYNC, 2) + " TIMEOUT known");
        assertThat(check.expected()).extracting(d -> d.scenario().id())
                .containsExactly(scenarioId(ASYNC, 1), scenarioId(ASYNC, 2));
        assertThat(check.unexpected()).extracting(d -> d.scenario().id()).containsExactly(scenarioId(SECOND_CLOSE, 0));
        assertThat(check.holds()).as("the unexpected failure is of an interpretation: a warning").isTrue();
        Gate gate = Gate.decide(run, Optional.of(check));
        assertThat(gate.passes()).isTrue();
        assertThat(gate.reason()).startsWith("not conformant, but every failure of a required rule is expected by ");
    }

    @Test
    void anEntryWithAnotherStatusDoesNotCoverTheFailure() throws IOException {
        BaselineCheck check = check(scenarioId(ASYNC, 1) + " FAIL known", scenarioId(ASYNC, 2) + " FAIL was a failure");
        assertThat(check.unexpected()).extracting(d -> d.scenario().id()).contains(scenarioId(ASYNC, 2));
        assertThat(check.unexpected().get(0).describe()).contains("TIMEOUT, but line 2 expects " + scenarioId(ASYNC, 2) + " FAIL");
        assertThat(check.holds()).isFalse();
        assertThat(Gate.decide(run, Optional.of(check)).reason()).startsWith("1 failing scenario of required rules not expected");
    }

    @Test
    void aRuleEntryCoversEveryFailureOfTheRuleWhenTheRuleHasThatStatus() throws IOException {
        BaselineCheck check = check(ASYNC + " FAIL the whole rule");
        assertThat(check.expected()).hasSize(2);
        assertThat(check.holds()).isTrue();
        BaselineCheck wrongStatus = check(ASYNC + " TIMEOUT the whole rule");
        assertThat(wrongStatus.holds()).as("the rule's status is FAIL, its worst verdict").isFalse();
    }

    @Test
    void aScenarioEntryTakesPrecedenceOverItsRulesEntry() throws IOException {
        BaselineCheck check = check(ASYNC + " FAIL the rule", scenarioId(ASYNC, 2) + " TIMEOUT this one hangs");
        assertThat(check.expected()).extracting(d -> d.expectation().orElseThrow().id())
                .containsExactly(ASYNC, scenarioId(ASYNC, 2));
    }

    @Test
    void entriesForWhatPassesAreUnexpectedPassesAndForWhatDidNotRunAreNotRun() throws IOException {
        BaselineCheck check = check(RETURNS_OK + " FAIL fixed since", scenarioId(RETURNS_OK, 1) + " TIMEOUT fixed too",
                "CLOSE-STOPS-CLOCK FAIL not selected", "CLOSE-RACES-TRANSITION[gone] FAIL gone",
                "CLOSE-RELEASES-RESOURCES NOT_SUPPORTED no LiveResources");
        assertThat(check.unexpectedPasses()).extracting(Expectation::id)
                .containsExactly(RETURNS_OK, scenarioId(RETURNS_OK, 1));
        assertThat(check.notRun()).extracting(Expectation::id).containsExactly("CLOSE-STOPS-CLOCK", "CLOSE-RACES-TRANSITION[gone]");
        assertThat(check.departures()).noneMatch(d -> d.rule().rule().id().equals("CLOSE-RELEASES-RESOURCES"));
    }

    @Test
    void anIntermittentEntryCoversEachOfItsStatusesAndIsReportedWithTheOneItTook() throws IOException {
        BaselineCheck check = check(scenarioId(ASYNC, 1) + " PASS|FAIL crashes in half the runs",
                scenarioId(ASYNC, 2) + " FAIL|TIMEOUT hangs or fails", scenarioId(ASYNC, 0) + " PASS|FAIL passes this time",
                scenarioId(RETURNS_OK, 0) + " FAIL|TIMEOUT but it passed");
        assertThat(check.expected()).extracting(d -> d.scenario().id())
                .containsExactly(scenarioId(ASYNC, 1), scenarioId(ASYNC, 2));
        assertThat(check.holds()).isTrue();
        assertThat(check.intermittent()).extracting(i -> i.entry().id() + " " + i.took() + " " + i.isExpected())
                .containsExactly(scenarioId(ASYNC, 1) + " FAIL true", scenarioId(ASYNC, 2) + " TIMEOUT true",
                        scenarioId(ASYNC, 0) + " PASS true", scenarioId(RETURNS_OK, 0) + " PASS false");
        assertThat(check.unexpectedPasses()).as("a pass is unexpected only for an entry that does not list PASS")
                .extracting(Expectation::id).containsExactly(scenarioId(RETURNS_OK, 0));
        BaselineCheck otherStatus = check(scenarioId(ASYNC, 2) + " PASS|FAIL never hangs");
        assertThat(otherStatus.unexpected()).extracting(d -> d.scenario().id()).contains(scenarioId(ASYNC, 2));
        assertThat(otherStatus.holds()).isFalse();
    }

    @Test
    void aFreshBaselineCoversExactlyTheRunsFailures() throws IOException {
        Path file = dir.resolve("baseline.txt");
        assertThat(BaselineWriter.write(run, file)).isEqualTo(3);
        BaselineCheck check = BaselineCheck.of(run, Expectations.read(file, RuleCatalogue.load()));
        assertThat(check.unexpected()).isEmpty();
        assertThat(check.expected()).hasSize(3);
        assertThat(check.unexpectedPasses()).isEmpty();
        assertThat(Files.readString(file)).contains("# CLOSE-IS-ASYNC (required): FAIL",
                scenarioId(ASYNC, 2), "TIMEOUT", "Close returned E_FAIL (0x80004005) in scenario 2");
    }

    @Test
    void aBaselineOfAPassingRunHasNoEntries() throws IOException {
        Path file = dir.resolve("clean.txt");
        assertThat(BaselineWriter.write(RunResults.of(Map.of(RETURNS_OK, List.of(PASS))), file)).isZero();
        assertThat(Expectations.read(file, RuleCatalogue.load()).entries()).isEmpty();
    }

    private BaselineCheck check(String... lines) throws IOException {
        Path file = Files.write(dir.resolve("expectations.txt"), List.of(lines));
        return BaselineCheck.of(run, Expectations.read(file, RuleCatalogue.load()));
    }
}
