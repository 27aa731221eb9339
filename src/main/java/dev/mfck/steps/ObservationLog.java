package dev.mfck.steps;

import dev.mfck.matrix.BaseState;
import dev.mfck.matrix.SessionState;
import dev.mfck.spi.HResult;
import dev.mfck.trace.EventTrace;
import dev.mfck.trace.TraceEntry;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * What one scenario did and saw, in the order it happened: the trace (events, samples, the
 * kit's typed notes), every call from the state's base state on with its answer, and the marks
 * the checks look from (the state reached, Close called, MESessionClosed taken). The driver
 * writes it; both judges read it: the steps' checks, and the model of the contract.
 */
final class ObservationLog {

    private final EventTrace trace;
    private SessionState state;
    private int stateMark;
    private int baseMark = -1;
    private BaseState modelStart;
    private Map<String, Long> baselineResources;
    private CallOutcome lastCall;
    private List<CallOutcome> calls = List.of();
    private final List<CallOutcome> history = new CopyOnWriteArrayList<>();
    private CallOutcome teardownShutdown;
    private BeforeClose beforeClose;
    private CompletableFuture<HResult> callbackClose;
    private volatile boolean callbackCloseCalled;
    private volatile int closeMark = -1;
    private TraceEntry closedEvent;

    /** @param trace the scenario's trace */
    ObservationLog(EventTrace trace) {
        this.trace = trace;
    }

    /** @return the scenario's trace */
    EventTrace trace() {
        return trace;
    }

    /** @param reached the state the scenario starts from, once the driver is on its way there */
    void state(SessionState reached) {
        state = reached;
    }

    /** @return the state the scenario started from */
    SessionState state() {
        if (state == null) {
            throw new IllegalStateException("the scenario has no state yet: it needs a 'Given a session in the ... state' step");
        }
        return state;
    }

    /** Notes that the scenario has reached its starting state. */
    void reachedState() {
        stateMark = trace.mark();
    }

    /** @return the trace mark when the scenario reached its starting state */
    int stateMark() {
        return stateMark;
    }

    /**
     * Notes where the model of the contract takes over: from here on, every call the scenario
     * makes is part of what the model judges, beside the steps.
     *
     * @param base the state the session is in: the scenario's base state, or started on the way
     *             to closing and closed, so that the model sees the Close made on the way
     */
    void reachedBase(BaseState base) {
        baseMark = trace.mark();
        modelStart = base;
    }

    /** @return the state the model judges the scenario from, once the session is in it */
    BaseState modelStart() {
        return modelStart;
    }

    /** @return the trace mark when the model took over, or -1 */
    int baseMark() {
        return baseMark;
    }

    /** @param resources what the new session reported it holds, or null */
    void baselineResources(Map<String, Long> resources) {
        baselineResources = resources;
    }

    /** @return what the new session reported it holds, when it reports resources */
    Optional<Map<String, Long>> baselineResources() {
        return Optional.ofNullable(baselineResources);
    }

    /** @param read what the session answered just before Close */
    void beforeClose(BeforeClose read) {
        beforeClose = read;
    }

    /** @return what the session answered just before Close */
    BeforeClose beforeClose() {
        if (beforeClose == null) {
            throw new IllegalStateException("the kit read nothing before Close: the scenario's state must be closing, "
                    + "closed from a state, or shut down from closing or closed");
        }
        return beforeClose;
    }

    /** @param outcome a call of the application's, a step's only call */
    void recordCall(CallOutcome outcome) {
        lastCall = outcome;
        calls = List.of(outcome);
        history.add(outcome);
    }

    /** @param outcomes the calls of one step, in order */
    void recordCalls(List<CallOutcome> outcomes) {
        calls = List.copyOf(outcomes);
        lastCall = outcomes.get(outcomes.size() - 1);
        history.addAll(outcomes);
    }

    /**
     * Records a call the kit made inside the event callback: part of the scenario's history,
     * not of its last When step.
     *
     * @param outcome what it returned
     */
    void recordCallbackCall(CallOutcome outcome) {
        history.add(outcome);
    }

    /**
     * Records a call made on the way to the scenario's starting state: once the model has taken
     * over, it is part of what the model judges.
     *
     * @param outcome what it returned
     */
    void recordPathCall(CallOutcome outcome) {
        if (baseMark >= 0) {
            history.add(outcome);
        }
    }

    /** @param outcome the teardown's Shutdown, which the model follows but does not judge */
    void teardownShutdown(CallOutcome outcome) {
        teardownShutdown = outcome;
    }

    /** @return the Shutdown the teardown made, once it made one that returned */
    Optional<CallOutcome> teardownShutdown() {
        return Optional.ofNullable(teardownShutdown);
    }

    /**
     * @return every call the scenario made from its base state on (the way to a closed or shut
     *         down state, the application's calls), in the order they were made
     */
    List<CallOutcome> history() {
        return history.stream().sorted(Comparator.comparingInt(CallOutcome::markBefore)).toList();
    }

    /**
     * Remembers the Close the kit will make inside the event callback.
     *
     * @param outcome completes with what it returned, or with the failure it met
     */
    void callbackClose(CompletableFuture<HResult> outcome) {
        callbackClose = outcome;
    }

    /** @return the Close the kit made inside the event callback, once the event came and Close was called */
    Optional<CompletableFuture<HResult>> callbackClose() {
        return callbackCloseCalled ? Optional.ofNullable(callbackClose) : Optional.empty();
    }

    /** Notes that the kit is calling Close inside the event callback. */
    void callbackCloseCalled() {
        callbackCloseCalled = true;
    }

    /** @return the last call the application made */
    CallOutcome lastCall() {
        if (lastCall == null) {
            throw new IllegalStateException("no call has been made yet: the scenario needs a 'When the application calls ...' step");
        }
        return lastCall;
    }

    /** @return the calls of the scenario's last When step, in order */
    List<CallOutcome> calls() {
        return calls;
    }

    /** Notes that Close is about to be called: closing's events are looked for from here. */
    void markClose() {
        closeMark = trace.mark();
    }

    /** @return true once the scenario has called Close */
    boolean closeCalled() {
        return closeMark >= 0;
    }

    /** @return the trace mark just before the scenario's first Close */
    int closeMark() {
        if (closeMark < 0) {
            throw new IllegalStateException("Close has not been called in this scenario");
        }
        return closeMark;
    }

    /** @param entry the MESessionClosed the scenario's first Close completed with */
    void closedEvent(TraceEntry entry) {
        closedEvent = entry;
    }

    /** @return the MESessionClosed the scenario's first Close completed with, once the kit has taken it */
    Optional<TraceEntry> closedEvent() {
        return Optional.ofNullable(closedEvent);
    }
}
