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

    private final ScenarioDriver driver;

    /** @param driver the scenario's shared state */
    public CallSteps(ScenarioDriver driver) {
        this.driver = driver;
    }

    /**
     * Makes one call.
     *
     * @param call the call, for example {@code Start from the current position}
     */
    public void theApplicationCalls(SessionCall call) {
        driver.log().recordCall(call(call));
    }

    /**
     * Makes calls one right after the other, without waiting for any event in between.
     *
     * @param calls the calls, for example {@code Stop, Close and Shutdown}
     */
    public void theApplicationCallsAtOnce(List<SessionCall> calls) {
        List<CallOutcome> outcomes = new ArrayList<>();
        calls.forEach(call -> outcomes.add(call(call)));
        driver.log().recordCalls(outcomes);
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
        requireReturned(driver.log().lastCall(), expected);
    }

    /**
     * Every call of the last When step returned the given HRESULT; the failure lists each that did not.
     *
     * @param expected the HRESULT
     */
    public void everyCallReturns(HResult expected) {
        List<String> wrong = driver.log().calls().stream().filter(call -> !call.hr().equals(expected))
                .map(call -> call.call() + " returned " + call.hr()).toList();
        if (!wrong.isEmpty()) {
            throw driver.evidence().violation(String.join("; ", wrong) + "; the rule requires " + expected
                    + " from every one");
        }
        if (driver.log().calls().stream().anyMatch(call -> call.call() == SessionCall.CLOSE && call.hr().succeeded())) {
            driver.forbidUntilTheEnd(new Watches.Watch(driver.log().closeMark(), entry -> entry.isEvent()
                    && entry.event().type() == MediaEventType.ME_SESSION_CLOSED && !entry.event().status().succeeded(),
                    closed -> closed.event() + " arrived at " + String.format("%+.3f ms", closed.millis())
                            + ": a successful Close completes with S_OK, whatever else was called beside it"));
        }
    }

    private void requireReturned(CallOutcome outcome, HResult expected) {
        if (!outcome.hr().equals(expected)) {
            throw driver.evidence().violation(outcome.call() + " returned " + outcome.hr() + "; the rule requires " + expected);
        }
    }

    CallOutcome call(SessionCall call) {
        SessionUnderTest session = driver.session();
        int mark = driver.trace().mark();
        long started = driver.trace().now();
        if (call == SessionCall.CLOSE && !driver.log().closeCalled()) {
            driver.log().markClose();
        }
        String marker = MARKER_PREFIX + MARKERS.incrementAndGet();
        CallResult<?> result = switch (call) {
            case SET_TOPOLOGY -> CallResult.of(session.setTopology(0, driver.partialTopology(driver.clipName())));
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
            case GET_EVENT_NO_WAIT -> session.getEvent(EventFlags.NO_WAIT, ScenarioDriver.settings().callWithin());
            case BEGIN_GET_EVENT_OTHER_CALLBACK -> CallResult.of(session.beginGetEvent(
                    ignored -> driver.trace().note("the application's own callback was invoked"), "application"));
            case QUEUE_EVENT -> new CallResult<>(session.queueEvent(MediaEventType.ME_UNKNOWN, HResult.S_OK, marker), marker);
        };
        if (call == SessionCall.SHUTDOWN && result.hr().succeeded()) {
            driver.markShutDown();
        }
        return new CallOutcome(call, result.hr(), result.value(), mark, started, driver.trace().now(),
                driver.trace().mark(), false);
    }
}
