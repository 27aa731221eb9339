package dev.mfck.model;

/** The ids of the rules the model judges, as {@code features/rules.md} names them; a test holds them to it. */
public final class ContractRules {

    /** Close returns S_OK before Shutdown. */
    public static final String CLOSE_RETURNS_OK = "CLOSE-RETURNS-OK";
    /** Close returns at once, and MESessionClosed waits for closing to complete. */
    public static final String CLOSE_IS_ASYNC = "CLOSE-IS-ASYNC";
    /** One MESessionClosed with S_OK. */
    public static final String ONE_CLOSED_EVENT = "CLOSE-ONE-CLOSED-EVENT";
    /** No sample after MESessionClosed. */
    public static final String STOPS_SAMPLES = "CLOSE-STOPS-SAMPLES";
    /** The clock stands still after MESessionClosed. */
    public static final String STOPS_CLOCK = "CLOSE-STOPS-CLOCK";
    /** Working resources back at their baseline after MESessionClosed. */
    public static final String RELEASES_RESOURCES = "CLOSE-RELEASES-RESOURCES";
    /** GetClock, GetFullTopology, GetSessionCapabilities and Shutdown stay valid after Close. */
    public static final String ALLOWED_AFTER_CLOSE = "ALLOWED-AFTER-CLOSE";
    /** Every other method fails with MF_E_INVALIDREQUEST after Close. */
    public static final String INVALID_AFTER_CLOSE = "INVALID-AFTER-CLOSE";
    /** Close after Shutdown returns MF_E_SHUTDOWN. */
    public static final String CLOSE_AFTER_SHUTDOWN = "CLOSE-AFTER-SHUTDOWN";
    /** After Shutdown every method returns MF_E_SHUTDOWN. */
    public static final String SHUTDOWN_IS_FINAL = "SHUTDOWN-IS-FINAL";
    /** BeginGetEvent keeps delivering events after Close. */
    public static final String EVENTS_AFTER_CLOSE = "EVENTS-AFTER-CLOSE";
    /** Close racing a transition still completes with one MESessionClosed. */
    public static final String RACES_TRANSITION = "CLOSE-RACES-TRANSITION";
    /** A second Close fails with MF_E_INVALIDREQUEST. */
    public static final String SECOND_CLOSE = "SECOND-CLOSE";
    /** The event generator keeps its documented results after Close. */
    public static final String GENERATOR_AFTER_CLOSE = "GENERATOR-AFTER-CLOSE";
    /** Nothing of the session's own after MESessionClosed. */
    public static final String NOTHING_AFTER_CLOSED = "NOTHING-AFTER-CLOSED";
    /** Shutdown without Close stops everything before it returns. */
    public static final String SHUTDOWN_WITHOUT_CLOSE = "SHUTDOWN-WITHOUT-CLOSE";
    /** The session reaches the states Close is checked from. */
    public static final String REACHES_STATES = "REACHES-STATES";
    /** Close from inside the event callback returns S_OK at once. */
    public static final String CLOSE_FROM_CALLBACK = "CLOSE-FROM-CALLBACK";

    private ContractRules() {
    }
}
