package dev.mfck.steps;

import dev.mfck.clips.ClipCatalogue;
import dev.mfck.config.KitSettings;
import dev.mfck.harness.SessionUnderTest;
import dev.mfck.matrix.BaseState;
import dev.mfck.matrix.SessionState;
import dev.mfck.rules.RuleId;
import dev.mfck.spi.ClipStream;
import dev.mfck.spi.HResult;
import dev.mfck.spi.MediaEventType;
import dev.mfck.spi.StartPosition;
import dev.mfck.trace.TraceEntry;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Brings a new session into a state the way an application would, checking every call and
 * event on the way: a session that answers otherwise makes the scenario BLOCKED, pointing at the
 * rule whose own scenarios check that answer.
 */
final class StatePath {

    /** How far before its end the clip starts on the way to {@link BaseState#ENDED}. */
    static final Duration ENDED_LEAD = Duration.ofMillis(150);
    /** How far before its end the clip starts in {@link BaseState#NEAR_ITS_END}. */
    static final Duration NEAR_END = Duration.ofMillis(200);

    private final ScenarioDriver driver;
    private String way = "";

    StatePath(ScenarioDriver driver) {
        this.driver = driver;
    }

    /**
     * @param state the state
     * @param clip  the clip its topology plays, or {@code none} for a state without one
     */
    void reach(SessionState state, String clip) {
        if (state.hasMedia() == clip.equals(ClipCatalogue.NONE)) {
            throw new IllegalArgumentException("the state '" + state + "' " + (state.hasMedia()
                    ? "has a topology, so it needs a clip" : "has no topology, so its clip is 'none'"));
        }
        way = "on the way to '" + state + "'" + (state.hasMedia() ? " with " + clip : "") + ", ";
        driver.log().state(state);
        base(state.base(), clip);
        if (driver.log().baseMark() < 0) {
            driver.log().reachedBase(state.base());
        }
        switch (state.stage()) {
            case AS_IS -> { }
            case CLOSED_FROM -> closeFrom(state.base());
            case SHUT_DOWN_FROM -> shutDownFrom(state.base());
        }
        driver.log().reachedState();
    }

    private void base(BaseState base, String clip) {
        switch (base) {
            case NEW -> driver.createSession();
            case START_FAILED -> startFailed();
            case TOPOLOGY_SET -> topologySet(clip);
            case STARTED -> started(clip);
            case PAUSED -> {
                started(clip);
                transition(() -> session().pause(), "Pause", MediaEventType.ME_SESSION_PAUSED);
            }
            case STOPPED -> {
                started(clip);
                transition(() -> session().stop(), "Stop", MediaEventType.ME_SESSION_STOPPED);
            }
            case ENDED -> ended(clip);
            case NEAR_ITS_END -> nearItsEnd(clip);
            case CLOSING -> closing(clip);
            case CLOSED -> {
                started(clip);
                driver.log().reachedBase(BaseState.STARTED);
                closeFrom(BaseState.STARTED);
            }
        }
    }

    private void startFailed() {
        driver.createSession();
        int mark = driver.trace().mark();
        HResult hr = session().start(StartPosition.at(0));
        if (hr.failed()) {
            return;
        }
        Duration within = settings().eventWithin();
        TraceEntry started = driver.awaitEvent(mark, MediaEventType.ME_SESSION_STARTED, within).orElseThrow(() ->
                driver.evidence().blocked(way + "Start on a session with no topology returned S_OK, and no "
                        + "MESessionStarted followed within " + within.toMillis() + " ms", RuleId.REACHES_STATES));
        if (started.event().status().succeeded()) {
            throw driver.evidence().blocked(way + "Start on a session with no topology succeeded: " + started.event(),
                    RuleId.REACHES_STATES);
        }
    }

    private void topologySet(String clip) {
        driver.createSession();
        int mark = driver.trace().mark();
        driver.expectOk(session().setTopology(0, driver.partialTopology(clip)), way + "SetTopology", RuleId.REACHES_STATES);
        driver.expectEvent(mark, MediaEventType.ME_SESSION_TOPOLOGY_SET, settings().eventWithin(), way + "SetTopology",
                RuleId.REACHES_STATES);
    }

    private void started(String clip) {
        topologySet(clip);
        int mark = driver.trace().mark();
        transition(() -> session().start(StartPosition.at(0)), "Start at position 0", MediaEventType.ME_SESSION_STARTED);
        awaitEveryStream(mark);
    }

