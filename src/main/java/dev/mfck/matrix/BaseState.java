package dev.mfck.matrix;

import java.util.Arrays;
import java.util.Optional;

/**
 * A state the kit brings a new session into the way an application would: the states in which
 * Close can be called, and "closed" (from started), the state Shutdown is called from after
 * Close.
 */
public enum BaseState {
    /** Created; nothing asked of it yet. */
    NEW("new", false),
    /** A new session asked to Start without a topology: Start failed, directly or through MESessionStarted. */
    START_FAILED("start failed", false),
    /** SetTopology completed with MESessionTopologySet. */
    TOPOLOGY_SET("topology set", true),
    /** Start completed with MESessionStarted, and samples reach every sink. */
    STARTED("started", true),
    /** Started, then Pause completed with MESessionPaused. */
    PAUSED("paused", true),
    /** Started, then Stop completed with MESessionStopped. */
    STOPPED("stopped", true),
    /** Started shortly before the clip's end, and played to MESessionEnded. */
    ENDED("ended", true),
    /** Started 200 ms before the clip's end: the end of the stream races whatever comes next. */
    NEAR_ITS_END("near its end", true),
    /** Started, then Close called while the kit holds a sample inside a sink callback: closing cannot complete. */
    CLOSING("closing", true),
    /** Closed from started: Close returned S_OK and MESessionClosed arrived. Only Shutdown is called from it. */
    CLOSED("closed", true);

    private final String text;
    private final boolean hasMedia;

    BaseState(String text, boolean hasMedia) {
        this.text = text;
        this.hasMedia = hasMedia;
    }

    /** @return the state as scenarios name it, for example {@code topology set} */
    public String text() {
        return text;
    }

    /** @return true when the session has a clip's topology in this state, so a clip is chosen for it */
    public boolean hasMedia() {
        return hasMedia;
    }

    /**
     * @param text a state's name
     * @return the state, if there is one of that name
     */
    public static Optional<BaseState> named(String text) {
        return Arrays.stream(values()).filter(state -> state.text.equals(text)).findFirst();
    }
}
