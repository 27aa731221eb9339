package dev.mfck.steps;

import dev.mfck.spi.MediaEventType;
import dev.mfck.trace.TraceEntry;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;

import java.util.Optional;

/** The kit holds a sample inside a sink callback, to prove that Close is asynchronous. */
public final class SampleHoldSteps {

    private final ScenarioContext context;

    /** @param context the scenario's shared state */
    public SampleHoldSteps(ScenarioContext context) {
        this.context = context;
    }

    /** The next sample any sink receives will be held inside its callback. */
    @Given("the kit holds the next sample a sink receives")
    public void theKitHoldsTheNextSample() {
        context.gate().arm();
    }

    /** Waits until a sink holds a sample. */
    @Given("a sink is holding a sample")
    public void aSinkIsHoldingASample() {
        if (!context.gate().awaitHolding(ScenarioContext.settings().eventWithin())) {
            throw context.evidence().precondition("no sample reached a sink within "
                    + ScenarioContext.settings().eventWithin().toMillis() + " ms, so the kit could not hold one");
        }
    }

    /** Lets the held sample go. */
    @When("the kit lets the held sample go")
    public void theKitLetsTheHeldSampleGo() {
        context.gate().release();
    }

    /** While the sample is held, closing cannot have completed. */
    @Then("no MESessionClosed arrives while the sample is held")
    public void noClosedEventWhileHeld() {
        Optional<TraceEntry> closed = context.awaitEvent(context.closeMark(), MediaEventType.ME_SESSION_CLOSED,
                context.quietWindow());
        if (closed.isPresent()) {
            throw context.evidence().violation(String.format(
                    "MESessionClosed arrived at %+.3f ms while the kit still held a sample inside onProcessSample: "
                            + "the session reported closing complete while its pipeline was still busy", closed.get().millis()));
        }
        if (!context.gate().isHolding()) {
            throw context.evidence().precondition("the sink callback holding the sample returned before the kit let it go");
        }
    }

    /** Once the sample is let go, closing completes. */
    @Then("MESessionClosed arrives")
    public void closedEventArrives() {
        if (context.awaitEvent(context.closeMark(), MediaEventType.ME_SESSION_CLOSED,
                ScenarioContext.settings().eventWithin()).isEmpty()) {
            throw context.evidence().violation("no MESessionClosed within "
                    + ScenarioContext.settings().eventWithin().toMillis() + " ms after the kit let the held sample go");
        }
    }
}
