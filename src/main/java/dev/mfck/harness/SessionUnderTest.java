package dev.mfck.harness;

import dev.mfck.config.KitSettings;
import dev.mfck.failure.Evidence;
import dev.mfck.spi.AsyncResult;
import dev.mfck.spi.CallResult;
import dev.mfck.spi.ClockState;
import dev.mfck.spi.EventCallback;
import dev.mfck.spi.HResult;
import dev.mfck.spi.LiveResources;
import dev.mfck.spi.MediaEvent;
import dev.mfck.spi.MediaEventType;
import dev.mfck.spi.MediaSession;
import dev.mfck.spi.PresentationClock;
import dev.mfck.spi.StartPosition;
import dev.mfck.spi.Topology;
import dev.mfck.trace.EventTrace;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;

/**
 * The session under test as the kit sees it: every call goes through the {@link CallGuard}
 * and is recorded in the trace with its HRESULT and how long it took.
 */
public final class SessionUnderTest {

    /** How failure messages name the session's calls, and the clock's. */
    private static final String SESSION = "MediaSession.";
    private static final String CLOCK = "PresentationClock.";

    private final MediaSession session;
    private final CallGuard guard;
    private final EventTrace trace;
    private final Evidence evidence;
    private final KitSettings settings;

    /**
     * @param session  the implementation's session
     * @param guard    how calls are made
     * @param evidence where the scenario's failures are reported
     * @param settings the deadlines
     */
    public SessionUnderTest(MediaSession session, CallGuard guard, Evidence evidence, KitSettings settings) {
        this.session = session;
        this.guard = guard;
        this.trace = evidence.trace();
        this.evidence = evidence;
        this.settings = settings;
    }

    /** @return the implementation's own session object, for what the kit asks of it beside the SPI */
    public MediaSession implementation() {
        return session;
    }

    /** @see MediaSession#setTopology(int, Topology) */
    public HResult setTopology(int flags, Topology topology) {
        return hr("SetTopology(" + flags + ", topology " + topology.id() + ")", () -> session.setTopology(flags, topology));
    }

    /** @see MediaSession#clearTopologies() */
    public HResult clearTopologies() {
        return hr("ClearTopologies()", session::clearTopologies);
    }

    /** @see MediaSession#start(StartPosition) */
    public HResult start(StartPosition position) {
        return hr("Start(" + position + ")", () -> session.start(position));
    }

    /** @see MediaSession#pause() */
    public HResult pause() {
        return hr("Pause()", session::pause);
    }

    /** @see MediaSession#stop() */
    public HResult stop() {
        return hr("Stop()", session::stop);
    }

    /** @see MediaSession#close() */
    public HResult close() {
        return hr("Close()", session::close);
    }

    /** @see MediaSession#shutdown() */
    public HResult shutdown() {
        return hr("Shutdown()", session::shutdown);
    }

    /**
     * Starts Shutdown and goes on while it runs: Shutdown is synchronous, and may rightly wait
     * for a sink callback the kit is holding.
     *
     * @return Shutdown in flight; traced when its result is taken
     */
    public BackgroundCall<HResult> shutdownInBackground() {
        long start = trace.now();
        return new BackgroundCall<>(guard.begin(SESSION + "Shutdown()", session::shutdown), start, "Shutdown()",
                HResult::toString);
    }

    /**
     * Starts GetEvent and goes on while it runs: a GetEvent without NO_WAIT blocks until an
     * event is queued or the generator is shut down.
     *
     * @param flags 0 to block, or NO_WAIT
     * @return GetEvent in flight; traced when its result is taken
     */
    public BackgroundCall<CallResult<MediaEvent>> getEventInBackground(int flags) {
        long start = trace.now();
        String call = "GetEvent(" + flags + ")";
        return new BackgroundCall<>(guard.begin(SESSION + call, () -> session.getEvent(flags)), start, call,
                outcome -> {
                    requireOutcome(SESSION + call, outcome);
                    return outcome.hr() + (outcome.value() != null ? " with " + outcome.value() : "");
                });
    }

    /** @see MediaSession#getClock() */
    public CallResult<PresentationClock> getClock() {
        return result(SESSION, "GetClock()", session::getClock, settings.callWithin());
    }

    /** @see MediaSession#getSessionCapabilities() */
    public CallResult<Integer> getSessionCapabilities() {
        return result(SESSION, "GetSessionCapabilities()", session::getSessionCapabilities, settings.callWithin());
    }

    /** @see MediaSession#getFullTopology(int, long) */
    public CallResult<Topology> getFullTopology(int flags, long topologyId) {
        return result(SESSION, "GetFullTopology(" + flags + ", " + topologyId + ")",
                () -> session.getFullTopology(flags, topologyId), settings.callWithin());
    }

    /**
     * @param flags    0 or NO_WAIT
     * @param deadline how long a blocking GetEvent may wait
     * @return the result
     * @see MediaSession#getEvent(int)
     */
    public CallResult<MediaEvent> getEvent(int flags, Duration deadline) {
        return result(SESSION, "GetEvent(" + flags + ")", () -> session.getEvent(flags), deadline);
    }

