package dev.mfck.steps;

import dev.mfck.config.KitSettings;
import dev.mfck.failure.ConformanceFailure;
import dev.mfck.matrix.SessionState;
import dev.mfck.model.ContractModel;
import dev.mfck.model.Departure;
import dev.mfck.model.Expectation;
import dev.mfck.model.History;
import dev.mfck.model.Judgement;
import dev.mfck.model.ModelCall;
import dev.mfck.rules.RuleId;
import dev.mfck.spi.CallResult;
import dev.mfck.spi.ClockState;
import dev.mfck.spi.HResult;
import dev.mfck.spi.PresentationClock;
import dev.mfck.timing.Deadline;
import dev.mfck.trace.TraceEntry;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;

/**
 * The steps of scenarios that {@code mfck explore} writes: the application's calls are the
 * suite's own steps; these wait for the session's answers and judge the whole scenario against
 * the executable model of the contract ({@link ContractModel}), which names the rule broken.
 */
public final class ModelSteps {

    private final ScenarioDriver driver;

    /** @param driver the scenario's shared state */
    public ModelSteps(ScenarioDriver driver) {
        this.driver = driver;
    }

    /**
     * Waits, up to the event deadline, for every event the contract says must still come; while
     * a sink holds a sample, closing cannot complete, so it does not wait then. When the kit has
     * asked to hold the next sample, it first waits up to the quiet window for a sink to hold one.
     */
    public void theKitWaitsForTheAnswers() {
        if (driver.gate().armed()) {
            driver.gate().awaitHolding(settings().quietFor());
        }
        if (!driver.gate().isHolding()) {
            awaitAnswers();
        }
    }

    /**
     * Lets a held sample go, then judges everything the scenario did and saw against the model: the calls' results, the
     * events (and those still due), the samples; then, once the session is closed, its clock
     * and its working resources.
     */
    public void theSessionKeptTheContract() {
        driver.gate().release();
        closeFromTheCallback();
        awaitAnswers();
        closeFromTheCallback(); // the event that calls it may have come while the kit waited
        Judgement judgement = awaitAnswers(); // and then the Close made there is due its MESessionClosed
        judgement.departure().ifPresent(this::depart);
        judgement.pending().stream().findFirst().ifPresent(missing -> depart(new Departure(missing.ruleId(), "no "
                + missing.describe() + " within " + settings().eventWithin().toMillis() + " ms")));
        if (judgement.closed()) {
            closedStandsStill(judgement);
        } else if (judgement.still()) {
            driver.await(driver.trace().mark(), TraceEntry::isSample, settings().quietFor());
        }
        judge().departure().ifPresent(this::depart);
    }

    /**
     * @return the model's judgement of the scenario so far
     */
    Judgement judge() {
        SessionState state = driver.log().state();
        if (state.stage() != SessionState.Stage.AS_IS) {
            throw new IllegalArgumentException("the model judges scenarios that start from a state as it is, not '"
                    + state + "'");
        }
        return ModelJudge.soFar(driver);
    }

    private Judgement awaitAnswers() {
        Deadline deadline = Deadline.in(settings().eventWithin());
        while (true) {
            int mark = driver.trace().mark();
            Judgement judgement = judge();
            if (judgement.departure().isPresent() || judgement.pending().isEmpty() || deadline.passed()) {
                return judgement;
            }
            driver.await(mark, TraceEntry::isEvent, Duration.ofNanos(Math.max(1, deadline.remainingNanos())));
        }
    }

    private void closeFromTheCallback() {
        CompletableFuture<HResult> close = driver.log().callbackClose().orElse(null);
        if (close == null) {
            return;
        }
        Duration within = settings().callWithin();
        try {
            Deadline.in(within).await(close);
        } catch (TimeoutException e) {
            depart(new Departure(RuleId.CLOSE_FROM_CALLBACK, "Close, called from inside the event callback, "
                    + "had not returned " + within.toMillis() + " ms later"));
        } catch (ExecutionException e) {
            String what = e.getCause() instanceof ConformanceFailure failure ? failure.observed() : String.valueOf(e.getCause());
            depart(new Departure(RuleId.CLOSE_FROM_CALLBACK, "Close, called from inside the event callback: " + what));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A closed session holds only its baseline resources, and its clock does not run. */
    private void closedStandsStill(Judgement judgement) {
        if (driver.session().reportsLiveResources()) {
            Map<String, Long> baseline = driver.log().baselineResources().orElseThrow();
            if (baseline.isEmpty()) {
                depart(new Departure(RuleId.CLOSE_RELEASES_RESOURCES, "LiveResources names no resource: a session that "
                        + "declares it reports what it holds, so the kit can see Close release it"));
            }
            Map<String, Long> now = driver.session().liveResources().orElseThrow();
            if (!now.equals(baseline)) {
                depart(new Departure(RuleId.CLOSE_RELEASES_RESOURCES, "after MESessionClosed the session holds "
                        + new TreeMap<>(now) + "; when new it held " + new TreeMap<>(baseline)));
            }
        }
        CallResult<PresentationClock> clock = driver.session().getClock();
        if (clock.hr().failed()) {
            return;
        }
        CallResult<Long> first = driver.session().clockTime(clock.value());
        driver.await(driver.trace().mark(), entry -> false, settings().quietFor());
        CallResult<Long> second = driver.session().clockTime(clock.value());
        CallResult<ClockState> state = driver.session().clockState(clock.value());
        boolean timeStill = second.hr().equals(HResult.MF_E_SHUTDOWN)
                || second.hr().succeeded() && first.hr().succeeded() && Objects.equals(first.value(), second.value())
                || second.hr().equals(HResult.MF_E_CLOCK_NO_TIME_SOURCE) && first.hr().equals(second.hr());
        boolean notRunning = state.hr().equals(HResult.MF_E_SHUTDOWN)
                || state.hr().succeeded() && state.value() != ClockState.RUNNING;
        if (!timeStill || !notRunning) {
            String read = "after MESessionClosed the presentation clock's GetTime returned " + describe(first) + ", then "
                    + describe(second) + " " + settings().quietFor().toMillis() + " ms later, and GetState " + describe(state);
            depart(judgement.startRefusedAfterClose() && second.hr().succeeded()
                    ? new Departure(RuleId.INVALID_AFTER_CLOSE, read + ": a Start refused after Close must not "
                    + "start the clock")
                    : new Departure(RuleId.CLOSE_STOPS_CLOCK, read + ": a closed session's clock stands still"));
        }
    }

    private void depart(Departure departure) {
        throw driver.evidence().blocked(departure.observed(), departure.ruleId());
    }

    private static String describe(CallResult<?> result) {
        return result.hr().succeeded() ? String.valueOf(result.value()) : result.hr().toString();
    }

    private static KitSettings settings() {
        return ScenarioDriver.settings();
    }
}
