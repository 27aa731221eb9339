package dev.mfck.model;

import dev.mfck.matrix.BaseState;
import dev.mfck.rules.RuleId;
import dev.mfck.spi.HResult;
import dev.mfck.spi.MediaEvent;
import dev.mfck.spi.MediaEventType;
import dev.mfck.trace.TraceEntry;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import static dev.mfck.rules.RuleId.*;

/**
 * The Close contract as a machine that replays a history: calls in the order they were made,
 * trace entries in the order the kit saw them, each judged against what the rules allow at that
 * point. Several answers may be allowed (MF_E_INVALIDREQUEST directly, or S_OK and then the
 * call's event with that status); where the contract requires an event, it becomes an
 * {@link Expectation} until it comes. The first departure, in the order of the trace, wins.
 */
public final class ContractModel {

    /** The rules that require exactly one MESessionClosed, each of which a second one breaks. */
    private static final Set<RuleId> EXACTLY_ONE_CLOSED = Set.of(CLOSE_ONE_CLOSED_EVENT, NOTHING_AFTER_CLOSED,
            CLOSE_RACES_TRANSITION, SECOND_CLOSE, CLOSE_FROM_CALLBACK);
    /** The rules that require a MESessionClosed once closing can complete, each of which a missing one breaks. */
    private static final Set<RuleId> CLOSED_COMES = Set.of(CLOSE_ONE_CLOSED_EVENT, CLOSE_IS_ASYNC,
            CLOSE_RACES_TRANSITION, SECOND_CLOSE, CLOSE_FROM_CALLBACK);
    /** The name (state, call) coverage gives a shut down session. */
    private static final String SHUT_DOWN = "shut down";
    /**
     * The states the model tells apart, as (state, call) coverage names them: the base states (near
     * its end is started), and shut down.
     */
    public static final List<String> STATES = Stream.concat(Arrays.stream(BaseState.values())
            .filter(state -> state != BaseState.NEAR_ITS_END).map(BaseState::text), Stream.of(SHUT_DOWN))
            .toList();


    private final History history;
    private final List<Expectation> pending = new ArrayList<>();
    private final Set<String> coverage = new LinkedHashSet<>();
    private final Map<MediaEventType, Integer> inFlight = new EnumMap<>(MediaEventType.class);
    private final Map<MediaEventType, Integer> inFlightAtClose = new EnumMap<>(MediaEventType.class);
    private final Set<MediaEventType> refusedKinds = EnumSet.noneOf(MediaEventType.class);
    private final List<Departure> departures = new ArrayList<>();
    private BaseState state;
    private boolean shutDown;
    private boolean closeAccepted;
    private boolean secondCloseMade;
    private int closedAt = -1;
    private int shutdownAt = -1;
    private int shutdownCalledAt = -1;
    private boolean holding;
    private boolean closeRaced;
    private long letGoAt = Long.MIN_VALUE;
    private boolean topologySet;
    private int stillFrom = -1;
    private ModelCall clockBefore;
    private ModelCall topologyBefore;
    private ModelCall capabilitiesBefore;
    private Expectation firstClosed;
    private boolean eventsTaken;

    private ContractModel(History history) {
        this.history = history;
        this.state = history.startState() == BaseState.NEAR_ITS_END ? BaseState.STARTED : history.startState();
        this.topologySet = state.hasMedia();
        if (state == BaseState.CLOSING) {
            closeAccepted = true;
            holding = true;
            firstClosed = expect(CLOSE_ONE_CLOSED_EVENT, MediaEventType.ME_SESSION_CLOSED, HResult.S_OK, null, 0, "Close");
        }
        if (state == BaseState.PAUSED || state == BaseState.STOPPED || state == BaseState.ENDED) {
            stillFrom = history.startMark();
        }
    }

    /**
     * Judges a history.
     *
     * @param history what the scenario did and saw
     * @return the first departure, the events still due, and the coverage
     */
    public static Judgement judge(History history) {
        return new ContractModel(history).replay();
    }

