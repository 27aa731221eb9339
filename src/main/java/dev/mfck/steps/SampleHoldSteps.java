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

    private final ScenarioContext context;

    /** @param context the scenario's shared state */
    public SampleHoldSteps(ScenarioContext context) {
        this.context = context;
    }

    /** The next sample any sink receives will be held inside its callback. */
    public void theKitHoldsTheNextSample() {
        context.holdNextSample();
    }

    /** Waits until a sink holds a sample. */
    public void aSinkIsHoldingASample() {
        if (!context.gate().awaitHolding(ScenarioContext.settings().eventWithin())) {
            throw context.evidence().blocked("no sample reached a sink within "
                    + ScenarioContext.settings().eventWithin().toMillis() + " ms, so the kit could not hold one",
                    RuleId.REACHES_STATES);
        }
    }

    /** Lets the held sample go. */
    public void theKitLetsTheHeldSampleGo() {
        context.gate().release();
    }

    /** The last call, Close, returned S_OK within the asynchronous-return deadline, not merely the call deadline. */
    public void theCallReturnedAtOnce() {
        CallOutcome call = context.lastCall();
        if (!call.hr().equals(HResult.S_OK)) {
            throw context.evidence().blocked(call.call() + " returned " + call.hr(), RuleId.CLOSE_RETURNS_OK);
        }
        Duration within = ScenarioContext.settings().asyncReturnWithin();
        long origin = context.trace().originNanos();
        Duration allowed = Deadline.allowed(within, origin + call.startedAt(), origin + call.returnedAt());
        if (call.took().compareTo(allowed) > 0) {
            throw context.evidence().violation(String.format("%s took %.1f ms to return while a sink held a sample; "
                    + "an asynchronous call returns at once, within %d ms (mfck.timeout.async-return-ms, times "
                    + "mfck.timeout.factor%s)", call.call(), call.took().toNanos() / 1e6, within.toMillis(),
                    allowed.equals(within) ? "" : String.format("; %d ms with the time the machine held the kit back",
                            allowed.toMillis())));
        }
    }

    /** While the sample is held, closing cannot have completed. */
    public void noClosedEventWhileHeld() {
        Optional<TraceEntry> closed = context.awaitEvent(context.closeMark(), MediaEventType.ME_SESSION_CLOSED,
                context.quietWindow());
        if (closed.isPresent()) {
            throw context.evidence().violation(String.format(
                    "MESessionClosed arrived at %+.3f ms while the kit still held a sample inside onProcessSample: "
                            + "the session reported closing complete while its pipeline was still busy", closed.get().millis()));
        }
        if (!context.gate().isHolding()) {
            context.raiseKitError("the sink callback holding the sample returned before the kit let it go");
        }
    }

    /** Once the sample is let go, closing completes. */
    public void closedEventArrives() {
        Duration within = ScenarioContext.settings().eventWithin();
        if (context.awaitEvent(context.closeMark(), MediaEventType.ME_SESSION_CLOSED, within).isEmpty()) {
            throw context.evidence().violation("no MESessionClosed within " + within.toMillis()
                    + " ms after the kit let the held sample go");
        }
    }
}
