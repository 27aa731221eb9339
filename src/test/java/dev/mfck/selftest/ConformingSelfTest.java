package dev.mfck.selftest;

import dev.mfck.spec.ScenarioCatalogue;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The kit's own conforming in-memory session passes every scenario of the whole suite: none
 * fails, none is blocked, none is unsupported. Every mutant is judged against this.
 */
class ConformingSelfTest {

    @Test
    void theInMemorySessionPassesTheWholeSuite() {
        SuiteRun.Result result = SelfTestRuns.ofTheConformingSession();
        System.out.printf("conforming in-memory session: %d scenarios in %d ms%n", result.scenarios().size(),
                result.took().toMillis());
        assertThat(result.scenarios()).hasSize(ScenarioCatalogue.load().scenarios().size())
                .allSatisfy(s -> assertThat(s.outcome()).as(s.name() + "\n" + s.message()).isEqualTo(SuiteRun.Outcome.PASSED));
    }
}
