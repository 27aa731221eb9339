package dev.mfck.steps;

import dev.mfck.matrix.SessionState;
import dev.mfck.matrix.StateStep;
import dev.mfck.spi.CallResult;
import dev.mfck.spi.ClipStream;
import dev.mfck.spi.ClockState;
import dev.mfck.spi.MediaEventType;
import dev.mfck.spi.NodeType;
import dev.mfck.spi.PresentationClock;
import dev.mfck.spi.Topology;
import dev.mfck.spi.TopologyFlags;
import dev.mfck.trace.TraceEntry;

import java.time.Duration;
import java.util.List;

/**
 * The starting state of every scenario, and REACHES-STATES' check that a state is what its name
 * says: what reaches the sinks, what the clock reports and what the topology holds agree with it.
 */
public final class StateSteps {

    private final ScenarioDriver driver;

    /** @param driver the scenario's shared state */
    public StateSteps(ScenarioDriver driver) {
        this.driver = driver;
    }

    /**
     * Brings a new session into a state, as the feature files define the states.
     *
     * @param state the state
     * @param clip  the clip its topology plays, or {@code none}
     */
    public void aSessionInTheState(SessionState state, String clip) {
        new StatePath(driver).reach(state, clip);
    }

    /** The state the scenario started from is what its name says. */
    public void theSessionBehavesAsItsStateSays() {
        SessionState state = driver.log().state();
        if (state.stage() != SessionState.Stage.AS_IS) {
            throw new IllegalArgumentException("REACHES-STATES checks the states as they are, not '" + state + "'");
        }
        switch (state.base()) {
            case START_FAILED -> clockIsNot(ClockState.RUNNING, true);
            case TOPOLOGY_SET -> {
                theTopologyIsResolved();
                noSampleSince(0, "before Start");
            }
            case STARTED -> {
                everyStreamKeepsPlaying();
                clockRuns();
            }
            case PAUSED -> stillSince(MediaEventType.ME_SESSION_PAUSED, ClockState.PAUSED);
            case STOPPED -> stillSince(MediaEventType.ME_SESSION_STOPPED, ClockState.STOPPED);
            case ENDED -> stillSince(MediaEventType.ME_SESSION_ENDED, null);
            default -> throw new IllegalArgumentException("REACHES-STATES does not check '" + state + "'");
        }
    }

    private void theTopologyIsResolved() {
        CallResult<Topology> full = driver.session().getFullTopology(TopologyFlags.GET_CURRENT, 0);
        if (full.hr().failed()) {
            throw driver.evidence().violation("GetFullTopology for the current presentation returned " + full.hr()
                    + " after MESessionTopologySet");
        }
        List<ClipStream> streams = driver.clip().streams();
        long outputs = full.value().nodesOf(NodeType.OUTPUT).size();
        long sources = full.value().nodesOf(NodeType.SOURCE_STREAM).size();
        if (sources != streams.size() || outputs != streams.size()) {
            throw driver.evidence().violation("the full topology has " + sources + " source stream(s) and " + outputs
                    + " output(s); the clip " + driver.clipName() + " has " + streams.size() + " stream(s), each with "
                    + "a kit sink");
        }
    }

    private void everyStreamKeepsPlaying() {
        int mark = driver.trace().mark();
        Duration within = ScenarioDriver.settings().eventWithin();
        for (ClipStream stream : driver.clip().streams()) {
            if (driver.await(mark, e -> e.isSample() && e.sample().stream() == stream.index(), within).isEmpty()) {
                throw driver.evidence().violation("no further sample reached the sink of stream " + stream.index()
                        + " within " + within.toMillis() + " ms while the session was started");
            }
        }
    }

    private void clockRuns() {
        PresentationClock clock = clock();
        long first = time(clock);
        int mark = driver.trace().mark();
        driver.await(mark, TraceEntry::isSample, ScenarioDriver.settings().eventWithin());
        long second = time(clock);
        CallResult<ClockState> state = driver.session().clockState(clock);
        if (second <= first || state.hr().failed() || state.value() != ClockState.RUNNING) {
            throw driver.evidence().violation(String.format("while samples played, the presentation clock read %d "
                    + "then %d, and its state is %s: a started session's clock runs", first, second,
                    state.hr().succeeded() ? state.value() : state.hr()));
        }
    }

    /** After the event that brought the state, no sample reaches a sink, and the clock stands still in its state. */
    private void stillSince(MediaEventType event, ClockState expected) {
        TraceEntry reached = lastEvent(event);
        PresentationClock clock = clock();
        long first = time(clock);
        noSampleSince(reached.index() + 1, "after " + event.mfName());
        long second = time(clock);
        if (second != first) {
            throw driver.evidence().violation(String.format("after %s the presentation clock read %d, then %d %d ms "
                    + "later: it runs", event.mfName(), first, second, driver.quietWindow().toMillis()));
        }
        clockIsNot(ClockState.RUNNING, false);
        if (expected != null) {
            CallResult<ClockState> state = driver.session().clockState(clock);
            if (state.hr().failed() || state.value() != expected) {
                throw driver.evidence().violation("after " + event.mfName() + " the presentation clock's state is "
                        + (state.hr().succeeded() ? state.value() : state.hr()) + ", not " + expected);
            }
        }
    }

    private void noSampleSince(int from, String when) {
        driver.forbid(from, TraceEntry::isSample, sample -> String.format("a sample reached the sink of stream %d at "
                + "%+.3f ms, %s", sample.sample().stream(), sample.millis(), when));
    }

    private void clockIsNot(ClockState forbidden, boolean mayHaveNone) {
        CallResult<PresentationClock> clock = driver.session().getClock();
        if (clock.hr().failed()) {
            if (mayHaveNone) {
                return;
            }
            throw driver.evidence().violation("GetClock returned " + clock.hr() + ": a session with a topology has "
                    + "a presentation clock");
        }
        CallResult<ClockState> state = driver.session().clockState(clock.value());
        if (state.hr().succeeded() && state.value() == forbidden) {
            throw driver.evidence().violation("the presentation clock's state is " + forbidden + " in the state '"
                    + driver.log().state() + "'");
        }
    }

    private PresentationClock clock() {
        CallResult<PresentationClock> clock = driver.session().getClock();
        if (clock.hr().failed()) {
            throw driver.evidence().violation("GetClock returned " + clock.hr() + ": a session with a topology has a "
                    + "presentation clock");
        }
        return clock.value();
    }

    private long time(PresentationClock clock) {
        CallResult<Long> time = driver.session().clockTime(clock);
        if (time.hr().failed()) {
            throw driver.evidence().violation("the presentation clock's GetTime returned " + time.hr());
        }
        return time.value();
    }

    private TraceEntry lastEvent(MediaEventType type) {
        List<TraceEntry> entries = driver.trace().entries();
        for (int i = entries.size() - 1; i >= 0; i--) {
            if (entries.get(i).isEvent() && entries.get(i).event().type() == type) {
                return entries.get(i);
            }
        }
        throw new IllegalStateException("no " + type.mfName() + " in the trace of state '" + driver.log().state() + "'");
    }
}
