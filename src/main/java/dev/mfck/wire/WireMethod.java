package dev.mfck.wire;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The methods of mfck-wire/1, as its schema ({@code mfck/wire/mfck-wire-1.schema.json}) defines
 * them: each constant's name is its method's, {@code SESSION_GET_CLOCK} for
 * {@code session.getClock}. {@code WireMethodTest} holds the constants to the schema's
 * {@code <method>.params} definitions, one for one; no other main source writes a method out.
 */
public enum WireMethod {
    /** The handshake, from the kit. */
    INITIALIZE,
    /** From the kit: a new session. */
    PROVIDER_CREATE_SESSION,
    /** From the kit: a partial topology from a clip to the kit's sinks. */
    PROVIDER_CREATE_PARTIAL_TOPOLOGY,
    /** From the kit: {@code SetTopology}. */
    SESSION_SET_TOPOLOGY,
    /** From the kit: {@code ClearTopologies}. */
    SESSION_CLEAR_TOPOLOGIES,
    /** From the kit: {@code Start}. */
    SESSION_START,
    /** From the kit: {@code Pause}. */
    SESSION_PAUSE,
    /** From the kit: {@code Stop}. */
    SESSION_STOP,
    /** From the kit: {@code Close}. */
    SESSION_CLOSE,
    /** From the kit: {@code Shutdown}. */
    SESSION_SHUTDOWN,
    /** From the kit: {@code GetClock}. */
    SESSION_GET_CLOCK,
    /** From the kit: {@code GetSessionCapabilities}. */
    SESSION_GET_SESSION_CAPABILITIES,
    /** From the kit: {@code GetFullTopology}. */
    SESSION_GET_FULL_TOPOLOGY,
    /** From the kit: {@code GetEvent}. */
    SESSION_GET_EVENT,
    /** From the kit: {@code BeginGetEvent}. */
    SESSION_BEGIN_GET_EVENT,
    /** From the kit: {@code EndGetEvent}. */
    SESSION_END_GET_EVENT,
    /** From the kit: {@code QueueEvent}. */
    SESSION_QUEUE_EVENT,
    /** From the kit: the session's live resources. */
    SESSION_LIVE_RESOURCES,
    /** From the kit: it is done with a session; the peer releases it and what the kit lists with it. */
    SESSION_END,
    /** From the kit: hold the next sample one of these sinks receives. */
    SINKS_HOLD_NEXT,
    /** From the kit: {@code IMFPresentationClock::GetTime}. */
    CLOCK_GET_TIME,
    /** From the kit: {@code IMFClock::GetState}. */
    CLOCK_GET_STATE,
    /** From the peer: the kit's event callback is invoked. */
    CALLBACK_INVOKE,
    /** From the peer: a sample reached a kit sink. */
    SINK_PROCESS_SAMPLE,
    /** From the peer: {@code OnClockStart}. */
    SINK_CLOCK_START,
    /** From the peer: {@code OnClockStop}. */
    SINK_CLOCK_STOP,
    /** From the peer: {@code OnClockPause}. */
    SINK_CLOCK_PAUSE,
    /** From the peer: {@code OnClockRestart}. */
    SINK_CLOCK_RESTART,
    /** From the peer: {@code OnShutdown}. */
    SINK_SHUTDOWN;

    private final String wireName;

    WireMethod() {
        String[] words = name().toLowerCase(Locale.ROOT).split("_");
        StringBuilder method = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            method.append(i == 1 ? "." : "").append(i == 1 ? words[i] : Character.toUpperCase(words[i].charAt(0))
                    + words[i].substring(1));
        }
        this.wireName = method.toString();
    }

    /** @return the method as messages name it, for example {@code session.getClock} */
    public String wireName() {
        return wireName;
    }

    /**
     * @param wireName a method as a message names it
     * @return the method, if the protocol has one of that name
     */
    public static Optional<WireMethod> named(String wireName) {
        return Arrays.stream(values()).filter(method -> method.wireName.equals(wireName)).findFirst();
    }

    @Override
    public String toString() {
        return wireName;
    }
}