    private Judgement replay() {
        Iterator<ModelCall> calls = serialised(history.calls()).iterator();
        ModelCall next = calls.hasNext() ? calls.next() : null;
        for (TraceEntry entry : history.trace()) {
            while (next != null && next.mark() <= entry.index()) {
                call(next);
                next = calls.hasNext() ? calls.next() : null;
            }
            if (entry.index() >= history.startMark()) {
                entry(entry);
            }
        }
        while (next != null) {
            call(next);
            next = calls.hasNext() ? calls.next() : null;
        }
        if (history.calls().stream().anyMatch(ModelCall::fromCallback)) {
            pending.replaceAll(due -> due.type() == MediaEventType.ME_SESSION_CLOSED ? new Expectation(CLOSE_FROM_CALLBACK,
                    due.type(), due.status(), due.value(), due.from(), due.why() + ", with a Close made inside the event "
                    + "callback") : due);
        }
        if (shutdownAt < 0 && !history.trace().isEmpty()) {
            overdue(history.trace().get(history.trace().size() - 1).nanos());
        }
        if (shutdownAt >= 0 || eventsTaken) {
            pending.clear(); // Shutdown ends the event queue; an application's read may have taken what was due
        }
        return new Judgement(departures.stream().findFirst(), List.copyOf(departures), List.copyOf(pending), Set.copyOf(coverage),
                closedAt >= 0 && shutdownAt < 0, stillFrom >= 0 && !closeAccepted && shutdownAt < 0,
                refusedKinds.contains(MediaEventType.ME_SESSION_STARTED));
    }

    /**
     * Puts calls that overlapped in time (a Close from inside the event callback beside the
     * application's calls) in the order the session evidently served them: a call that answered
     * MF_E_SHUTDOWN while Shutdown ran came after it, of two Closes at once the one that answered
     * S_OK came first, and a request accepted beside a Close counts as in flight when Close came
     * (its event may then bring success or failure).
     */
    private static List<ModelCall> serialised(List<ModelCall> made) {
        List<ModelCall> calls = new ArrayList<>(made);
        for (ModelCall shutdown : made) {
            if (shutdown.kind() != CallKind.SHUTDOWN || !shutdown.hr().succeeded()) {
                continue;
            }
            for (int i = 0; i < calls.size(); i++) {
                ModelCall call = calls.get(i);
                if (call != shutdown && overlap(call, shutdown) && call.hr().equals(HResult.MF_E_SHUTDOWN)
                        && call.mark() < shutdown.returnedMark()) {
                    calls.set(i, at(call, shutdown.returnedMark()));
                }
            }
        }
        for (int i = 0; i < calls.size(); i++) {
            for (int j = 0; j < calls.size(); j++) {
                ModelCall a = calls.get(i);
                ModelCall b = calls.get(j);
                if (i != j && a.kind() == CallKind.CLOSE && b.kind() == CallKind.CLOSE && a.mark() <= b.mark()
                        && (overlap(a, b) || a.fromCallback() || b.fromCallback())
                        && !a.hr().equals(HResult.S_OK) && b.hr().equals(HResult.S_OK)) {
                    calls.set(i, at(a, b.mark()));
                    calls.set(j, at(b, a.mark()));
                }
            }
        }
        for (int i = 0; i < calls.size(); i++) {
            for (int j = 0; j < calls.size(); j++) {
                ModelCall close = calls.get(i);
                ModelCall control = calls.get(j);
                if (close.kind() == CallKind.CLOSE && control.kind() == CallKind.CONTROL && overlap(close, control)
                        && control.mark() >= close.mark() && control.hr().equals(HResult.S_OK)) {
                    calls.set(j, at(control, close.mark()));
                }
            }
        }
        calls.sort(java.util.Comparator.comparingInt(ModelCall::mark)
                .thenComparing(call -> call.kind() == CallKind.CLOSE)
                .thenComparing(call -> call.kind() == CallKind.CLOSE && !call.hr().equals(HResult.S_OK)));
        return calls;
    }

    private static boolean overlap(ModelCall a, ModelCall b) {
        return a.mark() < b.returnedMark() && b.mark() < a.returnedMark();
    }

    private static ModelCall at(ModelCall call, int mark) {
        return new ModelCall(call.text(), call.kind(), call.completion(), call.hr(), call.value(), mark,
                Math.max(mark, call.returnedMark()), call.tookNanos(), call.fromCallback(), call.judged());
    }

