package dev.mfck.selftest.mutants;

import java.util.List;
import java.util.Set;

/**
 * Every mutant the kit must catch, with the rules it breaks: the rules whose scenarios must FAIL
 * (or time out, or meet a fault), exactly. A scenario the mutant keeps from its starting state
 * is BLOCKED instead, and must point at one of those rules. A mutant whose Close hangs while a
 * sink holds a sample times out in every scenario that reaches closing, and lists those rules.
 */
public final class MutantCatalogue {

    private static final String REACHES = "REACHES-STATES";
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
    private static final String EVENTS = "EVENTS-AFTER-CLOSE";
    private static final String RACES = "CLOSE-RACES-TRANSITION";
    private static final String SECOND_CLOSE = "SECOND-CLOSE";
    private static final String GENERATOR = "GENERATOR-AFTER-CLOSE";
    private static final String NOTHING_AFTER = "NOTHING-AFTER-CLOSED";
    private static final String SHUTDOWN_ALONE = "SHUTDOWN-WITHOUT-CLOSE";
    private static final String CALLBACK = "CLOSE-FROM-CALLBACK";

    private MutantCatalogue() {
    }

    /** @return every mutant */
    public static List<Mutant> all() {
        return List.of(
                new Mutant("close-refused-when-new", "Close on a new session returns MF_E_INVALIDREQUEST",
                        Set.of(RETURNS_OK), CloseMutants.RefusedWhenNew::new),
                new Mutant("synchronous-close", "Close blocks until closing has completed",
                        Set.of(ASYNC, ONE_CLOSED, SAMPLES, CLOCK, RESOURCES, ALLOWED, INVALID, CLOSE_AFTER_SHUTDOWN, FINAL,
                                EVENTS, GENERATOR, SECOND_CLOSE, NOTHING_AFTER), CloseMutants.Synchronous::new),
                new Mutant("no-closed-event", "MESessionClosed is never queued",
                        Set.of(ASYNC, ONE_CLOSED, RACES, CALLBACK, SECOND_CLOSE), CloseMutants.NoClosedEvent::new),
                new Mutant("two-closed-events", "MESessionClosed is queued twice",
                        Set.of(ONE_CLOSED, NOTHING_AFTER, SECOND_CLOSE, RACES, CALLBACK), CloseMutants.TwoClosedEvents::new),
                new Mutant("closed-with-failure", "MESessionClosed carries E_FAIL",
                        Set.of(ONE_CLOSED, RACES, CALLBACK, SECOND_CLOSE), CloseMutants.ClosedWithFailure::new),
                new Mutant("ended-after-closed", "MESessionEnded follows MESessionClosed",
                        Set.of(NOTHING_AFTER), CloseMutants.EndedAfterClosed::new),
                new Mutant("second-close-succeeds", "a second Close succeeds with a second successful MESessionClosed",
                        Set.of(SECOND_CLOSE), CloseMutants.SecondCloseSucceeds::new),
                new Mutant("loses-close-during-start", "Close issued while Start runs is lost",
                        Set.of(RACES), CloseMutants.LosesCloseDuringStart::new),
                new Mutant("keeps-playing-after-closed", "MESessionClosed is queued and playback carries on",
                        Set.of(SAMPLES, CLOCK, RESOURCES, NOTHING_AFTER), ReleaseMutants.KeepsPlaying::new),
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
                        Set.of(ALLOWED, RACES), AfterCloseMutants.ShutdownRefused::new),
                new Mutant("close-accepted-after-shutdown", "Close after Shutdown returns S_OK",
                        Set.of(CLOSE_AFTER_SHUTDOWN), ShutdownMutants.CloseAccepted::new),
                new Mutant("controls-accepted-after-shutdown", "Start, Pause, Stop... return S_OK after Shutdown",
                        Set.of(FINAL), ShutdownMutants.ControlsAccepted::new),
                new Mutant("getters-answer-after-shutdown", "GetClock, GetSessionCapabilities... answer after Shutdown",
                        Set.of(FINAL), ShutdownMutants.GettersAnswer::new),
                new Mutant("generator-answers-after-shutdown", "the event generator answers after Shutdown",
                        Set.of(FINAL), ShutdownMutants.GeneratorAnswers::new),
                new Mutant("shutdown-returns-before-stopping", "Shutdown without Close returns before playback has stopped",
                        Set.of(SHUTDOWN_ALONE, FINAL), ShutdownMutants.ReturnsBeforeStopping::new),
                new Mutant("generator-shut-by-close", "Close shuts the event generator down",
                        Set.of(EVENTS, GENERATOR, INVALID), GeneratorMutants.ShutByClose::new),
                new Mutant("deadlocks-close-in-callback", "Close from inside the event callback deadlocks",
                        Set.of(CALLBACK), GeneratorMutants.DeadlocksInCallback::new),
                // one state or one clip shape only
                new Mutant("close-accepted-after-shutdown-from-stopped", "Close after Shutdown returns S_OK if the "
                        + "session was stopped", Set.of(CLOSE_AFTER_SHUTDOWN), StateMutants.CloseAcceptedAfterShutdownFromStopped::new),
                new Mutant("topology-checked-before-shutdown", "GetFullTopology after Shutdown answers E_INVALIDARG "
                        + "when the session never had a topology", Set.of(FINAL), StateMutants.TopologyCheckedBeforeShutdown::new),
                new Mutant("video-only-flushes-after-closed", "a video-only presentation delivers a sample after "
                        + "MESessionClosed", Set.of(SAMPLES), StateMutants.VideoOnlyFlushesAfterClosed::new),
                new Mutant("resumes-after-close-from-paused", "Start from the current position after a Close made "
                        + "while paused resumes", Set.of(INVALID), StateMutants.ResumesAfterCloseFromPaused::new),
                new Mutant("keeps-buffers-when-closed-from-stopped", "Close from stopped keeps the sample buffers",
                        Set.of(RESOURCES), StateMutants.KeepsBuffersWhenClosedFromStopped::new),
                // late: after the first satisfying observation, or in the teardown
                new Mutant("refuses-then-starts", "Start after Close answers MF_E_INVALIDREQUEST on its event, then "
                        + "MESessionStarted with S_OK", Set.of(INVALID), LateMutants.RefusesThenStarts::new),
                new Mutant("shutdown-flushes-after-close", "Shutdown after Close delivers one more sample to every sink",
                        Set.of(SAMPLES), LateMutants.ShutdownFlushesAfterClose::new),
                new Mutant("closed-again-on-shutdown", "Shutdown after Close queues a second MESessionClosed",
                        Set.of(ONE_CLOSED, NOTHING_AFTER, SECOND_CLOSE, RACES, CALLBACK), LateMutants.ClosedAgainOnShutdown::new),
                // checks as strong as the rule text
                new Mutant("refused-start-runs-the-clock", "Start after Close is refused, and starts the clock",
                        Set.of(INVALID), WeakCheckMutants.RefusedStartRunsTheClock::new),
                new Mutant("clock-fails-after-closed", "the clock answers E_FAIL after MESessionClosed",
                        Set.of(CLOCK), WeakCheckMutants.ClockFailsAfterClosed::new),
                new Mutant("new-clock-after-close", "GetClock after Close returns a new clock",
                        Set.of(ALLOWED), WeakCheckMutants.NewClockAfterClose::new),
                new Mutant("forgets-topology-at-close", "GetFullTopology answers E_INVALIDARG after Close",
                        Set.of(ALLOWED), WeakCheckMutants.ForgetsTopologyAtClose::new),
                new Mutant("names-no-resource", "LiveResources names no resource",
                        Set.of(RESOURCES), WeakCheckMutants.NamesNoResource::new),
                new Mutant("second-close-cancels-first", "a second Close while closing cancels the first's MESessionClosed",
                        Set.of(SECOND_CLOSE), WeakCheckMutants.SecondCloseCancelsFirst::new),
                new Mutant("close-waits-for-the-sink", "Close waits 450 ms for a sink callback in progress",
                        Set.of(ASYNC), WeakCheckMutants.CloseWaitsForTheSink::new),
                // the states themselves
                new Mutant("pause-keeps-playing", "Pause answers MESessionPaused and playback goes on",
                        Set.of(REACHES), PlaybackMutants.PauseKeepsPlaying::new),
                new Mutant("video-only-never-plays", "a clip without audio never plays",
                        Set.of(REACHES), PlaybackMutants.VideoOnlyNeverPlays::new));
    }
}
