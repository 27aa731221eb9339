package dev.mfck.steps;

import dev.mfck.harness.SessionUnderTest;
import dev.mfck.rules.RuleId;
import dev.mfck.spi.CallResult;
import dev.mfck.spi.HResult;
import dev.mfck.spi.MediaEvent;

import java.time.Duration;

/** Shutdown ends what is waiting on the session: a blocked GetEvent, a held sink callback. */
public final class ShutdownSteps {

    private final ScenarioDriver driver;
    private SessionUnderTest.BackgroundCall<CallResult<MediaEvent>> blocked;

    /** @param driver the scenario's shared state */
    public ShutdownSteps(ScenarioDriver driver) {
        this.driver = driver;
    }

    /** The application calls GetEvent without NO_WAIT on an empty queue: it must still be waiting a quiet window later. */
    public void theApplicationCallsABlockingGetEvent() {
        blocked = driver.session().getEventInBackground(0);
        Duration quiet = driver.quietWindow();
        if (blocked.awaitDone(quiet)) {
            CallResult<MediaEvent> returned = blocked.get();
            if (returned.hr().succeeded() && returned.value() != null && !ClosedEventSteps.isKitMarker(returned.value())
                    && driver.log().closedEvent().isPresent()) {
                throw driver.evidence().blocked("GetEvent(0) returned " + returned.value() + ", an event of the "
                        + "session's own queued after MESessionClosed, so it did not block", RuleId.NOTHING_AFTER_CLOSED);
            }
            throw driver.evidence().blocked("GetEvent(0) returned " + returned.hr() + " within " + quiet.toMillis()
                    + " ms with nothing queued: it does not block, so there is no blocked GetEvent for Shutdown to end",
                    RuleId.GENERATOR_AFTER_CLOSE);
        }
    }

    /** The GetEvent that was blocked returned MF_E_SHUTDOWN once Shutdown was called. */
    public void theBlockedGetEventReturnsShutdown() {
        CallOutcome shutdown = driver.log().lastCall();
        if (!shutdown.hr().equals(HResult.S_OK)) {
            throw driver.evidence().blocked(shutdown.call() + " returned " + shutdown.hr() + ", so nothing ends the blocked "
                    + "GetEvent", driver.log().state().closeCalled() ? RuleId.ALLOWED_AFTER_CLOSE : RuleId.SHUTDOWN_WITHOUT_CLOSE);
        }
        CallResult<MediaEvent> returned = blocked.get();
        if (returned.hr().succeeded() && !ClosedEventSteps.isKitMarker(returned.value())) {
            throw driver.evidence().blocked("the blocked GetEvent(0) returned " + returned.value() + " before Shutdown "
                    + "ended it: an event of the session's own, queued after MESessionClosed", RuleId.NOTHING_AFTER_CLOSED);
        }
        if (!returned.hr().equals(HResult.MF_E_SHUTDOWN)) {
            throw driver.evidence().violation("the GetEvent(0) that was blocked when Shutdown was called returned "
                    + returned.hr() + (returned.value() != null ? " with " + returned.value() : "")
                    + "; a generator shut down answers MF_E_SHUTDOWN");
        }
    }

    /**
     * Shutdown while closing: Shutdown is synchronous and may rightly wait for the sink callback
     * the kit holds, so the kit lets the sample go a quiet window after calling it.
     */
    public void theApplicationCallsShutdownWhileHolding() {
        int mark = driver.trace().mark();
        long started = driver.trace().now();
        SessionUnderTest.BackgroundCall<HResult> shutdown = driver.session().shutdownInBackground();
        shutdown.awaitDone(driver.quietWindow());
        driver.gate().release();
        HResult hr = shutdown.get();
        if (hr.succeeded()) {
            driver.markShutDown();
        }
        driver.log().recordCall(new CallOutcome(SessionCall.SHUTDOWN, hr, null, mark, started, driver.trace().now(),
                driver.trace().mark(), false));
    }
}