    private void call(ModelCall call) {
        coverage.add(stateName() + " × " + call.text());
        if (call.kind() == CallKind.EVENT_READ && call.hr().succeeded()) {
            eventsTaken = true;
        }
        if (shutdownAt >= 0 && call.mark() >= shutdownAt) {
            afterShutdown(call);
        } else if (call.kind() == CallKind.SHUTDOWN) {
            if (call.judged() && !call.hr().equals(HResult.S_OK)) {
                departures.add(new Departure(closeAccepted ? ALLOWED_AFTER_CLOSE : SHUTDOWN_WITHOUT_CLOSE, call.text()
                        + " returned " + call.hr() + " in the state '" + stateName() + "': Shutdown is valid at any "
                        + "time before Shutdown", closeRaced ? Set.of(CLOSE_RACES_TRANSITION) : Set.of()));
            }
            shutdownCalledAt = call.mark();
            if (call.hr().succeeded()) {
                overdue(nanosAt(call.mark()));
                shutdownAt = call.returnedMark();
                shutDown = true;
            }
        } else if (closeAccepted) {
            afterClose(call);
        } else {
            beforeClose(call);
        }
    }

    private void afterShutdown(ModelCall call) {
        RuleId rule = switch (call.kind()) {
            case CLOSE -> CLOSE_AFTER_SHUTDOWN;
            case SHUTDOWN -> SHUTDOWN_WITHOUT_CLOSE;
            default -> SHUTDOWN_IS_FINAL;
        };
        requireHr(call, HResult.MF_E_SHUTDOWN, rule, "after Shutdown every method returns MF_E_SHUTDOWN");
    }

    private void beforeClose(ModelCall call) {
        switch (call.kind()) {
            case CLOSE -> firstClose(call);
            case CONTROL -> {
                if (call.hr().succeeded()) {
                    inFlight.merge(call.completion(), 1, Integer::sum);
                }
                topologyBefore = null;
                capabilitiesBefore = null;
                if (call.hr().succeeded() && call.completion() == MediaEventType.ME_SESSION_STARTED) {
                    stillFrom = -1;
                }
            }
            case GET_CLOCK -> clockBefore = call;
            case GET_FULL_TOPOLOGY -> topologyBefore = settled() ? call : null;
            case GET_CAPABILITIES -> capabilitiesBefore = settled() ? call : null;
            default -> {
                // the event generator before Close is not the Close contract's
            }
        }
    }

    /** @return whether no request is in flight: what the session answers now is what it answers just before Close */
    private boolean settled() {
        return inFlight.values().stream().allMatch(n -> n <= 0);
    }

    private void firstClose(ModelCall call) {
        boolean racing = inFlight.values().stream().anyMatch(n -> n > 0);
        closeRaced = racing;
        RuleId rule = call.fromCallback() ? CLOSE_FROM_CALLBACK : racing ? CLOSE_RACES_TRANSITION : CLOSE_RETURNS_OK;
        requireHr(call, HResult.S_OK, rule, "Close on a session that has not been shut down returns S_OK");
        if (holding && call.tookNanos() > history.asyncReturnWithin().toNanos()) {
            depart(CLOSE_IS_ASYNC, String.format("Close took %.0f ms to return while a sink held a sample: it returns "
                    + "at once, within %d ms", call.tookNanos() / 1e6, history.asyncReturnWithin().toMillis()));
        }
        if (!call.hr().succeeded()) {
            return;
        }
        closeAccepted = true;
        state = BaseState.CLOSING;
        inFlightAtClose.putAll(inFlight);
        firstClosed = expect(racing ? CLOSE_RACES_TRANSITION : call.fromCallback() ? CLOSE_FROM_CALLBACK : CLOSE_ONE_CLOSED_EVENT,
                MediaEventType.ME_SESSION_CLOSED, HResult.S_OK, null, call.mark(), "Close");
    }

