package dev.mfck.steps;

import dev.mfck.clips.ClipCatalogue;
import dev.mfck.config.KitSettings;
import dev.mfck.failure.ConformanceFailure;
import dev.mfck.failure.Evidence;
import dev.mfck.failure.Verdict;
import dev.mfck.harness.CallGuard;
import dev.mfck.harness.EventPump;
import dev.mfck.harness.OutOfProcess;
import dev.mfck.harness.OutOfProcessProvider;
import dev.mfck.harness.ProviderLoader;
import dev.mfck.harness.ProviderPool;
import dev.mfck.harness.RecordingSink;
import dev.mfck.harness.RunTarget;
import dev.mfck.harness.SampleGate;
import dev.mfck.harness.SessionUnderTest;
import dev.mfck.matrix.BaseState;
import dev.mfck.matrix.SessionState;
import dev.mfck.rules.Rule;
import dev.mfck.rules.RuleCatalogue;
import dev.mfck.rules.RuleId;
import dev.mfck.spi.CallResult;
import dev.mfck.spi.HResult;
import dev.mfck.spi.MediaClip;
import dev.mfck.spi.MediaEventType;
import dev.mfck.spi.MediaSession;
import dev.mfck.spi.PresentationClock;
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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Drives one scenario: leases the implementation, builds the session with its event pump and
 * sinks, holds samples, makes the calls on the way to a state, waits for what must come and
 * watches for what must not, and ends the scenario with its teardown. What the scenario did and
 * saw it writes to the scenario's {@link ObservationLog}, which both judges read; the steps'
 * judge is {@link Evidence}, which turns what they find into a verdict. One per scenario.
 */
public final class ScenarioDriver {

    private static KitSettings settings;
    private static SessionProvider provider;
    private static RuleCatalogue catalogue;

    private SessionProvider implementation;
    private Evidence evidence;
    private ObservationLog log;
    private CallGuard guard;
    private SampleGate gate;
    private final Watches watches = new Watches();
    private SessionUnderTest session;
    private EventPump pump;
    private MediaClip clip;
    private boolean shutDown;
    private Duration mustStayQuietAtLeast = Duration.ZERO;
    private int teardownMark = Integer.MAX_VALUE;
    /** The teardown's Shutdown, when it did not return in time. */
    private ConformanceFailure teardownHung;
    private final List<SampleSink> sinks = new ArrayList<>();
    private final List<Topology> topologies = new ArrayList<>();

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

    /**
     * Starts the scenario: takes the implementation it runs against (a member of its own, when
     * the run's provider is a pool for parallel scenarios) and a fresh trace.
     *
     * @param rule the rule it checks
     */
    void begin(Rule rule) {
        teardownHung = null;
        implementation = provider() instanceof ProviderPool pool ? pool.lease() : provider();
        EventTrace trace = new EventTrace();
        evidence = new Evidence(rule, trace);
        log = new ObservationLog(trace);
        guard = new CallGuard(evidence);
        gate = new SampleGate(trace, settings().eventWithin().multipliedBy(4));
    }

    /**
     * Runs the end-of-scenario checks that call the session (the clock, the resources), unless
     * a session that hung a call is being abandoned.
     *
     * @return the first of them to fail, if one does
     */
    Optional<ConformanceFailure> checkBeforeTeardown() {
        if (session == null || guard.abandonedACall()) {
            return Optional.empty();
        }
        try {
            watches.checkBeforeTeardown();
            return Optional.empty();
        } catch (ConformanceFailure failure) {
            return Optional.of(failure);
        }
    }

    /**
     * Lets every held sample go and shuts the session down, tolerating a session that fights
     * back; a session that has already hung a call is abandoned, not called again.
     */
    void end() {
        teardownMark = trace().mark();
        gate.release();
        try {
            if (session != null && !shutDown && !guard.abandonedACall()) {
                int mark = trace().mark();
                long started = trace().now();
                HResult hr = session.shutdown();
                log.teardownShutdown(new CallOutcome(SessionCall.SHUTDOWN, hr, null, mark, started, trace().now(),
                        trace().mark(), false));
            }
            if (session != null && !guard.abandonedACall() && session.implementation() instanceof OutOfProcess other) {
                guard.call("ending the session in the implementation's process", settings().callWithin(), () -> {
                    other.end(List.copyOf(topologies), List.copyOf(sinks));
                    return true;
                });
            }
        } catch (ConformanceFailure failed) {
            // a throwing Shutdown is left behind; a hung one is the scenario's TIMEOUT, though the kit then ends the process
            if (failed.verdict() == Verdict.TIMEOUT) {
                teardownHung = failed;
            }
        } finally {
            guard.close();
            if (guard.abandonedACall() && session != null && session.implementation() instanceof OutOfProcess other) {
                other.abandon("a call into it did not return in time: the kit ends the process, and the next "
                        + "scenario starts a fresh one");
            }
        }
    }

