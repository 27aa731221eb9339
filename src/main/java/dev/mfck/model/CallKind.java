package dev.mfck.model;

/** How the contract treats a call, which is all the model needs to know of it. */
public enum CallKind {
    /** Close. */
    CLOSE,
    /** Shutdown. */
    SHUTDOWN,
    /** SetTopology, ClearTopologies, Start, Pause, Stop: asynchronous, answered by their event. */
    CONTROL,
    /** GetClock: valid after Close. */
    GET_CLOCK,
    /** GetFullTopology: valid after Close. */
    GET_FULL_TOPOLOGY,
    /** GetSessionCapabilities: valid after Close. */
    GET_CAPABILITIES,
    /** GetEvent with NO_WAIT, BeginGetEvent with a callback of the application's own. */
    EVENT_READ,
    /** QueueEvent with an event of the application's own. */
    QUEUE_EVENT
}