    private void afterClose(ModelCall call) {
        switch (call.kind()) {
            case CLOSE -> {
                secondCloseMade = true;
                refusal(call, SECOND_CLOSE, "a second Close fails with MF_E_INVALIDREQUEST, directly or on its "
                        + "MESessionClosed");
                if (firstClosed != null && pending.contains(firstClosed)) {
                    pending.remove(firstClosed);
                    firstClosed = expect(SECOND_CLOSE, MediaEventType.ME_SESSION_CLOSED, HResult.S_OK, null,
                            firstClosed.from(), "the first Close, which a second Close does not cancel");
                }
            }
            case CONTROL -> {
                refusedKinds.add(call.completion());
                refusal(call, INVALID_AFTER_CLOSE, "after Close it fails with MF_E_INVALIDREQUEST, directly or on "
                        + "its event");
            }
            case GET_CLOCK -> sameAnswer(call, clockBefore, "the same clock");
            case GET_FULL_TOPOLOGY -> {
                sameAnswer(call, topologyBefore, "the same topology");
                if (topologyBefore == null && topologySet && call.hr().failed()) {
                    depart(ALLOWED_AFTER_CLOSE, "GetFullTopology returned " + call.hr() + " after Close, though the "
                            + "session had a topology: GetFullTopology stays valid after Close");
                }
            }
            case GET_CAPABILITIES -> capabilities(call);
            case EVENT_READ -> {
                if (call.hr().equals(HResult.MF_E_SHUTDOWN)) {
                    depart(GENERATOR_AFTER_CLOSE, call.text() + " returned MF_E_SHUTDOWN after Close, before Shutdown: "
                            + "Close does not shut the event generator down");
                }
            }
            case QUEUE_EVENT -> {
                requireHr(call, HResult.S_OK, GENERATOR_AFTER_CLOSE, "the event generator keeps working after Close");
                if (call.hr().succeeded()) {
                    expect(EVENTS_AFTER_CLOSE, MediaEventType.ME_UNKNOWN, null, call.value(), call.mark(), call.text());
                }
            }
            default -> throw new IllegalStateException("no judgement for " + call.kind());
        }
    }

    private void refusal(ModelCall call, RuleId rule, String requirement) {
        if (call.hr().equals(HResult.S_OK)) {
            expect(rule, call.completion(), HResult.MF_E_INVALIDREQUEST, null, call.mark(), call.text());
        } else if (!call.hr().equals(HResult.MF_E_INVALIDREQUEST)) {
            depart(rule, call.text() + " after Close returned " + call.hr() + ": " + requirement);
        }
    }

    /**
     * An allowed method answers after Close as it did before: a method that had nothing to give
     * before Close may refuse again, consistently (Wine's GetFullTopology answers
     * MF_E_INVALIDREQUEST for a session that never had a topology), but MF_E_SHUTDOWN is never an
     * answer before Shutdown, and a refusal it did not give before Close is no answer of a valid method.
     */
    private void sameAnswer(ModelCall call, ModelCall before, String what) {
        String name = call.text();
        boolean refusedAsBefore = before != null && call.hr().equals(before.hr());
        if (call.hr().equals(HResult.MF_E_SHUTDOWN) || call.hr().equals(HResult.MF_E_INVALIDREQUEST) && !refusedAsBefore) {
            depart(ALLOWED_AFTER_CLOSE, name + " returned " + call.hr() + " after Close, before Shutdown: it stays valid");
        } else if (before != null && !call.hr().equals(before.hr())) {
            depart(ALLOWED_AFTER_CLOSE, name + " returned " + call.hr() + " after Close, but " + before.hr()
                    + " before Close; an allowed method answers after Close as it did before");
        } else if (before != null && call.hr().succeeded() && !Objects.equals(call.value(), before.value())) {
            depart(ALLOWED_AFTER_CLOSE, name + " returned " + call.value() + " after Close, not " + what + " as before "
                    + "Close (" + before.value() + ")");
        }
    }

    private void capabilities(ModelCall call) {
        if (!call.hr().equals(HResult.S_OK)) {
            depart(ALLOWED_AFTER_CLOSE, "GetSessionCapabilities returned " + call.hr() + " after Close; it stays valid");
        } else if (capabilitiesBefore != null && capabilitiesBefore.hr().succeeded()
                && ((Integer) call.value() & ~(Integer) capabilitiesBefore.value()) != 0) {
            depart(ALLOWED_AFTER_CLOSE, "GetSessionCapabilities gained capabilities after Close: " + call.value()
                    + ", before Close " + capabilitiesBefore.value());
        }
    }

