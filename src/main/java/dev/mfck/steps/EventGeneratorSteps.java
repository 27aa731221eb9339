package dev.mfck.steps;

import dev.mfck.failure.ConformanceFailure;
import dev.mfck.matrix.BaseState;
import dev.mfck.rules.RuleId;
import dev.mfck.spi.CallResult;
import dev.mfck.spi.HResult;
import dev.mfck.spi.MediaEvent;
import dev.mfck.spi.MediaEventType;
import dev.mfck.trace.TraceEntry;

import java.time.Duration;
import java.util.Objects;

/** The event generator keeps working after Close, until Shutdown. */
public final class EventGeneratorSteps {

    /** The value of the event the kit queues to complete its own last BeginGetEvent. */
    static final String DETACH_MARKER = CallSteps.MARKER_PREFIX + "detach";

    private final ScenarioDriver driver;

    /** @param driver the scenario's shared state */
    public EventGeneratorSteps(ScenarioDriver driver) {
        this.driver = driver;
    }

    /**
     * Stops the kit's BeginGetEvent loop, so that GetEvent can be called: the kit queues one
     * event of its own to complete the BeginGetEvent still pending, and asks for no more. Only a
     * loop that took that event has detached; one that stopped for another reason is the
     * session's doing, and says so.
     */
    public void theKitTakesEventsWithGetEvent() {
        Duration within = ScenarioDriver.settings().eventWithin();
        driver.pump().detachAfter(DETACH_MARKER);
        driver.expectOk(driver.session().queueEvent(MediaEventType.ME_UNKNOWN, HResult.S_OK, DETACH_MARKER),
                "QueueEvent, to complete the kit's pending BeginGetEvent,", RuleId.GENERATOR_AFTER_CLOSE);
        if (!driver.pump().awaitStopped(within)) {
            throw driver.evidence().blocked("the event the kit queued to complete its pending BeginGetEvent was not "
                    + "delivered within " + within.toMillis() + " ms", RuleId.EVENTS_AFTER_CLOSE);
        }
        if (!driver.pump().detached()) {
            throw driver.evidence().blocked("the kit's BeginGetEvent loop stopped before it took its own last event: "
                    + driver.pump().stopReason().orElse("(no reason)"), RuleId.EVENTS_AFTER_CLOSE);
        }
    }

    /** The kit's own BeginGetEvent has been asked and not yet answered. */
    public void theKitsOwnBeginGetEventIsPending() {
        Duration within = ScenarioDriver.settings().eventWithin();
        if (!driver.pump().awaitPending(within)) {
            throw driver.evidence().blocked("the kit's BeginGetEvent, made again after the last event, was not pending "
                    + "within " + within.toMillis() + " ms: " + driver.pump().stopReason().orElse("(no reason)"),
                    RuleId.EVENTS_AFTER_CLOSE);
        }
    }

    /**
     * The kit's BeginGetEvent loop, the application's, took MESessionClosed and goes on after it:
     * BeginGetEvent returns S_OK, the callback's EndGetEvent returns each event, and a
     * BeginGetEvent is pending, to the end of the scenario. When the last call (a refused one)
     * returned S_OK, its event reaches the callback too.
     */
    public void theGeneratorKeepsDelivering() {
        Duration within = ScenarioDriver.settings().eventWithin();
        if (driver.log().state().base() == BaseState.CLOSING) {
            ClosedEvent.awaited(driver);
        }
        CallOutcome call = driver.log().lastCall();
        MediaEventType kind = call.method().completion().orElseThrow();
        if (call.hr().succeeded() && driver.awaitEvent(call.markBefore(), kind, within).isEmpty()) {
            throw driver.evidence().blocked(call.call() + " returned S_OK after Close, and no " + kind.mfName()
                    + " reached the event callback within " + within.toMillis() + " ms: the kit cannot tell an event "
                    + "never queued from one not delivered", RuleId.INVALID_AFTER_CLOSE);
        }
        driver.checkNowAndAtTheEnd(() -> {
            driver.pump().stopReason().ifPresent(reason -> {
                throw driver.evidence().violation("after MESessionClosed the kit's BeginGetEvent loop stopped: " + reason);
            });
            if (!driver.pump().awaitPending(within)) {
                throw driver.evidence().violation("after MESessionClosed no BeginGetEvent of the kit's was pending within "
                        + within.toMillis() + " ms");
            }
        });
    }

