package dev.mfck.run;

import dev.mfck.failure.Verdict;
import dev.mfck.spec.ScenarioCatalogue;
import dev.mfck.spec.SpecifiedScenario;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestDescriptor.Type;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.descriptor.ClasspathResourceSource;
import org.junit.platform.engine.support.descriptor.FilePosition;
import org.junit.platform.launcher.TestIdentifier;
import org.opentest4j.TestAbortedException;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the collector makes of outcomes that are not the kit's verdicts: a failure of the kit
 * itself is a kit error, never blamed on the implementation; and how a scenario is identified.
 */
class ScenarioCollectorTest {

    private static final ScenarioCatalogue SUITE = ScenarioCatalogue.load();

    private final List<ScenarioResult> heard = new ArrayList<>();
    private final ScenarioCollector collector = new ScenarioCollector(new Progress() {
        @Override
        public void finished(ScenarioResult result, int done, int total) {
            heard.add(result);
        }
    }, SUITE, 3);

    @Test
    void aScenarioIsIdentifiedByItsStableIdAndItsLocationAndTaggedWithItsRule() {
        SpecifiedScenario race = SUITE.withId("CLOSE-RACES-TRANSITION[started, av-long, Stop and Close]").orElseThrow();
        TestIdentifier scenario = scenario(race.file(), race.line());
        assertThat(collector.idOf(scenario)).isEqualTo("CLOSE-RACES-TRANSITION[started, av-long, Stop and Close]");
        assertThat(ScenarioCollector.locationOf(scenario)).isEqualTo(race.location()).startsWith("close_races.feature:");
        assertThat(ScenarioCollector.ruleOf(scenario)).isEqualTo("CLOSE-RACES-TRANSITION");
    }

    @Test
    void aLocationTheSuiteDoesNotHaveIsItsOwnId() {
        assertThat(collector.idOf(scenario("close_races.feature", 1))).isEqualTo("close_races.feature:1");
    }

    @Test
    void aPassIsAPass() {
        TestIdentifier scenario = scenario("close_races.feature", 15);
        collector.executionStarted(scenario);
        collector.executionFinished(scenario, TestExecutionResult.successful());
        assertThat(heard).singleElement().satisfies(r -> assertThat(r.verdict()).isEqualTo(Verdict.PASS));
        assertThat(collector.kitErrors()).isEmpty();
    }

    @Test
    void anExceptionThatIsNotAVerdictIsAKitError() {
        TestIdentifier scenario = scenario("close_races.feature", 16);
        collector.executionStarted(scenario);
        collector.executionFinished(scenario, TestExecutionResult.failed(new IllegalStateException("a step's bug")));
        assertThat(collector.kitErrors()).singleElement().asString()
                .contains("the kit failed in 'a scenario' (close_races.feature:16), not the implementation",
                        "IllegalStateException: a step's bug");
        assertThat(heard).singleElement().satisfies(r -> assertThat(r.observed()).startsWith("the kit failed"));
    }

    @Test
    void anAbortThatIsNotAMissingCapabilityIsAKitError() {
        TestIdentifier scenario = scenario("close_races.feature", 17);
        collector.executionFinished(scenario, TestExecutionResult.aborted(new TestAbortedException("pending")));
        collector.executionSkipped(scenario("close_races.feature", 18), "disabled");
        assertThat(collector.kitErrors()).hasSize(2);
        assertThat(heard).noneMatch(r -> r.verdict() == Verdict.NOT_SUPPORTED || r.verdict() == Verdict.PASS);
    }

    @Test
    void aFailedContainerIsAKitError() {
        TestIdentifier feature = TestIdentifier.from(new Descriptor("feature", Type.CONTAINER, 1));
        collector.executionFinished(feature, TestExecutionResult.failed(new IllegalStateException("BeforeAll hook")));
        assertThat(collector.kitErrors()).singleElement().asString().contains("BeforeAll hook");
        assertThat(heard).isEmpty();
    }

    private static TestIdentifier scenario(String feature, int line) {
        return TestIdentifier.from(new Descriptor(feature, Type.TEST, line));
    }

    private static final class Descriptor extends AbstractTestDescriptor {
        private final Type type;

        Descriptor(String feature, Type type, int line) {
            super(UniqueId.forEngine("cucumber").append("scenario", feature + line), "a scenario",
                    ClasspathResourceSource.from("mfck/features/" + feature, FilePosition.from(line)));
            this.type = type;
        }

        @Override
        public Type getType() {
            return type;
        }

        @Override
        public Set<TestTag> getTags() {
            return Set.of(TestTag.create("rule:CLOSE-RACES-TRANSITION"), TestTag.create("interpretation"));
        }
    }
}
