package dev.mfck.steps;

import dev.mfck.harness.SessionUnderTest;
import dev.mfck.spi.CallResult;
import dev.mfck.spi.EventFlags;
import dev.mfck.spi.HResult;
import dev.mfck.spi.MediaEventType;
import dev.mfck.spi.StartPosition;
import dev.mfck.spi.TopologyFlags;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;

import java.util.concurrent.atomic.AtomicInteger;

/** The application calls a method of the session, and the call's direct result is checked. */
public final class CallSteps {

    /** The value of events the kit queues itself, so that they can be told apart. */
    static final String MARKER_PREFIX = "mfck-marker-";
    private static final AtomicInteger MARKERS = new AtomicInteger();

    private final ScenarioContext context;
    private CallOutcome raced;

    /** @param context the scenario's shared state */
    public CallSteps(ScenarioContext context) {
        this.context = context;
    }

    /**
     * Calls a method by its Media Foundation name.
     *
     * @param method the method, for example {@code Close}
     */
    @When("the application calls {word}")
    public void theApplicationCalls(String method) {
        context.recordCall(call(SessionMethod.named(method)));
    }

    /**
     * Calls a method, then Close straight away, without waiting for the first one's event.
     *
     * @param method the first method
     */
    @When("the application calls {word} and Close at once")
    public void theApplicationCallsAndCloseAtOnce(String method) {
        raced = call(SessionMethod.named(method));
        context.recordCall(call(SessionMethod.CLOSE));
    }

    /**
     * The last call returned the given HRESULT.
     *
     * @param expected the HRESULT's name
     */
    @Then("the call returns {word}")
    public void theCallReturns(String expected) {
        requireReturned(context.lastCall(), HResultNames.named(expected));
    }

    /** Both the raced method and Close returned S_OK. */
    @Then("both calls return S_OK")
    public void bothCallsReturnOk() {
        requireReturned(raced, HResult.S_OK);
        requireReturned(context.lastCall(), HResult.S_OK);
    }

    private void requireReturned(CallOutcome outcome, HResult expected) {
        if (!outcome.hr().equals(expected)) {
            throw context.evidence().violation(outcome.method().mfName() + " returned " + outcome.hr()
                    + "; the rule requires " + expected);
        }
    }

    CallOutcome call(SessionMethod method) {
        SessionUnderTest session = context.session();
        int mark = context.trace().mark();
        if (method == SessionMethod.CLOSE) {
            context.markClose();
        }
        String marker = MARKER_PREFIX + MARKERS.incrementAndGet();
        CallResult<?> result = switch (method) {
            case SET_TOPOLOGY -> CallResult.of(session.setTopology(0, context.partialTopology(context.clipName())));
            case CLEAR_TOPOLOGIES -> CallResult.of(session.clearTopologies());
            case START -> CallResult.of(session.start(StartPosition.at(0)));
            case PAUSE -> CallResult.of(session.pause());
            case STOP -> CallResult.of(session.stop());
            case CLOSE -> CallResult.of(session.close());
            case SHUTDOWN -> CallResult.of(session.shutdown());
            case GET_CLOCK -> session.getClock();
            case GET_SESSION_CAPABILITIES -> session.getSessionCapabilities();
            case GET_FULL_TOPOLOGY -> session.getFullTopology(TopologyFlags.GET_CURRENT, 0);
            case GET_EVENT -> session.getEvent(EventFlags.NO_WAIT, ScenarioContext.settings().callWithin());
            case BEGIN_GET_EVENT -> CallResult.of(session.beginGetEvent(
                    ignored -> context.trace().note("the second subscriber's callback was invoked"), "second subscriber"));
            case QUEUE_EVENT -> new CallResult<>(session.queueEvent(MediaEventType.ME_UNKNOWN, HResult.S_OK, marker), marker);
        };
        if (method == SessionMethod.SHUTDOWN && result.hr().succeeded()) {
            context.markShutDown();
        }
        return new CallOutcome(method, result.hr(), result.value(), mark, context.trace().now());
    }
}
