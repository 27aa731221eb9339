package dev.mfck.steps;

import dev.mfck.clips.ClipCatalogue;
import dev.mfck.config.KitSettings;
import dev.mfck.failure.ConformanceFailure;
import dev.mfck.failure.Evidence;
import dev.mfck.harness.CallGuard;
import dev.mfck.harness.EventPump;
import dev.mfck.harness.ProviderLoader;
import dev.mfck.harness.RecordingSink;
import dev.mfck.harness.RunTarget;
import dev.mfck.harness.SampleGate;
import dev.mfck.harness.SessionUnderTest;
import dev.mfck.rules.Rule;
import dev.mfck.rules.RuleCatalogue;
import dev.mfck.spi.HResult;
import dev.mfck.spi.MediaClip;
import dev.mfck.spi.MediaEventType;
import dev.mfck.spi.MediaSession;
import dev.mfck.spi.SampleSink;
import dev.mfck.spi.SessionProvider;
import dev.mfck.spi.Topology;
import dev.mfck.trace.EventTrace;
import dev.mfck.trace.TraceEntry;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Everything one scenario shares between its step classes: the rule it checks, the session
 * under test with its event pump and sinks, the trace, and what the last call returned.
 * Cucumber creates one per scenario.
 */
public final class ScenarioContext {

    private static KitSettings settings;
    private static SessionProvider provider;
    private static RuleCatalogue catalogue;

    private Evidence evidence;
    private CallGuard guard;
    private SampleGate gate;
    private SessionUnderTest session;
    private EventPump pump;
    private MediaClip clip;
    private Map<String, Long> baselineResources;
    private boolean shutDown;
    private CallOutcome lastCall;
    private volatile int closeMark = -1;
    private Duration mustStayQuietAtLeast = Duration.ZERO;

    static synchronized KitSettings settings() {
        if (RunTarget.current().isPresent()) {
            return RunTarget.current().get().settings();
        }
        if (settings == null) {
            settings = KitSettings.fromEnvironment();
        }
        return settings;
    }

    static synchronized SessionProvider provider() {
        if (RunTarget.current().isPresent()) {
            return RunTarget.current().get().provider();
        }
        if (provider == null) {
            provider = ProviderLoader.load(settings());
        }
        return provider;
    }

    static synchronized RuleCatalogue catalogue() {
        if (catalogue == null) {
            catalogue = RuleCatalogue.load();
        }
        return catalogue;
    }

    void begin(Rule rule) {
        EventTrace trace = new EventTrace();
        evidence = new Evidence(rule, trace);
        guard = new CallGuard(evidence);
        gate = new SampleGate(trace, settings().eventWithin().multipliedBy(4));
    }

    /**
     * Lets every held sample go and shuts the session down, tolerating a session that fights
     * back; a session that has already hung a call is abandoned, not called again.
     */
    void end() {
        gate.release();
        try {
            if (session != null && !shutDown && !guard.abandonedACall()) {
                session.shutdown();
            }
        } catch (ConformanceFailure ignored) {
            // the scenario's verdict is already decided; a hung or throwing Shutdown is left behind
        } finally {
            guard.close();
        }
    }

    Evidence evidence() {
        return evidence;
    }

    EventTrace trace() {
        return evidence.trace();
    }

    SampleGate gate() {
        return gate;
    }

    SessionUnderTest session() {
        if (session == null) {
            throw new IllegalStateException("the scenario has no session yet: it needs a 'Given a session ...' step");
        }
        return session;
    }

    EventPump pump() {
        return pump;
    }

    /** @return the clip the session plays, or the default clip when it has none yet */
    String clipName() {
        return clip != null ? clip.name() : ClipCatalogue.AV_LONG;
    }

    Optional<Map<String, Long>> baselineResources() {
        return Optional.ofNullable(baselineResources);
    }