    /** Gives the implementation back to the run's pool, when it came from one, for the next scenario. */
    void release() {
        if (provider() instanceof ProviderPool pool && implementation != null) {
            pool.giveBack(implementation);
            implementation = null;
        }
    }

    /**
     * @return the fault of the session's other process (it died, or broke the protocol) that no
     *         call met, as a failure
     */
    Optional<ConformanceFailure> checkOtherProcess() {
        if (teardownHung != null) {
            return Optional.of(teardownHung); // the kit ended the process for it: the hang, not the ending, is the verdict
        }
        if (session == null || !(session.implementation() instanceof OutOfProcess other)) {
            return Optional.empty();
        }
        return other.fault().map(evidence::faultOf);
    }

    /** @return the first forbidden entry any watch saw from its start to the end of the teardown, as a failure */
    Optional<ConformanceFailure> checkWatches() {
        return watches.firstViolation(trace(), teardownMark).map(what -> evidence.violation(what
                + " (seen when the scenario ended: it was forbidden until then, teardown included)"));
    }

    /**
     * Throws the failure of the implementation's other process when it died or broke the
     * protocol (which explains what the kit found), else the kit's own error.
     *
     * @param what what the kit found that it cannot explain
     */
    void raiseKitError(String what) {
        Optional<ConformanceFailure> otherProcess = checkOtherProcess();
        if (otherProcess.isPresent()) {
            throw otherProcess.get();
        }
        throw new IllegalStateException(what);
    }

    Evidence evidence() {
        return evidence;
    }

    EventTrace trace() {
        return evidence.trace();
    }

