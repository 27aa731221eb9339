package dev.mfck.steps;

import dev.mfck.harness.SessionUnderTest;
import dev.mfck.rules.RuleId;
import dev.mfck.spi.CallResult;
import dev.mfck.spi.HResult;
import dev.mfck.spi.MediaEvent;

import java.time.Duration;

/** Shutdown ends what is waiting on the session: a blocked GetEvent, a held sink callback. */
public final class ShutdownSteps {

    private final ScenarioContext context;
    private SessionUnderTest.BackgroundCall<CallResult<MediaEvent>> blocked;

    /** @param context the scenario's shared state */
    public ShutdownSteps(ScenarioContext context) {
        this.context = context;
    }

    /** The application calls GetEvent without NO_WAIT on an empty queue: it must still be waiting a quiet window later. */
    public void theApplicationCallsABlockingGetEvent() {
        blocked = context.session().getEventInBackground(0);
        Duration quiet = context.quietWindow();
        if (blocked.awaitDone(quiet)) {
            CallResult<MediaEvent> returned = blocked.get();
            if (returned.hr().succeeded() && returned.value() != null && !ClosedEventSteps.isKitMarker(returned.value())
                    && context.closedEvent().isPresent()) {
                throw context.evidence().blocked("GetEvent(0) returned " + returned.value() + ", an event of the "
                        + "session's own queued after MESessionClosed, so it did not block", RuleId.NOTHING_AFTER_CLOSED);
            }
            throw context.evidence().blocked("GetEvent(0) returned " + returned.hr() + " within " + quiet.toMillis()
                    + " ms with nothing queued: it does not block, so there is no blocked GetEvent for Shutdown to end",
                    RuleId.GENERATOR_AFTER_CLOSE);
        }
    }

    /** The GetEvent that was blocked returned MF_E_SHUTDOWN once Shutdown was called. */
    public void theBlockedGetEventReturnsShutdown() {
        CallOutcome shutdown = context.lastCall();
        if (!shutdown.hr().equals(HResult.S_OK)) {
            throw context.evidence().blocked(shutdown.call() + " returned " + shutdown.hr() + ", so nothing ends the blocked "
                    + "GetEvent", context.state().closeCalled() ? RuleId.ALLOWED_AFTER_CLOSE : RuleId.SHUTDOWN_WITHOUT_CLOSE);
        }
        CallResult<MediaEvent> returned = blocked.get();
        if (returned.hr().succeeded() && !ClosedEventSteps.isKitMarker(returned.value())) {
            throw context.evidence().blocked("the blocked GetEvent(0) returned " + returned.value() + " before Shutdown "
                    + "ended it: an event of the session's own, queued after MESessionClosed", RuleId.NOTHING_AFTER_CLOSED);
        }
        if (!returned.hr().equals(HResult.MF_E_SHUTDOWN)) {
            throw context.evidence().violation("the GetEvent(0) that was blocked when Shutdown was called returned "
                    + returned.hr() + (returned.value() != null ? " with " + returned.value() : "")
                    + "; a generator shut down answers MF_E_SHUTDOWN");
        }
    }

    /**
     * Shutdown while closing: Shutdown is synchronous and may rightly wait for the sink callback
     * the kit holds, so the kit lets the sample go a quiet window after calling it.
     */
    public void theApplicationCallsShutdownWhileHolding() {
        int mark = context.trace().mark();
        long started = context.trace().now();
        SessionUnderTest.BackgroundCall<HResult> shutdown = context.session().shutdownInBackground();
        shutdown.awaitDone(context.quietWindow());
        context.gate().release();
        HResult hr = shutdown.get();
        if (hr.succeeded()) {
            context.markShutDown();
        }
        context.recordCall(new CallOutcome(SessionCall.SHUTDOWN, hr, null, mark, started, context.trace().now(),
                context.trace().mark(), false));
    }
}