    /** Creates the session, records its resource baseline and starts taking its events. */
    void createSession() {
        MediaSession created = guard.call("SessionProvider.createSession()", settings().callWithin(),
                () -> provider().createSession());
        session = new SessionUnderTest(created, guard, evidence, settings());
        baselineResources = session.liveResources().orElse(null);
        pump = new EventPump(session, evidence);
        expectOk(pump.start(), "BeginGetEvent on the new session");
    }

    /**
     * Builds a partial topology for a clip, with fresh kit sinks.
     *
     * @param clipName the clip
     * @return the topology
     */
    Topology partialTopology(String clipName) {
        clip = ClipCatalogue.clip(clipName);
        List<SampleSink> sinks = new ArrayList<>();
        clip.streams().forEach(stream -> sinks.add(new RecordingSink(stream.index(), trace(), gate)));
        MediaClip chosen = clip;
        return guard.call("SessionProvider.createPartialTopology(" + clipName + ")", settings().callWithin(),
                () -> provider().createPartialTopology(chosen, sinks));
    }

    /**
     * Makes watches for forbidden events last at least this long: a clip started near its end
     * must be watched past its end.
     *
     * @param window the shortest watch
     */
    void watchAtLeast(Duration window) {
        mustStayQuietAtLeast = window;
    }

    /** @return how long to watch for an event the contract forbids */
    Duration quietWindow() {
        Duration quiet = settings().quietFor();
        return quiet.compareTo(mustStayQuietAtLeast) >= 0 ? quiet : mustStayQuietAtLeast;
    }

    void markShutDown() {
        shutDown = true;
    }

    void recordCall(CallOutcome outcome) {
        lastCall = outcome;
    }

    CallOutcome lastCall() {
        if (lastCall == null) {
            throw new IllegalStateException("no call has been made yet: the scenario needs a 'When the application calls ...' step");
        }
        return lastCall;
    }

    /** Notes that Close is about to be called: closing's events are looked for from here. */
    void markClose() {
        closeMark = trace().mark();
    }

    int closeMark() {
        if (closeMark < 0) {
            throw new IllegalStateException("Close has not been called in this scenario");
        }
        return closeMark;
    }

    /**
     * A setup call must succeed.
     *
     * @param hr   what it returned
     * @param what the call, for the message
     */
    void expectOk(HResult hr, String what) {
        if (!hr.succeeded()) {
            throw evidence.precondition(what + " returned " + hr);
        }
    }

    /**
     * Waits for an event with a success status, as a setup step needs it.
     *
     * @param mark     where to start looking
     * @param type     the event
     * @param deadline how long to wait
     * @param why      what the event completes
     * @return the event's trace entry
     */
    TraceEntry expectEvent(int mark, MediaEventType type, Duration deadline, String why) {
        TraceEntry entry = awaitEvent(mark, type, deadline)
                .orElseThrow(() -> evidence.precondition("no " + type.mfName() + " within "
                        + deadline.toMillis() + " ms after " + why));
        if (!entry.event().status().succeeded()) {
            throw evidence.precondition(why + " completed with " + entry.event());
        }
        return entry;
    }

    /**
     * Waits for an event of a type.
     *
     * @param mark     where to start looking
     * @param type     the event type
     * @param deadline how long to wait
     * @return the event's trace entry, or empty
     */
    Optional<TraceEntry> awaitEvent(int mark, MediaEventType type, Duration deadline) {
        return await(mark, isEvent(type), deadline);
    }

    /**
     * Waits on the trace, and surfaces a failure the event pump met meanwhile.
     *
     * @param mark     where to start looking
     * @param matching what to wait for
     * @param deadline how long
     * @return the matching entry, or empty
     */
    Optional<TraceEntry> await(int mark, Predicate<TraceEntry> matching, Duration deadline) {
        Optional<TraceEntry> found = trace().await(mark, matching, deadline);
        pump.failure().ifPresent(failure -> {
            throw failure;
        });
        return found;
    }

    static Predicate<TraceEntry> isEvent(MediaEventType type) {
        return entry -> entry.isEvent() && entry.event().type() == type;
    }
}
