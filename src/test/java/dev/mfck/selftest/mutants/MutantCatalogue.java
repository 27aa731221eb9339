package dev.mfck.selftest.mutants;

import java.util.List;
import java.util.Set;

/**
 * Every mutant the kit must catch, with the rules it breaks. A mutant that makes a state
 * unreachable (no MESessionClosed, a Close that blocks) breaks every rule checked from that
 * state, and lists them all.
 */
public final class MutantCatalogue {

    private static final String RETURNS_OK = "CLOSE-RETURNS-OK";
    private static final String ASYNC = "CLOSE-IS-ASYNC";
    private static final String ONE_CLOSED = "CLOSE-ONE-CLOSED-EVENT";
    private static final String SAMPLES = "CLOSE-STOPS-SAMPLES";
    private static final String CLOCK = "CLOSE-STOPS-CLOCK";
    private static final String RESOURCES = "CLOSE-RELEASES-RESOURCES";
    private static final String ALLOWED = "ALLOWED-AFTER-CLOSE";
    private static final String INVALID = "INVALID-AFTER-CLOSE";
    private static final String CLOSE_AFTER_SHUTDOWN = "CLOSE-AFTER-SHUTDOWN";
    private static final String FINAL = "SHUTDOWN-IS-FINAL";
    private static final String SECOND_CLOSE = "SECOND-CLOSE";
    private static final String EVENTS = "EVENTS-AFTER-CLOSE";
    private static final String NOTHING_AFTER = "NOTHING-AFTER-CLOSED";
    private static final String RACES = "CLOSE-RACES-TRANSITION";
    private static final String SHUTDOWN_ALONE = "SHUTDOWN-WITHOUT-CLOSE";
    private static final String CALLBACK = "CLOSE-FROM-CALLBACK";

    private MutantCatalogue() {
    }

    /** @return every mutant */
    public static List<Mutant> all() {
        return List.of(
                new Mutant("close-refused-when-new", "Close on a new session returns MF_E_INVALIDREQUEST",
                        Set.of(RETURNS_OK, ONE_CLOSED, RESOURCES), CloseMutants.RefusedWhenNew::new),
                new Mutant("synchronous-close", "Close blocks until closing has completed",
                        Set.of(ASYNC, ONE_CLOSED, ALLOWED, INVALID, SECOND_CLOSE), CloseMutants.Synchronous::new),
                new Mutant("no-closed-event", "MESessionClosed is never queued",
                        Set.of(ASYNC, ONE_CLOSED, SAMPLES, CLOCK, RESOURCES, ALLOWED, INVALID, CLOSE_AFTER_SHUTDOWN,
                                SECOND_CLOSE, EVENTS, NOTHING_AFTER, RACES, CALLBACK), CloseMutants.NoClosedEvent::new),
                new Mutant("two-closed-events", "MESessionClosed is queued twice",
                        Set.of(ONE_CLOSED, NOTHING_AFTER, SECOND_CLOSE, RACES, CALLBACK), CloseMutants.TwoClosedEvents::new),
                new Mutant("closed-with-failure", "MESessionClosed carries E_FAIL",
                        Set.of(ONE_CLOSED, ALLOWED, INVALID, CLOSE_AFTER_SHUTDOWN, SECOND_CLOSE, EVENTS, RACES, CALLBACK),
                        CloseMutants.ClosedWithFailure::new),
                new Mutant("ended-after-closed", "MESessionEnded follows MESessionClosed",
                        Set.of(NOTHING_AFTER), CloseMutants.EndedAfterClosed::new),
                new Mutant("second-close-succeeds", "a second Close succeeds with a second successful MESessionClosed",
                        Set.of(SECOND_CLOSE), CloseMutants.SecondCloseSucceeds::new),
                new Mutant("loses-close-during-start", "Close issued while Start runs is lost",
                        Set.of(RACES), CloseMutants.LosesCloseDuringStart::new),
                new Mutant("keeps-playing-after-closed", "MESessionClosed is queued and playback carries on",
                        Set.of(SAMPLES, CLOCK, RESOURCES, INVALID, SECOND_CLOSE, NOTHING_AFTER), ReleaseMutants.KeepsPlaying::new),
                new Mutant("clock-runs-after-closed", "the clock runs again after MESessionClosed",
                        Set.of(CLOCK), ReleaseMutants.ClockRuns::new),
                new Mutant("keeps-resources", "Close releases nothing it holds",
                        Set.of(RESOURCES), ReleaseMutants.KeepsResources::new),
                new Mutant("start-performed-after-close", "Start after Close reports MESessionStarted with S_OK",
                        Set.of(INVALID), AfterCloseMutants.StartPerformed::new),
                new Mutant("set-topology-performed-after-close", "SetTopology after Close reports success",
                        Set.of(INVALID), AfterCloseMutants.SetTopologyPerformed::new),
                new Mutant("silently-accepted-after-close", "refused methods return S_OK after Close and queue nothing",
                        Set.of(INVALID), AfterCloseMutants.SilentlyAccepted::new),
                new Mutant("pause-wrong-error-after-close", "Pause after Close reports E_FAIL, not MF_E_INVALIDREQUEST",
                        Set.of(INVALID), AfterCloseMutants.PauseWrongError::new),
                new Mutant("clock-refused-after-close", "GetClock is refused after Close",
                        Set.of(ALLOWED), AfterCloseMutants.ClockRefused::new),
                new Mutant("topology-refused-after-close", "GetFullTopology is refused after Close",
                        Set.of(ALLOWED), AfterCloseMutants.TopologyRefused::new),
                new Mutant("capabilities-refused-after-close", "GetSessionCapabilities is refused after Close",
                        Set.of(ALLOWED), AfterCloseMutants.CapabilitiesRefused::new),
                new Mutant("shutdown-refused-after-close", "Shutdown is refused after Close",
                        Set.of(ALLOWED, CLOSE_AFTER_SHUTDOWN), AfterCloseMutants.ShutdownRefused::new),
                new Mutant("close-accepted-after-shutdown", "Close after Shutdown returns S_OK",
                        Set.of(CLOSE_AFTER_SHUTDOWN), ShutdownMutants.CloseAccepted::new),
                new Mutant("controls-accepted-after-shutdown", "Start, Pause, Stop... return S_OK after Shutdown",
                        Set.of(FINAL), ShutdownMutants.ControlsAccepted::new),
                new Mutant("getters-answer-after-shutdown", "GetClock, GetSessionCapabilities... answer after Shutdown",
                        Set.of(FINAL), ShutdownMutants.GettersAnswer::new),
                new Mutant("generator-answers-after-shutdown", "the event generator answers after Shutdown",
                        Set.of(FINAL), ShutdownMutants.GeneratorAnswers::new),
                new Mutant("shutdown-returns-before-stopping", "Shutdown returns before playback has stopped",
                        Set.of(SHUTDOWN_ALONE, FINAL), ShutdownMutants.ReturnsBeforeStopping::new),
                new Mutant("generator-shut-by-close", "Close shuts the event generator down",
                        Set.of(EVENTS, INVALID), GeneratorMutants.ShutByClose::new),
                new Mutant("deadlocks-close-in-callback", "Close from inside the event callback deadlocks",
                        Set.of(CALLBACK), GeneratorMutants.DeadlocksInCallback::new));
    }
}
