package dev.mfck.matrix;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A state a scenario starts from: a {@link BaseState} as it is, closed from it (Close returned
 * S_OK and MESessionClosed arrived), or shut down from it (Shutdown returned S_OK).
 *
 * @param stage how far past the base state the session has been taken
 * @param base  the state the session was in before
 */
public record SessionState(Stage stage, BaseState base) {

    /** How far past its base state a session is. */
    public enum Stage {
        /** In the base state itself. */
        AS_IS(""),
        /** Close returned S_OK in the base state, and MESessionClosed arrived. */
        CLOSED_FROM("closed from "),
        /** Shutdown returned S_OK in the base state. */
        SHUT_DOWN_FROM("shut down from ");

        private final String prefix;

        Stage(String prefix) {
            this.prefix = prefix;
        }
    }

    /** Checks that the stage applies to the base state. */
    public SessionState {
        if (stage == Stage.AS_IS && base == BaseState.CLOSED) {
            throw new IllegalArgumentException("'closed' is only a state to shut down from; say 'closed from started'");
        }
        if (stage == Stage.CLOSED_FROM && base == BaseState.CLOSED) {
            throw new IllegalArgumentException("a closed session is not closed again: that is SECOND-CLOSE's scenario");
        }
    }

    /** @return every state, in matrix order: the base states, then closed from each, then shut down from each */
    public static List<SessionState> all() {
        List<SessionState> all = new ArrayList<>();
        for (Stage stage : Stage.values()) {
            for (BaseState base : BaseState.values()) {
                if (base != BaseState.CLOSED || stage == Stage.SHUT_DOWN_FROM) {
                    all.add(new SessionState(stage, base));
                }
            }
        }
        return List.copyOf(all);
    }

    /**
     * @param text a state's name, for example {@code closed from paused}
     * @return the state, if the name is one
     */
    public static Optional<SessionState> parse(String text) {
        return all().stream().filter(state -> state.text().equals(text)).findFirst();
    }

    /** @return the state as scenarios name it */
    public String text() {
        return stage.prefix + base.text();
    }

    /** @return true when a clip is chosen for this state (its base state has a topology) */
    public boolean hasMedia() {
        return base.hasMedia();
    }

    /** @return true when Close has been called on the way to this state (closing, closed from, shut down from closing or closed) */
    public boolean closeCalled() {
        return stage == Stage.CLOSED_FROM || base == BaseState.CLOSING || base == BaseState.CLOSED;
    }

    @Override
    public String toString() {
        return text();
    }
}
