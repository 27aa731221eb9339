package dev.mfck.steps;

import dev.mfck.matrix.BaseState;
import dev.mfck.rules.RuleId;
import dev.mfck.spi.CallResult;
import dev.mfck.spi.ClockState;
import dev.mfck.spi.HResult;
import dev.mfck.spi.MediaEventType;
import dev.mfck.spi.PresentationClock;
import dev.mfck.trace.TraceEntry;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * After Close, every method but the four allowed ones is refused with MF_E_INVALIDREQUEST
 * (returned, or as the status of its event) and performs nothing, to the end of the scenario: no
 * success event of its kind, and from a closed session that stood still, no sample and no
 * running clock. A refusal is judged against what the closing pipeline itself may still do: while
 * closing, a success event of the call's kind before MESessionClosed may be the pipeline's own.
 */
public final class RefusedSteps {

    private final ScenarioDriver driver;
    private PresentationClock stillClock;
    private CallResult<Long> stillTime;

    /** @param driver the scenario's shared state */
    public RefusedSteps(ScenarioDriver driver) {
        this.driver = driver;
    }

    /**
     * The closed session stands still for the quiet window before the call: no sample, no event
     * of its own, its clock not moving. Otherwise what follows the call could not be told from
     * what Close left running or queued, and the scenario is BLOCKED on the rule that checks that.
     */
    public void theClosedSessionHasStoodStill() {
        TraceEntry closed = ClosedEvent.taken(driver);
        Optional<PresentationClock> clock = driver.log().beforeClose().heldClock();
        CallResult<Long> first = clock.map(c -> driver.session().clockTime(c)).orElse(null);
        driver.await(closed.index() + 1, entry -> entry.isSample() || entry.isEvent()
                && !ClosedEventSteps.isKitMarker(entry.event()), driver.quietWindow()).ifPresent(moved -> {
                    throw moved.isSample()
                            ? driver.evidence().blocked(String.format("a sample reached a sink at %+.3f ms, after "
                            + "MESessionClosed", moved.millis()), RuleId.CLOSE_STOPS_SAMPLES)
                            : driver.evidence().blocked(String.format("%s arrived at %+.3f ms, after MESessionClosed",
                            moved.event(), moved.millis()), RuleId.NOTHING_AFTER_CLOSED);
                });
        if (clock.isPresent()) {
            CallResult<Long> second = driver.session().clockTime(clock.get());
            CallResult<ClockState> state = driver.session().clockState(clock.get());
            boolean moved = first.hr().succeeded() && second.hr().succeeded() && !Objects.equals(first.value(), second.value());
            if (moved || state.hr().succeeded() && state.value() == ClockState.RUNNING) {
                throw driver.evidence().blocked("after MESessionClosed the presentation clock read " + first.value()
                        + ", then " + second.value() + ", and its state is " + state.value(), RuleId.CLOSE_STOPS_CLOCK);
            }
            stillClock = clock.get();
            stillTime = second;
        }
    }

    /** The last call was refused with MF_E_INVALIDREQUEST, and performs nothing to the end of the scenario. */
    public void theRequestIsRefused() {
        CallOutcome call = driver.log().lastCall();
        MediaEventType kind = call.method().completion().orElseThrow(() ->
                new IllegalArgumentException(call.call() + " queues no event"));
        Predicate<TraceEntry> itsEvent = answering(call, kind);
        if (call.hr().equals(HResult.S_OK)) {
            Duration within = ScenarioDriver.settings().eventWithin();
            TraceEntry answer = driver.await(call.markBefore(), itsEvent, within).orElseThrow(() ->
                    driver.evidence().violation(call.call() + " returned S_OK after Close, but no " + kind.mfName()
                            + " followed within " + within.toMillis() + " ms: an S_OK must be answered by the event, "
                            + "with status MF_E_INVALIDREQUEST (or it was queued and never delivered)"));
            if (!answer.event().status().equals(HResult.MF_E_INVALIDREQUEST)) {
                throw driver.evidence().violation(String.format("%s returned S_OK after Close, then %s arrived at "
                        + "%+.3f ms; the rule requires the status MF_E_INVALIDREQUEST", call.call(), answer.event(),
                        answer.millis()));
            }
        } else if (!call.hr().equals(HResult.MF_E_INVALIDREQUEST)) {
            throw driver.evidence().violation(call.call() + " returned " + call.hr() + " after Close; the rule requires "
                    + "MF_E_INVALIDREQUEST, or S_OK followed by " + kind.mfName() + " with that status");
        }
        List<Watches.Watch> forbidden = new ArrayList<>(List.of(new Watches.Watch(call.markBefore(),
                itsEvent.and(entry -> entry.event().status().succeeded()), event -> String.format("%s was refused "
                + "after Close (%s), yet %s arrived at %+.3f ms: the operation was performed%s", call.call(), call.hr(),
                event.event(), event.millis(), secondCloseWhileClosing(call) ? ", or the first Close completed twice "
                + "(CLOSE-ONE-CLOSED-EVENT[closing, " + driver.clipName() + "] checks that alone)" : ""))));
        if (stillClock != null) {
            forbidden.add(new Watches.Watch(call.markBefore(), TraceEntry::isSample, sample -> String.format(
                    "a sample reached a sink at %+.3f ms, after %s was refused after Close: playback was performed",
                    sample.millis(), call.call()), false));
        }
        driver.forbid(forbidden);
        if (stillClock != null) {
            driver.checkNowAndAtTheEnd(() -> clockStillStands(call));
        }
    }

