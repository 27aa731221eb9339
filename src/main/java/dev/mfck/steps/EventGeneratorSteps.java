package dev.mfck.steps;

import dev.mfck.spi.CallResult;
import dev.mfck.spi.HResult;
import dev.mfck.spi.MediaEvent;
import dev.mfck.spi.MediaEventType;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;

import java.time.Duration;
import java.util.Objects;

/** The event generator keeps working after Close. */
public final class EventGeneratorSteps {

    private final ScenarioContext context;

    /** @param context the scenario's shared state */
    public EventGeneratorSteps(ScenarioContext context) {
        this.context = context;
    }

    /**
     * Stops the kit's BeginGetEvent loop, so that GetEvent can be called: the kit queues one
     * event to complete the BeginGetEvent still pending, and asks for no more.
     */
    @Given("the kit takes events with GetEvent instead of BeginGetEvent")
    public void theKitTakesEventsWithGetEvent() {
        Duration within = ScenarioContext.settings().eventWithin();
        String marker = CallSteps.MARKER_PREFIX + "detach";
        context.pump().detachAfter(marker);
        context.expectOk(context.session().queueEvent(MediaEventType.ME_UNKNOWN, HResult.S_OK, marker),
                "QueueEvent to complete the pending BeginGetEvent");
        if (!context.pump().awaitStopped(within)) {
            throw context.evidence().precondition("the event queued to complete the pending BeginGetEvent was not "
                    + "delivered within " + within.toMillis() + " ms");
        }
    }

    /** The kit's own BeginGetEvent has been asked and not yet answered. */
    @Given("the kit's own BeginGetEvent is pending")
    public void theKitsOwnBeginGetEventIsPending() {
        Duration within = ScenarioContext.settings().eventWithin();
        if (!context.pump().awaitPending(within)) {
            throw context.evidence().precondition("the kit's BeginGetEvent, made again after the last event, did not "
                    + "return S_OK within " + within.toMillis() + " ms");
        }
    }

    /** The event the last call queued arrives through the kit's BeginGetEvent loop. */
    @Then("the queued event arrives through BeginGetEvent and EndGetEvent")
    public void theQueuedEventArrives() {
        CallOutcome call = context.lastCall();
        Duration within = ScenarioContext.settings().eventWithin();
        if (context.await(call.markBefore(), e -> e.isEvent() && Objects.equals(e.event().value(), call.value()), within)
                .isEmpty()) {
            throw context.evidence().violation("QueueEvent returned S_OK after Close, but the event it queued ("
                    + call.value() + ") did not arrive through BeginGetEvent/EndGetEvent within " + within.toMillis() + " ms");
        }
    }

    /** A blocking GetEvent returns the event the last call queued. */
    @Then("a blocking GetEvent returns the queued event")
    public void aBlockingGetEventReturnsIt() {
        CallOutcome call = context.lastCall();
        CallResult<MediaEvent> taken = context.session().getEvent(0, ScenarioContext.settings().eventWithin());
        if (!taken.hr().equals(HResult.S_OK)) {
            throw context.evidence().violation("GetEvent(0) after Close returned " + taken.hr()
                    + " although an event was queued");
        }
        context.trace().event(taken.value());
        if (!Objects.equals(taken.value().value(), call.value())) {
            throw context.evidence().violation("GetEvent(0) after Close returned " + taken.value()
                    + " with value " + taken.value().value() + ", not the queued event " + call.value());
        }
    }
}
