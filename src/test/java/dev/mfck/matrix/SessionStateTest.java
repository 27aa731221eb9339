package dev.mfck.matrix;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The states' names: the step parameter's pattern knows exactly them, and each reads back as itself. */
class SessionStateTest {

    @Test
    void thePatternNamesEveryStateAndNothingElse() {
        Set<String> names = SessionState.all().stream().map(SessionState::text).collect(Collectors.toSet());
        assertThat(names).hasSize(28).allSatisfy(name -> assertThat(name).matches(SessionState.PATTERN));
        assertThat(Arrays.stream(BaseState.values()).map(b -> "closed from " + b.text()))
                .filteredOn(name -> !names.contains(name)).containsExactly("closed from closed");
        assertThat("closed from closed").doesNotMatch(SessionState.PATTERN);
        assertThat("closed").doesNotMatch(SessionState.PATTERN);
        assertThat("playing").doesNotMatch(SessionState.PATTERN);
    }

    @Test
    void everyStateReadsBackAsItself() {
        assertThat(SessionState.all()).allSatisfy(state -> assertThat(SessionState.parse(state.text())).contains(state));
        assertThat(SessionState.parse("shut down from closed").orElseThrow().closeCalled()).isTrue();
        assertThat(SessionState.parse("shut down from paused").orElseThrow().closeCalled()).isFalse();
        assertThat(SessionState.parse("closed from new").orElseThrow().hasMedia()).isFalse();
    }

    @Test
    void closedIsOnlyAStateToShutDownFrom() {
        assertThatThrownBy(() -> new SessionState(SessionState.Stage.AS_IS, BaseState.CLOSED))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SessionState(SessionState.Stage.CLOSED_FROM, BaseState.CLOSED))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