    /** The first Close, made before the one refused, still completes with its MESessionClosed with S_OK. */
    public void theFirstCloseStillCompletes() {
        Duration within = ScenarioDriver.settings().eventWithin();
        if (driver.await(driver.log().closeMark(), firstClosesOwn(), within).isEmpty()) {
            throw driver.evidence().violation("no MESessionClosed with S_OK within " + within.toMillis() + " ms after "
                    + "the held sample was let go: the second Close cancelled the first one's completion, or the session "
                    + "never completes closing (CLOSE-ONE-CLOSED-EVENT[closing, " + driver.clipName() + "] checks that "
                    + "alone)");
        }
    }

    private boolean secondCloseWhileClosing(CallOutcome call) {
        return call.method() == SessionMethod.CLOSE && driver.log().state().base() == BaseState.CLOSING;
    }

    /** The clock still stands where it stood before the call, and does not run. */
    private void clockStillStands(CallOutcome call) {
        CallResult<Long> time = driver.session().clockTime(stillClock);
        CallResult<ClockState> state = driver.session().clockState(stillClock);
        boolean moved = time.hr().succeeded() && stillTime.hr().succeeded() && !Objects.equals(time.value(), stillTime.value());
        if (moved || state.hr().succeeded() && state.value() == ClockState.RUNNING) {
            throw driver.evidence().violation(String.format("after %s was refused after Close, the presentation "
                    + "clock read %s (before the call %s) and its state is %s: the clock runs", call.call(),
                    time.hr().succeeded() ? time.value() : time.hr(), stillTime.value(),
                    state.hr().succeeded() ? state.value() : state.hr()));
        }
    }

    /**
     * The events that answer the call: its kind, after it, but not what the closing pipeline may
     * send of its own before MESessionClosed (the call is made while closing), nor the first
     * Close's own MESessionClosed when the call is a second Close.
     */
    private Predicate<TraceEntry> answering(CallOutcome call, MediaEventType kind) {
        Predicate<TraceEntry> ofKind = ScenarioDriver.isEvent(kind);
        if (driver.log().state().base() != BaseState.CLOSING || driver.log().closedEvent().isPresent()
                && driver.log().closedEvent().get().index() < call.markBefore()) {
            return ofKind;
        }
        Duration within = ScenarioDriver.settings().eventWithin();
        TraceEntry closed = driver.await(driver.log().closeMark(), firstClosesOwn(), within).orElseThrow(() ->
                driver.evidence().blocked("no MESessionClosed with S_OK within " + within.toMillis() + " ms after the "
                        + "held sample was let go: the first Close never completed", RuleId.CLOSE_ONE_CLOSED_EVENT));
        if (kind == MediaEventType.ME_SESSION_CLOSED) {
            return ofKind.and(entry -> entry.index() != closed.index());
        }
        return ofKind.and(entry -> entry.index() > closed.index() || !entry.event().status().succeeded());
    }

    /** The first successful MESessionClosed after the first Close: the first Close's own completion. */
    private Predicate<TraceEntry> firstClosesOwn() {
        return entry -> entry.isEvent() && entry.event().type() == MediaEventType.ME_SESSION_CLOSED
                && entry.event().status().equals(HResult.S_OK);
    }
}
