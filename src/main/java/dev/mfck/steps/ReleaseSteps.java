package dev.mfck.steps;

import dev.mfck.matrix.BaseState;
import dev.mfck.rules.RuleId;
import dev.mfck.spi.CallResult;
import dev.mfck.spi.ClockState;
import dev.mfck.spi.HResult;
import dev.mfck.spi.PresentationClock;
import dev.mfck.trace.TraceEntry;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/** Once closed (or shut down), nothing of the pipeline runs: samples, clock and resources, to the end. */
public final class ReleaseSteps {

    private final ScenarioDriver driver;

    /** @param driver the scenario's shared state */
    public ReleaseSteps(ScenarioDriver driver) {
        this.driver = driver;
    }

    /** No sample reaches a sink from MESessionClosed to the end of the scenario. */
    public void noSampleAfterClosed() {
        TraceEntry closed = ClosedEvent.taken(driver);
        driver.forbid(closed.index() + 1, TraceEntry::isSample, sample -> lateSample(sample, "MESessionClosed",
                closed.millis()));
    }

    /** No sample reaches a sink from the moment the last call (Shutdown) returned to the end of the scenario. */
    public void noSampleAfterTheCallReturned() {
        CallOutcome call = driver.log().lastCall();
        driver.forbid(call.markBefore(), e -> e.isSample() && e.nanos() > call.returnedAt(),
                sample -> lateSample(sample, call.call() + " returned", call.returnedAt() / 1e6));
    }

    /**
     * The clock the session had before Close stands still from MESessionClosed to the end: it
     * answers MF_E_SHUTDOWN, or a time that does not move, and is never running.
     */
    public void theClockStandsStill() {
        ClosedEvent.taken(driver);
        BeforeClose before = driver.log().beforeClose();
        PresentationClock clock = before.heldClock().orElseThrow(() -> driver.evidence().blocked(
                "GetClock returned " + before.clock().hr() + " before Close, so there is no clock to watch",
                RuleId.REACHES_STATES));
        CallResult<Long> first = read(clock, null);
        driver.await(driver.trace().mark(), e -> false, driver.quietWindow());
        driver.checkNowAndAtTheEnd(() -> read(clock, first));
    }

    /**
     * Reads the clock and judges it: MF_E_SHUTDOWN, or the same time as the first reading, or
     * MF_E_CLOCK_NO_TIME_SOURCE at every reading (a clock that never had a time source cannot
     * run: Windows' session gives its clock one only when it first starts, as Wine's
     * {@code dlls/mf/tests/mf.c} shows of a new session's clock); its state MF_E_SHUTDOWN or not
     * running.
     *
     * @param first the first reading after MESessionClosed, or null for the first reading itself
     * @return this reading
     */
    private CallResult<Long> read(PresentationClock clock, CallResult<Long> first) {
        CallResult<Long> time = driver.session().clockTime(clock);
        CallResult<ClockState> state = driver.session().clockState(clock);
        String read = "after MESessionClosed the presentation clock's GetTime returned " + describe(time)
                + (first != null ? " (first " + describe(first) + ")" : "") + " and GetState " + describe(state);
        boolean timeOk = time.hr().equals(HResult.MF_E_SHUTDOWN) || time.hr().succeeded()
                && (first == null || first.hr().succeeded() && Objects.equals(first.value(), time.value()))
                || time.hr().equals(HResult.MF_E_CLOCK_NO_TIME_SOURCE)
                && (first == null || first.hr().equals(HResult.MF_E_CLOCK_NO_TIME_SOURCE));
        boolean stateOk = state.hr().equals(HResult.MF_E_SHUTDOWN) || state.hr().succeeded()
                && state.value() != ClockState.RUNNING;
        if (!timeOk || !stateOk) {
            throw driver.evidence().violation(read + ": a closed session's clock reports MF_E_SHUTDOWN, a time "
                    + "that stands still, or MF_E_CLOCK_NO_TIME_SOURCE throughout, and is not running");
        }
        return time;
    }

    /**
     * Every resource the session declares is back at its baseline from MESessionClosed to the end;
     * the session reports at least one, and held more while it played.
     */
    public void resourcesBackAtBaseline() {
        if (!driver.session().reportsLiveResources()) {
            throw driver.evidence().notSupported("the session does not implement dev.mfck.spi.LiveResources, "
                    + "so the kit cannot see what Close releases");
        }
        ClosedEvent.taken(driver);
        Map<String, Long> baseline = driver.log().baselineResources().orElseThrow();
        if (baseline.isEmpty()) {
            throw driver.evidence().violation("LiveResources names no resource: a session that declares it reports "
                    + "what it holds (threads, decoders, samples in flight), so the kit can see Close release them");
        }
        BaseState from = driver.log().state().base();
        Map<String, Long> playing = driver.log().beforeClose().resources().orElseThrow();
        if ((from == BaseState.STARTED || from == BaseState.CLOSING) && playing.equals(baseline)) {
            throw driver.evidence().violation("LiveResources reported " + new TreeMap<>(playing) + " while the session "
                    + "played, the same as when it was new: the counts do not report what a playing session holds");
        }
        driver.checkNowAndAtTheEnd(() -> {
            Map<String, Long> now = driver.session().liveResources().orElseThrow();
            Map<String, String> differences = new TreeMap<>();
            baseline.forEach((kind, count) -> {
                if (!Objects.equals(now.get(kind), count)) {
                    differences.put(kind, now.get(kind) + " (baseline " + count + ")");
                }
            });
            now.keySet().stream().filter(kind -> !baseline.containsKey(kind))
                    .forEach(kind -> differences.put(kind, now.get(kind) + " (not reported when new)"));
            if (!differences.isEmpty()) {
                throw driver.evidence().violation("after MESessionClosed the session holds " + differences
                        + "; when new it held " + new TreeMap<>(baseline) + "; while it played, " + new TreeMap<>(playing));
            }
        });
    }

    private static String describe(CallResult<?> result) {
        return result.hr().succeeded() ? String.valueOf(result.value()) : result.hr().toString();
    }

    private static String lateSample(TraceEntry sample, String after, double atMillis) {
        return String.format("a sample reached a sink after %s at %+.3f ms: at %+.3f ms (stream %d, sample time %.3f s, "
                        + "%d bytes)", after, atMillis, sample.millis(), sample.sample().stream(),
                sample.sample().sampleTime() / 1e7, sample.sample().size());
    }
}
