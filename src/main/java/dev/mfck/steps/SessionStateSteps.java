package dev.mfck.steps;

import dev.mfck.clips.ClipCatalogue;
import dev.mfck.config.KitSettings;
import dev.mfck.spi.HResult;
import dev.mfck.spi.MediaEventType;
import dev.mfck.spi.StartPosition;
import dev.mfck.trace.TraceEntry;
import io.cucumber.java.en.Given;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * Brings a new session into each state in which Close can be called, the way an application
 * would, checking every step on the way: a session that cannot get there fails the scenario.
 */
public final class SessionStateSteps {

    /** How many samples must reach the sinks before the kit calls a session "playing". */
    static final int SAMPLES_WHEN_PLAYING = 3;

    /** How far before its end the "near its end" state starts the clip. */
    static final Duration NEAR_END = Duration.ofMillis(200);

    private final ScenarioContext context;

    /** @param context the scenario's shared state */
    public SessionStateSteps(ScenarioContext context) {
        this.context = context;
    }

    /**
     * Brings a session into a state, playing the state's default clip.
     *
     * @param state new, topology set, started, paused, stopped, ended, near its end, closing or closed
     */
    @Given("a session in the {string} state")
    public void aSessionInTheState(String state) {
        boolean playsToEnd = state.equals("ended") || state.equals("near its end");
        reach(state, playsToEnd ? ClipCatalogue.AV_SHORT : ClipCatalogue.AV_LONG);
    }

    /**
     * Brings a session into a state, playing a given clip.
     *
     * @param state the state
     * @param clip  the clip's name in the catalogue
     */
    @Given("a session in the {string} state playing {string}")
    public void aSessionInTheStatePlaying(String state, String clip) {
        reach(state, clip);
    }

    /** Shuts the session down; it must return S_OK. */
    @Given("the application has shut the session down")
    public void theApplicationHasShutTheSessionDown() {
        context.expectOk(context.session().shutdown(), "Shutdown");
        context.markShutDown();
    }

    private void reach(String state, String clip) {
        switch (state) {
            case "new" -> context.createSession();
            case "topology set" -> topologySet(clip);
            case "started" -> started(clip);
            case "paused" -> {
                started(clip);
                transition(() -> context.session().pause(), "Pause", MediaEventType.ME_SESSION_PAUSED);
            }
            case "stopped" -> {
                started(clip);
                transition(() -> context.session().stop(), "Stop", MediaEventType.ME_SESSION_STOPPED);
            }
            case "ended" -> ended(clip);
            case "near its end" -> nearItsEnd(clip);
            case "closing" -> closing(clip);
            case "closed" -> {
                started(clip);
                context.markClose();
                transition(() -> context.session().close(), "Close", MediaEventType.ME_SESSION_CLOSED);
            }
            default -> throw new IllegalArgumentException("no session state named '" + state + "'");
        }
    }

    private void topologySet(String clip) {
        context.createSession();
        int mark = context.trace().mark();
        context.expectOk(context.session().setTopology(0, context.partialTopology(clip)), "SetTopology");
        context.expectEvent(mark, MediaEventType.ME_SESSION_TOPOLOGY_SET, settings().eventWithin(), "SetTopology");
    }

    private void started(String clip) {
        topologySet(clip);
        start(StartPosition.at(0));
        awaitSamples();
    }

    private void start(StartPosition position) {
        transition(() -> context.session().start(position), "Start", MediaEventType.ME_SESSION_STARTED);
    }

    private void awaitSamples() {
        int mark = context.trace().mark();
        if (!context.trace().awaitCount(mark, TraceEntry::isSample, SAMPLES_WHEN_PLAYING, settings().eventWithin())) {
            throw context.evidence().precondition("fewer than " + SAMPLES_WHEN_PLAYING + " samples reached the sinks within "
                    + settings().eventWithin().toMillis() + " ms of MESessionStarted: the session does not play");
        }
    }

    private void ended(String clip) {
        topologySet(clip);
        int mark = context.trace().mark();
        start(StartPosition.at(0));
        Duration deadline = settings().eventWithin().plus(ClipCatalogue.descriptor(clip).duration());
        context.expectEvent(mark, MediaEventType.ME_SESSION_ENDED, deadline, "playing " + clip + " to its end");
    }

    private void nearItsEnd(String clip) {
        topologySet(clip);
        Duration position = ClipCatalogue.descriptor(clip).duration().minus(NEAR_END);
        start(StartPosition.at(position.toNanos() / 100));
        context.watchAtLeast(NEAR_END.plus(settings().quietFor()));
    }

    private void closing(String clip) {
        started(clip);
        context.gate().arm();
        if (!context.gate().awaitHolding(settings().eventWithin())) {
            throw context.evidence().precondition("no sample reached a sink within "
                    + settings().eventWithin().toMillis() + " ms, so the kit could not hold one");
        }
        context.markClose();
        HResult hr = context.session().close();
        context.expectOk(hr, "Close while a sink holds a sample");
    }

    /** Makes an asynchronous call that must return S_OK and complete with a successful event. */
    private void transition(Supplier<HResult> call, String name, MediaEventType completion) {
        int mark = context.trace().mark();
        context.expectOk(call.get(), name);
        context.expectEvent(mark, completion, settings().eventWithin(), name);
    }

    private static KitSettings settings() {
        return ScenarioContext.settings();
    }
}
