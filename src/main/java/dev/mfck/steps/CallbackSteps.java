package dev.mfck.steps;

import dev.mfck.failure.ConformanceFailure;
import dev.mfck.rules.RuleId;
import dev.mfck.spi.HResult;
import dev.mfck.spi.MediaEvent;
import dev.mfck.spi.MediaEventType;
import dev.mfck.timing.Deadline;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

/** The application closes the session from inside its event callback. */
public final class CallbackSteps {

    private final ScenarioDriver driver;
    private final CompletableFuture<HResult> closeFromCallback = new CompletableFuture<>();
    private MediaEventType trigger;

    /** @param driver the scenario's shared state */
    public CallbackSteps(ScenarioDriver driver) {
        this.driver = driver;
    }

    /**
     * When the event arrives, the kit calls Close inside the callback that delivered it.
     *
     * @param event the event, for example {@code MESessionStarted}
     */
    public void closeFromInsideTheCallback(MediaEventType event) {
        trigger = event;
        driver.log().callbackClose(closeFromCallback);
        AtomicBoolean done = new AtomicBoolean();
        int armed = driver.trace().mark();
        driver.pump().react(delivered -> {
            if (delivered.type() != trigger || !takenSince(armed, delivered) || !done.compareAndSet(false, true)) {
                return;
            }
            driver.log().markClose();
            driver.log().callbackCloseCalled();
            int mark = driver.trace().mark();
            long started = driver.trace().now();
            try {
                HResult hr = driver.session().close();
                driver.log().recordCallbackCall(new CallOutcome(SessionCall.CLOSE, hr, null, mark, started,
                        driver.trace().now(), driver.trace().mark(), true));
                closeFromCallback.complete(hr);
            } catch (ConformanceFailure failure) {
                closeFromCallback.completeExceptionally(failure);
            }
        });
    }

    /**
     * An event the pump took before the step armed the callback may reach it a moment later (the
     * pump records an event, then runs its reactions): only an event taken since then counts.
     */
    private boolean takenSince(int mark, MediaEvent delivered) {
        return driver.trace().since(mark).stream().anyMatch(entry -> entry.isEvent() && entry.event() == delivered);
    }

    /** The application calls nothing: the clip plays on until the session reports its end with MESessionEnded. */
    public void theClipPlaysToItsEnd() {
        Duration within = ScenarioDriver.settings().eventWithin().plus(StatePath.NEAR_END);
        driver.awaitEvent(0, MediaEventType.ME_SESSION_ENDED, within).orElseThrow(() -> driver.evidence().blocked(
                "no MESessionEnded within " + within.toMillis() + " ms of starting the clip near its end",
                RuleId.REACHES_STATES));
    }

    /** Close, called inside the callback, returned S_OK in time. */
    public void closeFromTheCallbackReturnsOk() {
        Duration within = ScenarioDriver.settings().eventWithin().plus(ScenarioDriver.settings().callWithin());
        HResult hr;
        try {
            hr = Deadline.in(within).await(closeFromCallback);
        } catch (TimeoutException e) {
            throw driver.evidence().blocked("no " + trigger.mfName() + " reached the event callback within "
                    + within.toMillis() + " ms, so Close was never called from it", RuleId.REACHES_STATES);
        } catch (ExecutionException e) {
            throw (ConformanceFailure) e.getCause();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        if (!hr.equals(HResult.S_OK)) {
            throw driver.evidence().violation("Close called from inside the event callback returned " + hr);
        }
    }
}
