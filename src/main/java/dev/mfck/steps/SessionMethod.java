package dev.mfck.steps;

import dev.mfck.spi.MediaEventType;

import java.util.Arrays;
import java.util.Optional;

/** The session's methods as scenarios name them, with the event each asynchronous one queues. */
public enum SessionMethod {
    SET_TOPOLOGY("SetTopology", MediaEventType.ME_SESSION_TOPOLOGY_SET),
    CLEAR_TOPOLOGIES("ClearTopologies", MediaEventType.ME_SESSION_TOPOLOGIES_CLEARED),
    START("Start", MediaEventType.ME_SESSION_STARTED),
    PAUSE("Pause", MediaEventType.ME_SESSION_PAUSED),
    STOP("Stop", MediaEventType.ME_SESSION_STOPPED),
    CLOSE("Close", MediaEventType.ME_SESSION_CLOSED),
    SHUTDOWN("Shutdown", null),
    GET_CLOCK("GetClock", null),
    GET_SESSION_CAPABILITIES("GetSessionCapabilities", null),
    GET_FULL_TOPOLOGY("GetFullTopology", null),
    GET_EVENT("GetEvent", null),
    BEGIN_GET_EVENT("BeginGetEvent", null),
    QUEUE_EVENT("QueueEvent", null);

    private final String mfName;
    private final MediaEventType completion;

    SessionMethod(String mfName, MediaEventType completion) {
        this.mfName = mfName;
        this.completion = completion;
    }

    static SessionMethod named(String name) {
        return Arrays.stream(values()).filter(m -> m.mfName.equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no session method named '" + name + "'"));
    }

    String mfName() {
        return mfName;
    }

    /** @return the event that completes this method, for the asynchronous ones */
    Optional<MediaEventType> completion() {
        return Optional.ofNullable(completion);
    }
}