    /** @see MediaSession#beginGetEvent(EventCallback, Object) */
    public HResult beginGetEvent(EventCallback callback, Object state) {
        return hr("BeginGetEvent(callback, " + state + ")", () -> session.beginGetEvent(callback, state));
    }

    /** @see MediaSession#endGetEvent(AsyncResult) */
    public CallResult<MediaEvent> endGetEvent(AsyncResult result) {
        return result(SESSION, "EndGetEvent(result)", () -> session.endGetEvent(result), settings.callWithin());
    }

    /** @see MediaSession#queueEvent(MediaEventType, HResult, Object) */
    public HResult queueEvent(MediaEventType type, HResult status, Object value) {
        return hr("QueueEvent(" + type.mfName() + ", " + status.name() + ", " + value + ")",
                () -> session.queueEvent(type, status, value));
    }

    /** BeginGetEvent for the event pump: guarded, but not traced. */
    HResult beginGetEventUntraced(EventCallback callback) {
        return guard.call(SESSION + "BeginGetEvent(in the event callback)", settings.callWithin(),
                () -> session.beginGetEvent(callback, null));
    }

    /** EndGetEvent for the event pump: guarded, but not traced. */
    CallResult<MediaEvent> endGetEventUntraced(AsyncResult result) {
        CallResult<MediaEvent> outcome = guard.call(SESSION + "EndGetEvent(in the event callback)", settings.callWithin(),
                () -> session.endGetEvent(result));
        requireOutcome(SESSION + "EndGetEvent(in the event callback)", outcome);
        return outcome;
    }

    /**
     * Reads a presentation clock's time, guarded like every call.
     *
     * @param clock the clock from {@link #getClock()}
     * @return the result
     */
    public CallResult<Long> clockTime(PresentationClock clock) {
        return result(CLOCK, "GetTime()", clock::getTime, settings.callWithin());
    }

    /**
     * Reads a presentation clock's state, guarded like every call.
     *
     * @param clock the clock from {@link #getClock()}
     * @return the result
     */
    public CallResult<ClockState> clockState(PresentationClock clock) {
        return result(CLOCK, "GetState()", clock::getState, settings.callWithin());
    }

    /**
     * The session's live resources, when it declares that capability.
     *
     * @return the counts, or empty when the session does not implement {@link LiveResources}
     */
    public Optional<Map<String, Long>> liveResources() {
        if (!(session instanceof LiveResources reporter)) {
            return Optional.empty();
        }
        return Optional.of(guard.call("LiveResources.liveResources()", settings.callWithin(), reporter::liveResources));
    }

    /** @return true when the session declares {@link LiveResources} */
    public boolean reportsLiveResources() {
        return session instanceof LiveResources;
    }

    /**
     * A call the kit made and went on from; its outcome is traced when the kit takes it.
     *
     * @param <T> what the call returns
     */
    public final class BackgroundCall<T> {

        private final CallGuard.PendingCall<T> pending;
        private final long start;
        private final String call;
        private final Function<T, String> outcome;

        private BackgroundCall(CallGuard.PendingCall<T> pending, long start, String call, Function<T, String> outcome) {
            this.pending = pending;
            this.start = start;
            this.call = call;
            this.outcome = outcome;
        }

        /**
         * @param deadline how long to wait
         * @return true when the call has returned within it
         */
        public boolean awaitDone(Duration deadline) {
            return pending.awaitDone(deadline);
        }

        /**
         * Takes the call's result, waiting for it up to the call deadline.
         *
         * @return what it returned
         */
        public T get() {
            T result = pending.get(settings.callWithin());
            trace.call(start, call + " -> " + outcome.apply(result) + took(start));
            return result;
        }
    }

    private HResult hr(String call, Callable<HResult> body) {
        long start = trace.now();
        HResult hr = guard.call(SESSION + call, settings.callWithin(), body);
        trace.call(start, call + " -> " + hr + took(start));
        return hr;
    }

    private <T> CallResult<T> result(String owner, String call, Callable<CallResult<T>> body, Duration deadline) {
        long start = trace.now();
        CallResult<T> outcome = guard.call(owner + call, deadline, body);
        requireOutcome(owner + call, outcome);
        trace.call(start, (owner.equals(SESSION) ? call : owner + call) + " -> " + outcome.hr() + (outcome.value() != null ? " with " + outcome.value() : "") + took(start));
        return outcome;
    }

    private void requireOutcome(String call, CallResult<?> outcome) {
        if (outcome.hr().succeeded() && outcome.value() == null) {
            throw evidence.fault(call + " returned " + outcome.hr() + " with a null value", null);
        }
    }

    private String took(long start) {
        return String.format(Locale.ROOT, " in %.3f ms", (trace.now() - start) / 1e6);
    }
}
