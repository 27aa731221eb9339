package dev.mfck.steps;

import dev.mfck.explore.SequenceGenerator;
import dev.mfck.spec.ScenarioCatalogue;
import dev.mfck.spec.SpecifiedScenario;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The suite's steps as typed values: every step of every scenario reads into one, which writes
 * it back word for word; so does every step exploration writes; an unknown step or word is
 * refused by name.
 */
class StepTest {

    @Test
    void everyStepOfTheSuiteReadsIntoATypedStepThatWritesItBack() {
        Set<Class<?>> kinds = new HashSet<>();
        Set<FixedStep> fixed = new HashSet<>();
        for (SpecifiedScenario scenario : ScenarioCatalogue.load().scenarios()) {
            for (String text : scenario.steps()) {
                List<String> table = text.equals(Step.CallsEachOf.TEXT) ? List.of("Close", "Stop") : List.of();
                Step step = Step.parse(text, table);
                assertThat(step.text()).as(scenario.id()).isEqualTo(text);
                kinds.add(step.getClass());
                if (step instanceof Step.Fixed f) {
                    fixed.add(f.step());
                }
            }
        }
        assertThat(kinds).hasSize(Step.class.getPermittedSubclasses().length);
        assertThat(Arrays.stream(FixedStep.values()).filter(f -> !fixed.contains(f)))
                .as("steps no scenario of the suite uses: only exploration's").containsExactlyInAnyOrder(
                        FixedStep.WAIT_FOR_ANSWERS, FixedStep.KEPT_THE_CONTRACT);
    }

    @Test
    void everyStepExplorationWritesReadsBackAsItself() {
        SequenceGenerator generator = new SequenceGenerator(7, 8);
        for (long index = 0; index < 500; index++) {
            for (Step step : generator.sequence(index)) {
                assertThat(Step.parse(step.text())).isEqualTo(step);
            }
        }
    }

    @Test
    void everyCallReadsBackAsItself() {
        for (SessionCall call : SessionCall.values()) {
            assertThat(Step.parse(new Step.Call(call).text())).isEqualTo(new Step.Call(call));
        }
        Step atOnce = new Step.CallsAtOnce(List.of(SessionCall.STOP, SessionCall.CLOSE, SessionCall.SHUTDOWN));
        assertThat(atOnce.text()).isEqualTo("the application calls Stop, Close and Shutdown at once");
        assertThat(Step.parse(atOnce.text())).isEqualTo(atOnce);
    }

    @Test
    void noTwoStepsShareAText() {
        assertThat(Arrays.stream(FixedStep.values()).map(FixedStep::text)).doesNotHaveDuplicates();
        for (FixedStep step : FixedStep.values()) {
            assertThat(Step.parse(step.text())).isEqualTo(Step.of(step));
        }
    }

    @Test
    void anUnknownStepOrWordIsRefusedByName() {
        assertThatThrownBy(() -> Step.parse("the application calls Play"))
                .hasMessageContaining("no step of the suite reads 'the application calls Play'");
        assertThatThrownBy(() -> Step.parse("a session in the playing state, with clip av-long"))
                .hasMessageContaining("no state named 'playing'");
        assertThatThrownBy(() -> Step.parse("the call returns S_MAYBE")).hasMessageContaining("S_MAYBE");
        assertThatThrownBy(() -> Step.parse(Step.CallsEachOf.TEXT)).hasMessageContaining("needs a table");
        assertThatThrownBy(() -> Step.parse("the application calls Close", List.of("Stop")))
                .hasMessageContaining("takes no table");
    }
}
