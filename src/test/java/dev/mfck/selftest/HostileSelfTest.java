package dev.mfck.selftest;

import dev.mfck.config.KitSettings;
import dev.mfck.selftest.hostile.Hostile;
import dev.mfck.selftest.hostile.HostileCatalogue;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The kit survives implementations that fight back: each run ends within the bound the
 * settings give, every failure is reported precisely (its rule, its verdict, the call), and
 * one scenario's mess stays its own.
 */
class HostileSelfTest {

    @TestFactory
    Stream<DynamicTest> theKitReportsHostileImplementationsPreciselyAndInBoundedTime() {
        return HostileCatalogue.all().stream().map(hostile -> DynamicTest.dynamicTest(hostile.name(), () -> {
            SuiteRun.Result result = SelfTestRuns.of(hostile);
            List<SuiteRun.ScenarioResult> failed = result.scenarios().stream()
                    .filter(s -> s.outcome() == SuiteRun.Outcome.FAILED || s.outcome() == SuiteRun.Outcome.BLOCKED).toList();
            long passed = result.scenarios().stream().filter(s -> s.outcome() == SuiteRun.Outcome.PASSED).count();
            Duration bound = KitSettings.fromEnvironment().scenarioBound().multipliedBy(result.scenarios().size());
            System.out.printf("hostile %-28s %d failed, %d passed, in %d ms (bound %d ms)%n", hostile.name(),
                    failed.size(), passed, result.took().toMillis(), bound.toMillis());
            Hostile.Expected expected = hostile.expected();

            assertThat(result.scenarios()).as("scenarios run").hasSizeGreaterThanOrEqualTo(20);
            assertThat(result.took()).as("the run's duration").isLessThanOrEqualTo(bound);
            assertThat(failed).allSatisfy(s -> {
                assertThat(s.message()).as(s.name()).startsWith("[" + s.ruleId() + " (");
                if (expected.verdict() != null) {
                    assertThat(s.message()).as(s.name()).contains("] " + expected.verdict() + "\n");
                }
                if (expected.call() != null) {
                    assertThat(s.message()).as(s.name()).contains(expected.call());
                }
            });
            if (expected.allFail()) {
                assertThat(passed).as("scenarios that passed against " + hostile.behaviour()).isZero();
            }
            if (expected.someFail()) {
                assertThat(failed).as("failed scenarios").isNotEmpty();
            }
            if (expected.somePass()) {
                assertThat(passed).as("scenarios that passed").isPositive();
            }
            if (expected.mostFailures() >= 0) {
                assertThat(failed).as("failed scenarios").hasSizeLessThanOrEqualTo(expected.mostFailures());
            }
        }));
    }
}
