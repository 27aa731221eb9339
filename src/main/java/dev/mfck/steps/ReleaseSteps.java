package dev.mfck.steps;

import dev.mfck.spi.CallResult;
import dev.mfck.spi.ClockState;
import dev.mfck.spi.PresentationClock;
import dev.mfck.trace.TraceEntry;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/** Once closed (or shut down), nothing of the pipeline runs: samples, clock and resources. */
public final class ReleaseSteps {

    private final ScenarioContext context;
    private PresentationClock clock;

    /** @param context the scenario's shared state */
    public ReleaseSteps(ScenarioContext context) {
        this.context = context;
    }

    /** Takes the presentation clock before Close; when the session plays, the clock must run. */
    @Given("the application holds the presentation clock")
    public void theApplicationHoldsThePresentationClock() {
        CallResult<PresentationClock> result = context.session().getClock();
        context.expectOk(result.hr(), "GetClock");
        clock = result.value();
        CallResult<ClockState> state = context.session().clockState(clock);
        if (state.hr().succeeded() && state.value() == ClockState.RUNNING) {
            long before = readTime();
            int mark = context.trace().mark();
            context.await(mark, TraceEntry::isSample, ScenarioContext.settings().eventWithin());
            if (readTime() <= before) {
                throw context.evidence().precondition("the presentation clock reports RUNNING but its time did not advance "
                        + "while samples played");
            }
        }
    }

    /** No sample reaches a sink once MESessionClosed has been queued. */
    @Then("no sample reaches a sink after MESessionClosed")
    public void noSampleAfterClosed() {
        TraceEntry closed = ClosedEvent.precondition(context);
        context.await(closed.index() + 1, TraceEntry::isSample, context.quietWindow());
        List<TraceEntry> late = context.trace().since(closed.index() + 1).stream().filter(TraceEntry::isSample).toList();
        if (!late.isEmpty()) {
            throw context.evidence().violation(lateSamples(late, "MESessionClosed", closed.millis()));
        }
    }

    /** No sample reaches a sink once the last call (Shutdown) has returned. */
    @Then("no sample reaches a sink after the call returned")
    public void noSampleAfterTheCallReturned() {
        CallOutcome call = context.lastCall();
        context.await(call.markBefore(), e -> e.isSample() && e.nanos() > call.returnedAt(),
                context.quietWindow());
        List<TraceEntry> late = context.trace().since(call.markBefore()).stream()
                .filter(e -> e.isSample() && e.nanos() > call.returnedAt()).toList();
        if (!late.isEmpty()) {
            throw context.evidence().violation(lateSamples(late, call.method().mfName() + " returned", call.returnedAt() / 1e6));
        }
    }

    /** The clock taken before Close stands still once MESessionClosed has been queued. */
    @Then("the presentation clock stands still after MESessionClosed")
    public void theClockStandsStill() {
        TraceEntry closed = ClosedEvent.precondition(context);
        CallResult<Long> first = context.session().clockTime(clock);
        if (first.hr().failed()) {
            return; // a clock that reports itself shut down does not run
        }
        // watch the pipeline for the quiet window; the clock must not move meanwhile
        context.await(closed.index() + 1, TraceEntry::isSample, context.quietWindow());
        CallResult<Long> second = context.session().clockTime(clock);
        CallResult<ClockState> state = context.session().clockState(clock);
        boolean moved = second.hr().succeeded() && !Objects.equals(second.value(), first.value());
        boolean running = state.hr().succeeded() && state.value() == ClockState.RUNNING;
        if (moved || running) {
            throw context.evidence().violation(String.format("after MESessionClosed the clock read %s, then %s %d ms later, "
                            + "and its state is %s", first.value(), second.value(),
                    context.quietWindow().toMillis(), state.hr().succeeded() ? state.value() : state.hr()));
        }
    }

    /** Every declared resource is back at its baseline once MESessionClosed has been queued. */
    @Then("the session's live resources are back at their baseline after MESessionClosed")
    public void resourcesBackAtBaseline() {
        if (!context.session().reportsLiveResources()) {
            throw context.evidence().notSupported("the session does not implement dev.mfck.spi.LiveResources, "
                    + "so the kit cannot see what Close releases");
        }
        ClosedEvent.precondition(context);
        Map<String, Long> baseline = context.baselineResources().orElseThrow();
        Map<String, Long> now = context.session().liveResources().orElseThrow();
        Map<String, String> differences = new TreeMap<>();
        baseline.forEach((kind, count) -> {
            if (!Objects.equals(now.get(kind), count)) {
                differences.put(kind, now.get(kind) + " (baseline " + count + ")");
            }
        });
        now.keySet().stream().filter(kind -> !baseline.containsKey(kind))
                .forEach(kind -> differences.put(kind, now.get(kind) + " (not reported when new)"));
        if (!differences.isEmpty()) {
            throw context.evidence().violation("after MESessionClosed the session still holds " + differences
                    + "; when new it held " + new TreeMap<>(baseline));
        }
    }

    private long readTime() {
        CallResult<Long> time = context.session().clockTime(clock);
        context.expectOk(time.hr(), "PresentationClock.GetTime");
        return time.value();
    }

    private static String lateSamples(List<TraceEntry> late, String after, double atMillis) {
        TraceEntry first = late.get(0);
        return String.format("%d sample(s) reached a sink after %s at %+.3f ms; the first at %+.3f ms "
                        + "(stream %d, sample time %.3f s, %d bytes)", late.size(), after, atMillis, first.millis(),
                first.sample().stream(), first.sample().sampleTime() / 1e7, first.sample().size());
    }
}
