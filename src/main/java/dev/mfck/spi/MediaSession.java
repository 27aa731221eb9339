package dev.mfck.spi;

/**
 * A media session under test: mirrors {@code IMFMediaSession} and the event generator it
 * inherits ({@code IMFMediaEventGenerator}), method for method.
 *
 * <p>Every method reports its contract result as an {@link HResult}; none throws for a
 * contract outcome. An exception escaping a method is reported by the kit as an
 * implementation fault. Asynchronous methods return at once and report completion by queuing
 * an event; a failure found after returning {@code S_OK} is the status of that event.
 */
public interface MediaSession {

    /**
     * Sets a topology ({@code IMFMediaSession::SetTopology}); asynchronous, completes with
     * {@code MESessionTopologySet}.
     *
     * @param flags    {@link TopologyFlags} {@code SET_*} flags
     * @param topology the partial (or, with {@code SET_NORESOLUTION}, full) topology
     * @return {@code S_OK}, {@code MF_E_INVALIDREQUEST}, {@code MF_E_SHUTDOWN} or a
     *         {@code MF_E_TOPO_*} failure
     */
    HResult setTopology(int flags, Topology topology);

    /**
     * Clears the queued topologies ({@code IMFMediaSession::ClearTopologies}); asynchronous,
     * completes with {@code MESessionTopologiesCleared}.
     *
     * @return {@code S_OK}, {@code MF_E_INVALIDREQUEST} or {@code MF_E_SHUTDOWN}
     */
    HResult clearTopologies();

    /**
     * Starts or resumes playback ({@code IMFMediaSession::Start}); asynchronous, completes
     * with {@code MESessionStarted}.
     *
     * @param position where to start
     * @return {@code S_OK}, {@code MF_E_INVALIDREQUEST} or {@code MF_E_SHUTDOWN}
     */
    HResult start(StartPosition position);

    /**
     * Pauses playback ({@code IMFMediaSession::Pause}); asynchronous, completes with
     * {@code MESessionPaused}.
     *
     * @return {@code S_OK}, {@code MF_E_INVALIDREQUEST}, {@code MF_E_SHUTDOWN} or
     *         {@code MF_E_SESSION_PAUSEWHILESTOPPED}
     */
    HResult pause();

    /**
     * Stops playback ({@code IMFMediaSession::Stop}); asynchronous, completes with
     * {@code MESessionStopped}.
     *
     * @return {@code S_OK}, {@code MF_E_INVALIDREQUEST} or {@code MF_E_SHUTDOWN}
     */
    HResult stop();

    /**
     * Closes the session and releases every resource it uses ({@code IMFMediaSession::Close});
     * asynchronous, completes with {@code MESessionClosed}.
     *
     * @return {@code S_OK}, or {@code MF_E_SHUTDOWN} after {@link #shutdown()}
     */
    HResult close();

    /**
     * Shuts the session down ({@code IMFMediaSession::Shutdown}); synchronous. Shuts down the
     * event queue, the presentation clock and the sinks the session owns; afterwards every
     * other method returns {@code MF_E_SHUTDOWN}.
     *
     * @return {@code S_OK}
     */
    HResult shutdown();

    /**
     * Returns the presentation clock ({@code IMFMediaSession::GetClock}); synchronous. The
     * session has one clock: the same object (or an equal one) every time, Close included, until
     * Shutdown. After Close it no longer runs.
     *
     * @return {@code S_OK} with the clock, {@code E_UNEXPECTED} or {@code MF_E_NO_CLOCK} when
     *         there is none, or {@code MF_E_SHUTDOWN}
     */
    CallResult<PresentationClock> getClock();

    /**
     * Returns the session's capabilities ({@code IMFMediaSession::GetSessionCapabilities});
     * synchronous.
     *
     * @return {@code S_OK} with a mask of {@link SessionCapability} flags, or
     *         {@code MF_E_SHUTDOWN}
     */
    CallResult<Integer> getSessionCapabilities();

    /**
     * Returns a full topology ({@code IMFMediaSession::GetFullTopology}); synchronous. It stays
     * valid after Close and answers as it did before Close (the session keeps its topology until
     * Shutdown).
     *
     * @param flags      {@link TopologyFlags#GET_CURRENT} for the current presentation's
     *                   topology, or 0 to look it up by id
     * @param topologyId the id of the topology, when {@code flags} is 0
     * @return {@code S_OK} with the topology, another failure when there is none, or
     *         {@code MF_E_SHUTDOWN}
     */
    CallResult<Topology> getFullTopology(int flags, long topologyId);

    /**
     * Takes the next event from the queue ({@code IMFMediaEventGenerator::GetEvent}).
     * Without {@link EventFlags#NO_WAIT} it blocks until an event is queued or the queue is
     * shut down.
     *
     * @param flags 0 or {@link EventFlags#NO_WAIT}
     * @return {@code S_OK} with the event, {@code MF_E_NO_EVENTS_AVAILABLE},
     *         {@code MF_E_MULTIPLE_SUBSCRIBERS} or {@code MF_E_SHUTDOWN}
     */
    CallResult<MediaEvent> getEvent(int flags);

    /**
     * Asks for the next event asynchronously ({@code IMFMediaEventGenerator::BeginGetEvent});
     * never blocks.
     *
     * @param callback invoked once when an event is ready
     * @param state    an object handed back through {@link AsyncResult#getState()}
     * @return {@code S_OK}, {@code MF_S_MULTIPLE_BEGIN}, {@code MF_E_MULTIPLE_BEGIN},
     *         {@code MF_E_MULTIPLE_SUBSCRIBERS}, {@code E_POINTER} for a null callback, or
     *         {@code MF_E_SHUTDOWN}
     */
    HResult beginGetEvent(EventCallback callback, Object state);

    /**
     * Completes {@link #beginGetEvent} ({@code IMFMediaEventGenerator::EndGetEvent}).
     *
     * @param result the result handed to the callback
     * @return {@code S_OK} with the event, or {@code MF_E_SHUTDOWN}
     */
    CallResult<MediaEvent> endGetEvent(AsyncResult result);

    /**
     * Puts an event on the queue ({@code IMFMediaEventGenerator::QueueEvent}).
     *
     * @param type   the event type
     * @param status the event's status
     * @param value  the event's value, or null
     * @return {@code S_OK} or {@code MF_E_SHUTDOWN}
     */
    HResult queueEvent(MediaEventType type, HResult status, Object value);
}