    private void entry(TraceEntry entry) {
        if (entry.is(TraceEntry.Note.SAMPLE_HELD)) {
            holding = true;
        } else if (entry.is(TraceEntry.Note.SAMPLE_LET_GO)) {
            holding = false;
            letGoAt = entry.nanos();
        } else if (entry.is(TraceEntry.Note.CALLBACK_INVOKED_UNASKED)) {
            // IMFAsyncCallback::Invoke is called once per asynchronous operation: every scenario's steps watch for it
            departures.add(new Departure(EVENTS_AFTER_CLOSE, "the session invoked the event callback at " + millis(entry)
                    + " more often than BeginGetEvent was called", EnumSet.allOf(RuleId.class)));
        } else if (entry.isSample()) {
            sample(entry);
        } else if (entry.isEvent()) {
            event(entry);
        }
    }

    private void sample(TraceEntry sample) {
        String at = String.format("a sample reached the sink of stream %d at %+.3f ms", sample.sample().stream(),
                sample.millis());
        if (closedAt >= 0) {
            depart(CLOSE_STOPS_SAMPLES, at + ", after MESessionClosed");
        } else if (shutdownAt >= 0 && sample.index() >= shutdownAt) {
            depart(closeAccepted ? CLOSE_STOPS_SAMPLES : SHUTDOWN_WITHOUT_CLOSE, at + ", after Shutdown had returned");
        } else if (stillFrom >= 0 && sample.index() > stillFrom && !closeAccepted) {
            depart(REACHES_STATES, at + " in the state '" + stateName() + "', where playback stands still");
        }
    }

    private void event(TraceEntry entry) {
        MediaEvent event = entry.event();
        if (event.value() instanceof String value && value.startsWith(history.markerPrefix())) {
            meet(entry);
            return;
        }
        if (event.type() == MediaEventType.ME_SESSION_CLOSED) {
            closedEvent(entry);
            return;
        }
        boolean answered = meet(entry);
        if (!closeAccepted) {
            stateChange(entry);
            return;
        }
        boolean success = event.status().succeeded();
        if (answered) {
            return;
        }
        if (inFlightAtClose.getOrDefault(event.type(), 0) > 0 && (closedAt < 0 || !success)) {
            inFlightAtClose.merge(event.type(), -1, Integer::sum);
        } else if (success && refusedKinds.contains(event.type())) {
            depart(INVALID_AFTER_CLOSE, event + " arrived at " + millis(entry) + ", after " + kindCall(event.type())
                    + " was called after Close: a request after Close is not performed");
        } else if (!success && refusedKinds.contains(event.type())) {
            depart(INVALID_AFTER_CLOSE, event + " arrived at " + millis(entry) + ", answering " + kindCall(event.type())
                    + " after Close: a request after Close fails with MF_E_INVALIDREQUEST");
        } else if (closedAt >= 0) {
            depart(NOTHING_AFTER_CLOSED, event + " arrived at " + millis(entry) + ", after MESessionClosed: nothing "
                    + "of the session's own follows it");
        }
    }

    private void closedEvent(TraceEntry entry) {
        MediaEvent event = entry.event();
        if (!closeAccepted) {
            depart(CLOSE_ONE_CLOSED_EVENT, event + " arrived at " + millis(entry) + " though no Close was accepted");
        } else if (event.status().equals(HResult.S_OK) && closedAt < 0) {
            meet(entry);
            if (holding && shutdownCalledAt < 0) {
                depart(secondCloseMade ? SECOND_CLOSE : CLOSE_IS_ASYNC, "MESessionClosed arrived at " + millis(entry)
                        + " while a sink still held a sample: closing had not completed"
                        + (secondCloseMade ? ", so it answered the second Close with success" : ""));
            }
            closedAt = entry.index();
            state = BaseState.CLOSED;
        } else if (!meet(entry)) {
            RuleId rule = closedAt < 0 ? firstClosed.ruleId() : secondCloseMade ? SECOND_CLOSE : CLOSE_ONE_CLOSED_EVENT;
            String observed = event + " arrived at " + millis(entry) + (closedAt < 0 ? ": a successful Close completes "
                    + "with S_OK" : ", a second MESessionClosed after the first");
            // a failed MESessionClosed breaks every rule that requires a successful one; a second, every rule that requires one
            departures.add(new Departure(rule, observed, closedAt < 0 ? CLOSED_COMES : EXACTLY_ONE_CLOSED));
        }
    }

