package dev.mfck.steps;

import dev.mfck.model.CallKind;

import java.util.Arrays;

/**
 * A call the application makes, as scenarios write it: the method, with the arguments that
 * change what it means ({@code Start at position 0} is not {@code Start from the current
 * position}; {@code GetEvent with NO_WAIT} does not block).
 */
public enum SessionCall {
    SET_TOPOLOGY("SetTopology with a new topology", SessionMethod.SET_TOPOLOGY),
    CLEAR_TOPOLOGIES("ClearTopologies", SessionMethod.CLEAR_TOPOLOGIES),
    START_AT_ZERO("Start at position 0", SessionMethod.START),
    START_FROM_CURRENT("Start from the current position", SessionMethod.START),
    PAUSE("Pause", SessionMethod.PAUSE),
    STOP("Stop", SessionMethod.STOP),
    CLOSE("Close", SessionMethod.CLOSE),
    SHUTDOWN("Shutdown", SessionMethod.SHUTDOWN),
    GET_CLOCK("GetClock", SessionMethod.GET_CLOCK),
    GET_SESSION_CAPABILITIES("GetSessionCapabilities", SessionMethod.GET_SESSION_CAPABILITIES),
    GET_FULL_TOPOLOGY("GetFullTopology for the current presentation", SessionMethod.GET_FULL_TOPOLOGY),
    GET_EVENT_NO_WAIT("GetEvent with NO_WAIT", SessionMethod.GET_EVENT),
    BEGIN_GET_EVENT_OTHER_CALLBACK("BeginGetEvent with a callback of its own", SessionMethod.BEGIN_GET_EVENT),
    QUEUE_EVENT("QueueEvent with an event of its own", SessionMethod.QUEUE_EVENT);

    private final String text;
    private final SessionMethod method;

    SessionCall(String text, SessionMethod method) {
        this.text = text;
        this.method = method;
    }

    /**
     * @param text a call as scenarios write it
     * @return the call
     * @throws IllegalArgumentException when no call is written so
     */
    public static SessionCall parse(String text) {
        return Arrays.stream(values()).filter(call -> call.text.equals(text)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no call written '" + text + "'"));
    }

    /** @return the call as scenarios write it, for example {@code Start at position 0} */
    public String text() {
        return text;
    }

    /** @return the method it calls */
    public SessionMethod method() {
        return method;
    }

    /** @return how the Close contract treats the call */
    public CallKind kind() {
        return switch (this) {
            case SET_TOPOLOGY, CLEAR_TOPOLOGIES, START_AT_ZERO, START_FROM_CURRENT, PAUSE, STOP -> CallKind.CONTROL;
            case CLOSE -> CallKind.CLOSE;
            case SHUTDOWN -> CallKind.SHUTDOWN;
            case GET_CLOCK -> CallKind.GET_CLOCK;
            case GET_SESSION_CAPABILITIES -> CallKind.GET_CAPABILITIES;
            case GET_FULL_TOPOLOGY -> CallKind.GET_FULL_TOPOLOGY;
            case GET_EVENT_NO_WAIT, BEGIN_GET_EVENT_OTHER_CALLBACK -> CallKind.EVENT_READ;
            case QUEUE_EVENT -> CallKind.QUEUE_EVENT;
        };
    }

    @Override
    public String toString() {
        return text;
    }
}
