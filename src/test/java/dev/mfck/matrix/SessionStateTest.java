package dev.mfck.matrix;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The states' names: there are exactly the matrix's, and each reads back as itself. */
class SessionStateTest {

    @Test
    void everyStateIsNamedAndNothingElse() {
        Set<String> names = SessionState.all().stream().map(SessionState::text).collect(Collectors.toSet());
        assertThat(names).hasSize(28);
        assertThat(Arrays.stream(BaseState.values()).map(b -> "closed from " + b.text()))
                .filteredOn(name -> !names.contains(name)).containsExactly("closed from closed");
        assertThat(SessionState.parse("closed from closed")).isEmpty();
        assertThat(SessionState.parse("closed")).isEmpty();
        assertThat(SessionState.parse("playing")).isEmpty();
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