    /** Waits until a sample has reached the sink of every stream of the clip. */
    private void awaitEveryStream(int mark) {
        long deadline = System.nanoTime() + settings().eventWithin().toNanos();
        for (ClipStream stream : driver.clip().streams()) {
            Duration left = Duration.ofNanos(Math.max(0, deadline - System.nanoTime()));
            Optional<TraceEntry> sample = driver.await(mark, e -> e.isSample() && e.sample().stream() == stream.index(), left);
            if (sample.isEmpty()) {
                throw driver.evidence().blocked(way + "no sample reached the sink of stream " + stream.index() + " ("
                        + stream.majorType() + ") within " + settings().eventWithin().toMillis()
                        + " ms of Start: the session does not play it", RuleId.REACHES_STATES);
            }
        }
    }

    private void ended(String clip) {
        topologySet(clip);
        int mark = driver.trace().mark();
        Duration duration = ClipCatalogue.descriptor(clip).duration();
        Duration from = duration.compareTo(ENDED_LEAD) > 0 ? duration.minus(ENDED_LEAD) : Duration.ZERO;
        transition(() -> session().start(StartPosition.at(from.toNanos() / 100)), "Start " + ENDED_LEAD.toMillis()
                + " ms before the end", MediaEventType.ME_SESSION_STARTED);
        driver.expectEvent(mark, MediaEventType.ME_SESSION_ENDED, settings().eventWithin().plus(duration.minus(from)),
                way + "playing " + clip + " to its end", RuleId.REACHES_STATES);
    }

    private void nearItsEnd(String clip) {
        topologySet(clip);
        Duration position = ClipCatalogue.descriptor(clip).duration().minus(NEAR_END);
        transition(() -> session().start(StartPosition.at(position.toNanos() / 100)), "Start " + NEAR_END.toMillis()
                + " ms before the end", MediaEventType.ME_SESSION_STARTED);
        driver.watchAtLeast(NEAR_END.plus(settings().quietFor()));
    }

    /** Started; the kit holds the next sample in its sink; Close, which cannot complete while it is held. */
    private void closing(String clip) {
        started(clip);
        driver.log().reachedBase(BaseState.STARTED);
        driver.holdNextSample();
        if (!driver.gate().awaitHolding(settings().eventWithin())) {
            throw driver.evidence().blocked(way + "no sample reached a sink within " + settings().eventWithin().toMillis()
                    + " ms, so the kit could not hold one", RuleId.REACHES_STATES);
        }
        driver.readBeforeClose();
        driver.log().markClose();
        driver.expectOk(driver.pathCall(SessionCall.CLOSE).hr(), way + "Close while a sink holds a sample",
                RuleId.CLOSE_RETURNS_OK);
    }

    private void closeFrom(BaseState base) {
        if (base == BaseState.CLOSING) {
            driver.gate().release();
        } else {
            driver.readBeforeClose();
            driver.log().markClose();
            driver.expectOk(driver.pathCall(SessionCall.CLOSE).hr(), way + "Close", RuleId.CLOSE_RETURNS_OK);
        }
        driver.log().closedEvent(driver.expectEvent(driver.log().closeMark(), MediaEventType.ME_SESSION_CLOSED,
                settings().eventWithin(), way + "Close", RuleId.CLOSE_ONE_CLOSED_EVENT));
    }

    private void shutDownFrom(BaseState base) {
        HResult hr;
        if (base == BaseState.CLOSING) {
            // Shutdown is synchronous and may wait for the held sink callback: let it go while Shutdown runs
            int mark = driver.trace().mark();
            long started = driver.trace().now();
            SessionUnderTest.BackgroundCall<HResult> shutdown = session().shutdownInBackground();
            shutdown.awaitDone(settings().quietFor());
            driver.gate().release();
            hr = shutdown.get();
            driver.log().recordPathCall(new CallOutcome(SessionCall.SHUTDOWN, hr, null, mark, started, driver.trace().now(),
                    driver.trace().mark(), false));
        } else {
            hr = driver.pathCall(SessionCall.SHUTDOWN).hr();
        }
        boolean closed = base == BaseState.CLOSING || base == BaseState.CLOSED;
        driver.expectOk(hr, way + "Shutdown", closed ? RuleId.ALLOWED_AFTER_CLOSE : RuleId.SHUTDOWN_WITHOUT_CLOSE);
        driver.markShutDown();
    }

    /** Makes an asynchronous call that must return S_OK and complete with a successful event. */
    private void transition(Supplier<HResult> call, String name, MediaEventType completion) {
        int mark = driver.trace().mark();
        driver.expectOk(call.get(), way + name, RuleId.REACHES_STATES);
        driver.expectEvent(mark, completion, settings().eventWithin(), way + name, RuleId.REACHES_STATES);
    }

    private SessionUnderTest session() {
        return driver.session();
    }

    private static KitSettings settings() {
        return ScenarioDriver.settings();
    }
}