    /** @return what the scenario has done and seen so far */
    ObservationLog log() {
        return log;
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

    /** @return the clip the session plays; only for a state with a topology */
    MediaClip clip() {
        if (clip == null) {
            throw new IllegalStateException("the session has no clip: its state has no topology");
        }
        return clip;
    }

    /** Creates the session, records its resource baseline and starts taking its events. */
    void createSession() {
        if (implementation instanceof OutOfProcessProvider peer) {
            guard.call("starting the implementation's process", peer.startBound(), () -> {
                peer.ensureRunning();
                return true;
            });
            evidence.watchOtherProcess(peer::fault);
        }
        MediaSession created = guard.call("SessionProvider.createSession()", settings().callWithin(),
                implementation::createSession);
        if (created instanceof OutOfProcess other) {
            EventTrace trace = trace();
            other.noteTo(trace::note);
            evidence.watchOtherProcess(other::fault);
        }
        session = new SessionUnderTest(created, guard, evidence, settings());
        log.baselineResources(session.liveResources().orElse(null));
        pump = new EventPump(session, evidence);
        evidence.watchEarlierFailure(pump::failure);
        expectOk(pump.start(), "BeginGetEvent on the new session", RuleId.REACHES_STATES);
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
        this.sinks.addAll(sinks);
        MediaClip chosen = clip;
        Topology topology = guard.call("SessionProvider.createPartialTopology(" + clipName + ")",
                settings().callWithin(), () -> implementation.createPartialTopology(chosen, sinks));
        if (topology != null) {
            topologies.add(topology);
        }
        return topology;
    }

    /**
     * Holds the next sample any of the scenario's sinks receives: arms the kit's gate, and tells
     * an implementation in another process to hold that sample inside its sink callback until
     * the kit lets it go (it tells the kit of every other sample and goes on).
     */
    void holdNextSample() {
        gate.arm();
        if (session().implementation() instanceof OutOfProcess other && !sinks.isEmpty()) {
            List<SampleSink> held = List.copyOf(sinks);
            guard.call("holding the next sample in the implementation's process", settings().callWithin(), () -> {
                other.holdNextSample(held);
                return true;
            });
        }
    }

    /** Reads what the allowed methods answer before Close, and the resources the session holds. */
    @SuppressWarnings("unchecked")
    void readBeforeClose() {
        CallOutcome clock = pathCall(SessionCall.GET_CLOCK);
        CallOutcome topology = pathCall(SessionCall.GET_FULL_TOPOLOGY);
        CallOutcome capabilities = pathCall(SessionCall.GET_SESSION_CAPABILITIES);
        log.beforeClose(new BeforeClose(new CallResult<>(clock.hr(), (PresentationClock) clock.value()),
                new CallResult<>(topology.hr(), (Topology) topology.value()),
                new CallResult<>(capabilities.hr(), (Integer) capabilities.value()), session().liveResources()));
    }

    /**
     * Makes a call on the way to the scenario's starting state. Once the session is in the
     * state's base state (the stage past it, closed or shut down, is still to come), the call is
     * part of what the model judges.
     *
     * @param call the call
     * @return what it returned
     */
    CallOutcome pathCall(SessionCall call) {
        CallOutcome outcome = new CallSteps(this).call(call);
        log.recordPathCall(outcome);
        return outcome;
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

    /** @return the shortest time to watch for an event the contract forbids */
    Duration quietWindow() {
        Duration quiet = settings().quietFor();
        return quiet.compareTo(mustStayQuietAtLeast) >= 0 ? quiet : mustStayQuietAtLeast;
    }

    /**
     * Forbids trace entries from a mark to the end of the scenario: waits the quiet window for
     * one now, failing at once if one comes, and looks again over the whole scenario once its
     * teardown is done.
     *
     * @param from      the mark from which they are forbidden
     * @param forbidden which entries
     * @param describe  what such an entry means, for the failure
     */
    void forbid(int from, Predicate<TraceEntry> forbidden, Function<TraceEntry, String> describe) {
        forbid(List.of(new Watches.Watch(from, forbidden, describe)));
    }

    /**
     * Forbids several kinds of trace entries to the end of the scenario, watching one quiet
     * window for all of them at once.
     *
     * @param forbidden the watches
     */
    void forbid(List<Watches.Watch> forbidden) {
        forbidden.forEach(watches::forbid);
        int from = forbidden.stream().mapToInt(Watches.Watch::from).min().orElseThrow();
        await(from, entry -> forbidden.stream().anyMatch(watch -> watch.sees(entry)), quietWindow()).ifPresent(seen -> {
            throw evidence.violation(forbidden.stream().filter(watch -> watch.sees(seen)).findFirst().orElseThrow()
                    .describe().apply(seen));
        });
    }

    /**
     * Forbids trace entries to the end of the scenario without waiting for one now: the scenario's
     * end looks over the whole trace, teardown included.
     *
     * @param forbidden the watch
     */
    void forbidUntilTheEnd(Watches.Watch forbidden) {
        watches.forbid(forbidden);
    }

    /**
     * Runs a check that calls the session now, and again just before the teardown.
     *
     * @param check the check; it throws its failure
     */
    void checkNowAndAtTheEnd(Runnable check) {
        check.run();
        watches.beforeTeardown(check);
    }

    void markShutDown() {
        shutDown = true;
    }

    /**
     * A call on the way to the scenario's starting point must succeed.
     *
     * @param hr        what it returned
     * @param what      the call, for the message
     * @param rootCause the rule whose scenarios check that call
     */
    void expectOk(HResult hr, String what, RuleId rootCause) {
        if (!hr.succeeded()) {
            throw evidence.blocked(what + " returned " + hr, rootCause);
        }
    }

    /**
     * Waits for an event with a success status, as the way to a starting point needs it.
     *
     * @param mark      where to start looking
     * @param type      the event
     * @param deadline  how long to wait
     * @param why       what the event completes
     * @param rootCause the rule whose scenarios check that event
     * @return the event's trace entry
     */
    TraceEntry expectEvent(int mark, MediaEventType type, Duration deadline, String why, RuleId rootCause) {
        TraceEntry entry = awaitEvent(mark, type, deadline).orElseThrow(() -> evidence.blocked("no " + type.mfName()
                + " within " + deadline.toMillis() + " ms after " + why, rootCause));
        if (!entry.event().status().succeeded()) {
            throw evidence.blocked(why + " completed with " + entry.event(), rootCause);
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
     * Waits on the trace, and surfaces a failure the event pump met meanwhile. A wait ends at
     * once when the implementation's other process fails (it died, or broke the protocol):
     * that failure is the scenario's verdict, and nothing it waits for can come any more.
     *
     * @param mark     where to start looking
     * @param matching what to wait for
     * @param deadline how long
     * @return the matching entry, or empty
     */
    Optional<TraceEntry> await(int mark, Predicate<TraceEntry> matching, Duration deadline) {
        raiseOtherProcessFailure();
        Optional<TraceEntry> found = trace().await(mark, matching.or(ScenarioDriver::isOtherProcessFailure), deadline);
        raiseOtherProcessFailure();
        pump.failure().ifPresent(failure -> {
            throw failure;
        });
        return found;
    }

    private void raiseOtherProcessFailure() {
        checkOtherProcess().ifPresent(failure -> {
            throw failure;
        });
    }

    private static boolean isOtherProcessFailure(TraceEntry entry) {
        return entry.is(TraceEntry.Note.PROCESS_FAILED);
    }

    static Predicate<TraceEntry> isEvent(MediaEventType type) {
        return entry -> entry.isEvent() && entry.event().type() == type;
    }
}
