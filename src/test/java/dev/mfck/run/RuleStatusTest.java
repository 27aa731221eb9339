package dev.mfck.run;

import dev.mfck.failure.Verdict;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dev.mfck.failure.Verdict.FAIL;
import static dev.mfck.failure.Verdict.IMPLEMENTATION_FAULT;
import static dev.mfck.failure.Verdict.NOT_SUPPORTED;
import static dev.mfck.failure.Verdict.PASS;
import static dev.mfck.failure.Verdict.TIMEOUT;
import static org.assertj.core.api.Assertions.assertThat;

/** A rule's status from its scenarios' verdicts, and the run's verdict from the required rules. */
class RuleStatusTest {

    @Test
    void theWorstVerdictDecidesTheRulesStatus() {
        assertThat(RuleStatus.of(List.of())).isEqualTo(RuleStatus.NOT_RUN);
        assertThat(RuleStatus.of(List.of(PASS, PASS))).isEqualTo(RuleStatus.PASS);
        assertThat(RuleStatus.of(List.of(PASS, NOT_SUPPORTED))).isEqualTo(RuleStatus.NOT_SUPPORTED);
        assertThat(RuleStatus.of(List.of(NOT_SUPPORTED, IMPLEMENTATION_FAULT))).isEqualTo(RuleStatus.IMPLEMENTATION_FAULT);
        assertThat(RuleStatus.of(List.of(IMPLEMENTATION_FAULT, TIMEOUT, PASS))).isEqualTo(RuleStatus.TIMEOUT);
        assertThat(RuleStatus.of(List.of(TIMEOUT, FAIL, IMPLEMENTATION_FAULT))).isEqualTo(RuleStatus.FAIL);
    }

    @Test
    void onlyAFailingRequiredRuleMakesARunNotConformant() {
        RunResult warningsOnly = RunResults.of(Map.of("CLOSE-RETURNS-OK", List.of(PASS),
                "SECOND-CLOSE", List.of(FAIL), "CLOSE-FROM-CALLBACK", List.of(TIMEOUT)));
        assertThat(warningsOnly.verdict()).isEqualTo(RunVerdict.CONFORMANT);
        assertThat(warningsOnly.warnings()).extracting(r -> r.rule().id()).containsExactly("SECOND-CLOSE", "CLOSE-FROM-CALLBACK");

        for (Verdict failure : List.of(FAIL, TIMEOUT, IMPLEMENTATION_FAULT)) {
            RunResult broken = RunResults.of(Map.of("CLOSE-IS-ASYNC", List.of(PASS, failure)));
            assertThat(broken.verdict()).as(failure.name()).isEqualTo(RunVerdict.NOT_CONFORMANT);
            assertThat(broken.failedRequired()).extracting(r -> r.rule().id()).containsExactly("CLOSE-IS-ASYNC");
        }
    }

    @Test
    void aRequiredRuleNeedingAnUndeclaredCapabilityDoesNotBreakConformance() {
        RunResult run = RunResults.of(Map.of("CLOSE-RELEASES-RESOURCES", List.of(NOT_SUPPORTED, NOT_SUPPORTED),
                "CLOSE-RETURNS-OK", List.of(PASS)));
        assertThat(run.verdict()).isEqualTo(RunVerdict.CONFORMANT);
        assertThat(run.notPassed()).hasSize(2);
    }
}
