package dev.mfck.steps;

import dev.mfck.harness.SessionUnderTest;
import dev.mfck.spi.CallResult;
import dev.mfck.spi.EventFlags;
import dev.mfck.spi.HResult;
import dev.mfck.spi.MediaEventType;
import dev.mfck.spi.StartPosition;
import dev.mfck.spi.TopologyFlags;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** The application calls methods of the session, and the calls' direct results are checked. */
public final class CallSteps {

    /** The value of events the kit queues itself, so that they can be told apart. */
    static final String MARKER_PREFIX = "mfck-marker-";
    private static final AtomicInteger MARKERS = new AtomicInteger();

    private final ScenarioContext context;

    /** @param context the scenario's shared state */
    public CallSteps(ScenarioContext context) {
        this.context = context;
    }

    /**
     * Makes one call.
     *
     * @param call the call, for example {@code Start from the current position}
     */
    public void theApplicationCalls(SessionCall call) {
        context.recordCall(call(call));
    }

    /**
     * Makes calls one right after the other, without waiting for any event in between.
     *
     * @param calls the calls, for example {@code Stop, Close and Shutdown}
     */
    public void theApplicationCallsAtOnce(List<SessionCall> calls) {
        List<CallOutcome> outcomes = new ArrayList<>();
        calls.forEach(call -> outcomes.add(call(call)));
        context.recordCalls(outcomes);
    }

    /**
     * Makes each call of a table, in order, one right after the other.
     *
     * @param calls the calls, one per row
     */
    public void theApplicationCallsEachOf(List<SessionCall> calls) {
        theApplicationCallsAtOnce(calls);
    }

    /**
     * The last call returned the given HRESULT.
     *
     * @param expected the HRESULT
     */
    public void theCallReturns(HResult expected) {
        requireReturned(context.lastCall(), expected);
    }

    /**
     * Every call of the last When step returned the given HRESULT; the failure lists each that did not.
     *
     * @param expected the HRESULT
     */
    public void everyCallReturns(HResult expected) {
        List<String> wrong = context.calls().stream().filter(call -> !call.hr().equals(expected))
                .map(call -> call.call() + " returned " + call.hr()).toList();
        if (!wrong.isEmpty()) {
            throw context.evidence().violation(String.join("; ", wrong) + "; the rule requires " + expected
                    + " from every one");
        }
        if (context.calls().stream().anyMatch(call -> call.call() == SessionCall.CLOSE && call.hr().succeeded())) {
            context.forbidUntilTheEnd(new Watches.Watch(context.closeMark(), entry -> entry.isEvent()
                    && entry.event().type() == MediaEventType.ME_SESSION_CLOSED && !entry.event().status().succeeded(),
                    closed -> closed.event() + " arrived at " + String.format("%+.3f ms", closed.millis())
                            + ": a successful Close completes with S_OK, whatever else was called beside it"));
        }
    }

    private void requireReturned(CallOutcome outcome, HResult expected) {
        if (!outcome.hr().equals(expected)) {
            throw context.evidence().violation(outcome.call() + " returned " + outcome.hr() + "; the rule requires " + expected);
        }
    }

    CallOutcome call(SessionCall call) {
        SessionUnderTest session = context.session();
        int mark = context.trace().mark();
        long started = context.trace().now();
        if (call == SessionCall.CLOSE && !context.closeCalled()) {
            context.markClose();
        }
        String marker = MARKER_PREFIX + MARKERS.incrementAndGet();
        CallResult<?> result = switch (call) {
            case SET_TOPOLOGY -> CallResult.of(session.setTopology(0, context.partialTopology(context.clipName())));
            case CLEAR_TOPOLOGIES -> CallResult.of(session.clearTopologies());
            case START_AT_ZERO -> CallResult.of(session.start(StartPosition.at(0)));
            case START_FROM_CURRENT -> CallResult.of(session.start(StartPosition.CURRENT));
            case PAUSE -> CallResult.of(session.pause());
            case STOP -> CallResult.of(session.stop());
            case CLOSE -> CallResult.of(session.close());
            case SHUTDOWN -> CallResult.of(session.shutdown());
            case GET_CLOCK -> session.getClock();
            case GET_SESSION_CAPABILITIES -> session.getSessionCapabilities();
            case GET_FULL_TOPOLOGY -> session.getFullTopology(TopologyFlags.GET_CURRENT, 0);
            case GET_EVENT_NO_WAIT -> session.getEvent(EventFlags.NO_WAIT, ScenarioContext.settings().callWithin());
            case BEGIN_GET_EVENT_OTHER_CALLBACK -> CallResult.of(session.beginGetEvent(
                    ignored -> context.trace().note("the application's own callback was invoked"), "application"));
            case QUEUE_EVENT -> new CallResult<>(session.queueEvent(MediaEventType.ME_UNKNOWN, HResult.S_OK, marker), marker);
        };
        if (call == SessionCall.SHUTDOWN && result.hr().succeeded()) {
            context.markShutDown();
        }
        return new CallOutcome(call, result.hr(), result.value(), mark, started, context.trace().now(),
                context.trace().mark(), false);
    }
}
