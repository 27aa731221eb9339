package dev.mfck.steps;

import dev.mfck.rules.RuleId;
import dev.mfck.spi.HResult;
import dev.mfck.spi.MediaEventType;
import dev.mfck.timing.Deadline;
import dev.mfck.trace.TraceEntry;

import java.time.Duration;
import java.util.Optional;

/** The kit holds a sample inside a sink callback, to prove that Close is asynchronous. */
public final class SampleHoldSteps {

    private final ScenarioDriver driver;

    /** @param driver the scenario's shared state */
    public SampleHoldSteps(ScenarioDriver driver) {
        this.driver = driver;
    }

    /** The next sample any sink receives will be held inside its callback. */
    public void theKitHoldsTheNextSample() {
        driver.holdNextSample();
    }

    /** Waits until a sink holds a sample. */
    public void aSinkIsHoldingASample() {
        if (!driver.gate().awaitHolding(ScenarioDriver.settings().eventWithin())) {
            throw driver.evidence().blocked("no sample reached a sink within "
                    + ScenarioDriver.settings().eventWithin().toMillis() + " ms, so the kit could not hold one",
                    RuleId.REACHES_STATES);
        }
    }

    /** Lets the held sample go. */
    public void theKitLetsTheHeldSampleGo() {
        driver.gate().release();
    }

    /** The last call, Close, returned S_OK within the asynchronous-return deadline, not merely the call deadline. */
    public void theCallReturnedAtOnce() {
        CallOutcome call = driver.log().lastCall();
        if (!call.hr().equals(HResult.S_OK)) {
            throw driver.evidence().blocked(call.call() + " returned " + call.hr(), RuleId.CLOSE_RETURNS_OK);
        }
        Duration within = ScenarioDriver.settings().asyncReturnWithin();
        long origin = driver.trace().originNanos();
        Duration allowed = Deadline.allowed(within, origin + call.startedAt(), origin + call.returnedAt());
        if (call.took().compareTo(allowed) > 0) {
            throw driver.evidence().violation(String.format("%s took %.1f ms to return while a sink held a sample; "
                    + "an asynchronous call returns at once, within %d ms (mfck.timeout.async-return-ms, times "
                    + "mfck.timeout.factor%s)", call.call(), call.took().toNanos() / 1e6, within.toMillis(),
                    allowed.equals(within) ? "" : String.format("; %d ms with the time the machine held the kit back",
                            allowed.toMillis())));
        }
    }

    /** While the sample is held, closing cannot have completed. */
    public void noClosedEventWhileHeld() {
        Optional<TraceEntry> closed = driver.awaitEvent(driver.log().closeMark(), MediaEventType.ME_SESSION_CLOSED,
                driver.quietWindow());
        if (closed.isPresent()) {
            throw driver.evidence().violation(String.format(
                    "MESessionClosed arrived at %+.3f ms while the kit still held a sample inside onProcessSample: "
                            + "the session reported closing complete while its pipeline was still busy", closed.get().millis()));
        }
        if (!driver.gate().isHolding()) {
            driver.raiseKitError("the sink callback holding the sample returned before the kit let it go");
        }
    }

    /** Once the sample is let go, closing completes. */
    public void closedEventArrives() {
        Duration within = ScenarioDriver.settings().eventWithin();
        if (driver.awaitEvent(driver.log().closeMark(), MediaEventType.ME_SESSION_CLOSED, within).isEmpty()) {
            throw driver.evidence().violation("no MESessionClosed within " + within.toMillis()
                    + " ms after the kit let the held sample go");
        }
    }
}
