package dev.mfck.steps;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The words of the steps: every call the pattern knows is a call. */
class StepWordsTest {

    @Test
    void theCallPatternNamesEveryCallAndNothingElse() {
        assertThat(List.of(SessionCall.PATTERN.split("\\|")))
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(SessionCall.values()).map(SessionCall::text).toList());
    }
}