    private void stateChange(TraceEntry entry) {
        MediaEvent event = entry.event();
        if (inFlight.getOrDefault(event.type(), 0) > 0) {
            inFlight.merge(event.type(), -1, Integer::sum);
        }
        capabilitiesBefore = null;
        if (!event.status().succeeded()) {
            return;
        }
        switch (event.type()) {
            case ME_SESSION_TOPOLOGY_SET -> {
                topologySet = true;
                topologyBefore = null;
                state = state == BaseState.NEW || state == BaseState.START_FAILED ? BaseState.TOPOLOGY_SET : state;
            }
            case ME_SESSION_TOPOLOGIES_CLEARED -> {
                topologySet = false;
                topologyBefore = null;
            }
            case ME_SESSION_STARTED -> {
                state = BaseState.STARTED;
                stillFrom = -1;
            }
            case ME_SESSION_PAUSED, ME_SESSION_STOPPED, ME_SESSION_ENDED -> {
                state = event.type() == MediaEventType.ME_SESSION_PAUSED ? BaseState.PAUSED
                        : event.type() == MediaEventType.ME_SESSION_STOPPED ? BaseState.STOPPED : BaseState.ENDED;
                boolean startPending = inFlight.getOrDefault(MediaEventType.ME_SESSION_STARTED, 0) > 0;
                stillFrom = startPending ? -1 : entry.index();
            }
            default -> {
                // other events do not change the presentation's state
            }
        }
    }

    private Expectation expect(RuleId rule, MediaEventType type, HResult status, Object value, int from, String why) {
        Expectation expectation = new Expectation(rule, type, status, value, from, why);
        pending.add(expectation);
        return expectation;
    }

    private boolean meet(TraceEntry entry) {
        for (Iterator<Expectation> it = pending.iterator(); it.hasNext(); ) {
            if (it.next().metBy(entry)) {
                it.remove();
                return true;
            }
        }
        return false;
    }

    private void requireHr(ModelCall call, HResult expected, RuleId rule, String requirement) {
        if (!call.hr().equals(expected)) {
            depart(rule, call.text() + (call.fromCallback() ? " (from inside the event callback)" : "") + " returned "
                    + call.hr() + " in the state '" + stateName() + "': " + requirement);
        }
    }

    /**
     * Every event still due that has been due for longer than the history allows is missing; a
     * MESessionClosed is due only once no sink holds a sample.
     *
     * @param nanos the time it is now, in the trace's nanoseconds
     */
    private void overdue(long nanos) {
        if (history.overdueAfter().isEmpty() || eventsTaken) {
            return;
        }
        long allowed = history.overdueAfter().get().toNanos();
        for (Expectation due : List.copyOf(pending)) {
            boolean closing = due.type() == MediaEventType.ME_SESSION_CLOSED;
            if (closing && holding) {
                continue;
            }
            long since = Math.max(nanosAt(due.from()), closing ? letGoAt : Long.MIN_VALUE);
            if (nanos - since > allowed) {
                pending.remove(due);
                departures.add(new Departure(due.ruleId(), "no " + due.describe() + " within "
                        + history.overdueAfter().get().toMillis() + " ms", closing ? CLOSED_COMES : Set.of()));
            }
        }
    }

    /** @return the time of the trace entry at a mark (the first thing after it), or of the last entry before */
    private long nanosAt(int mark) {
        List<TraceEntry> trace = history.trace();
        if (trace.isEmpty()) {
            return 0;
        }
        return trace.get(Math.max(0, Math.min(mark, trace.size() - 1))).nanos();
    }

    private void depart(RuleId rule, String observed) {
        departures.add(new Departure(rule, observed));
    }

    private static String kindCall(MediaEventType type) {
        return switch (type) {
            case ME_SESSION_TOPOLOGY_SET -> "SetTopology";
            case ME_SESSION_TOPOLOGIES_CLEARED -> "ClearTopologies";
            case ME_SESSION_STARTED -> "Start";
            case ME_SESSION_PAUSED -> "Pause";
            case ME_SESSION_STOPPED -> "Stop";
            default -> type.mfName();
        };
    }

    private static String millis(TraceEntry entry) {
        return String.format("%+.3f ms", entry.millis());
    }

    private String stateName() {
        return shutDown ? SHUT_DOWN : state.text();
    }
}