    /**
     * The application's BeginGetEvent, made while the kit's own is pending, is refused. When it
     * was not refused because an event of the session's own, after MESessionClosed, had just
     * answered the kit's BeginGetEvent, the scenario is BLOCKED on NOTHING-AFTER-CLOSED.
     */
    public void aSecondSubscriberIsRefused() {
        CallOutcome call = driver.log().lastCall();
        if (call.hr().equals(HResult.MF_E_MULTIPLE_SUBSCRIBERS)) {
            return;
        }
        TraceEntry closed = ClosedEvent.taken(driver);
        driver.await(closed.index() + 1, e -> e.isEvent() && !ClosedEventSteps.isKitMarker(e.event()),
                driver.quietWindow()).ifPresent(own -> {
                    throw driver.evidence().blocked(call.call() + " returned " + call.hr() + "; the kit's own "
                            + "BeginGetEvent had been answered by " + own.event() + ", an event of the session's own "
                            + "after MESessionClosed, so it may not have been pending", RuleId.NOTHING_AFTER_CLOSED);
                });
        throw driver.evidence().violation(call.call() + " returned " + call.hr() + " while the kit's own BeginGetEvent "
                + "was pending; the rule requires MF_E_MULTIPLE_SUBSCRIBERS");
    }

    /** The event the last call queued arrives through the kit's BeginGetEvent loop. */
    public void theQueuedEventArrives() {
        CallOutcome call = driver.log().lastCall();
        Duration within = ScenarioDriver.settings().eventWithin();
        if (driver.await(call.markBefore(), e -> e.isEvent() && Objects.equals(e.event().value(), call.value()), within)
                .isEmpty()) {
            throw driver.evidence().violation("QueueEvent returned S_OK after Close, but the event it queued ("
                    + call.value() + ") did not arrive through BeginGetEvent/EndGetEvent within " + within.toMillis() + " ms"
                    + driver.pump().stopReason().map(reason -> "; the kit's loop stopped: " + reason).orElse(""));
        }
    }

    /** A blocking GetEvent returns the event the last call queued. */
    public void aBlockingGetEventReturnsIt() {
        CallOutcome call = driver.log().lastCall();
        CallResult<MediaEvent> taken = driver.session().getEvent(0, ScenarioDriver.settings().eventWithin());
        if (!taken.hr().equals(HResult.S_OK)) {
            throw driver.evidence().violation("GetEvent(0) after Close returned " + taken.hr()
                    + " although an event was queued");
        }
        driver.trace().event(taken.value());
        if (!Objects.equals(taken.value().value(), call.value())) {
            throw notTheEventQueued("GetEvent(0)", taken.value(), "the queued event " + call.value());
        }
    }

    /** The last call, GetEvent with NO_WAIT on a queue the kit has drained, found it empty. */
    public void theQueueIsEmpty() {
        CallOutcome call = driver.log().lastCall();
        if (call.hr().equals(HResult.MF_E_NO_EVENTS_AVAILABLE)) {
            return;
        }
        if (call.hr().succeeded() && call.value() instanceof MediaEvent event) {
            throw notTheEventQueued(call.call().text(), event, "MF_E_NO_EVENTS_AVAILABLE");
        }
        throw driver.evidence().violation(call.call() + " returned " + call.hr() + " on the drained queue after Close; "
                + "the rule requires MF_E_NO_EVENTS_AVAILABLE");
    }

    /**
     * GetEvent returned an event the scenario did not queue: the kit's own detach event a second
     * time (the session's fault under this rule), or one the session queued of its own after
     * MESessionClosed, which is NOTHING-AFTER-CLOSED's to judge.
     */
    private ConformanceFailure notTheEventQueued(String call, MediaEvent event, String expected) {
        if (DETACH_MARKER.equals(event.value())) {
            return driver.evidence().violation(call + " after Close returned the kit's own detach event, which the "
                    + "kit's BeginGetEvent loop had already taken: the session delivered it twice");
        }
        if (!(event.value() instanceof String value && value.startsWith(CallSteps.MARKER_PREFIX))) {
            return driver.evidence().blocked(call + " returned " + event + " where the rule expects " + expected
                    + ": an event of the session's own, queued after MESessionClosed", RuleId.NOTHING_AFTER_CLOSED);
        }
        return driver.evidence().violation(call + " after Close returned " + event + " with value " + event.value()
                + ", not " + expected);
    }
}
