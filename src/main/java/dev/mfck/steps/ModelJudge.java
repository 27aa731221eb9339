package dev.mfck.steps;

import dev.mfck.config.KitSettings;
import dev.mfck.matrix.BaseState;
import dev.mfck.model.ContractModel;
import dev.mfck.model.History;
import dev.mfck.model.Judgement;
import dev.mfck.model.ModelCall;
import dev.mfck.timing.Deadline;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Puts what a scenario did and saw before the executable model of the contract. */
final class ModelJudge {

    private ModelJudge() {
    }

    /**
     * The model's judgement of a scenario so far, as exploration's steps ask for it: what is still
     * due is theirs to wait for and judge.
     *
     * @param driver the scenario, once it has reached its state
     * @return the judgement of everything from the state on
     */
    static Judgement soFar(ScenarioDriver driver) {
        int from = driver.log().stateMark();
        return judge(driver.log().state().base(), from, driver, driver.log().history().stream()
                .filter(call -> call.markBefore() >= from).toList(), Optional.empty());
    }

    /**
     * The model's judgement of a whole scenario, its teardown included, beside the steps' own:
     * an event due for longer than the event deadline is missing, and the teardown's Shutdown
     * counts for what it does to the session, not for what it returned.
     *
     * @param driver the scenario, ended, once it has reached its state's base state
     * @return the judgement of everything from the base state on: the way to a closed or shut
     *         down state, the application's calls, the events and samples, the teardown
     */
    static Judgement whole(ScenarioDriver driver) {
        List<CallOutcome> calls = new ArrayList<>(driver.log().history());
        driver.log().teardownShutdown().ifPresent(calls::add);
        if (driver.log().baseMark() < 0) {
            throw new IllegalStateException("the model judges a scenario once its session is in a state");
        }
        return judge(driver.log().modelStart(), driver.log().baseMark(), driver, calls, Optional.of(settings().eventWithin()));
    }

    private static Judgement judge(BaseState start, int from, ScenarioDriver driver, List<CallOutcome> calls,
                                   Optional<Duration> overdueAfter) {
        Optional<CallOutcome> teardown = driver.log().teardownShutdown();
        return ContractModel.judge(new History(start, from,
                calls.stream().map(call -> modelCall(driver, call, teardown.isEmpty() || call != teardown.get())).toList(),
                driver.trace().entries(), settings().asyncReturnWithin(), CallSteps.MARKER_PREFIX, overdueAfter));
    }

    /**
     * The call as the model sees it; how long it took counts only the time the machine let the
     * kit run (less the time it held the kit back, up to the asynchronous-return deadline), as
     * the suite's own "at once" does.
     */
    private static ModelCall modelCall(ScenarioDriver driver, CallOutcome call, boolean judged) {
        long origin = driver.trace().originNanos();
        Duration within = settings().asyncReturnWithin();
        long lost = Deadline.allowed(within, origin + call.startedAt(), origin + call.returnedAt()).minus(within).toNanos();
        return new ModelCall(call.call().text(), call.call().kind(), call.method().completion().orElse(null), call.hr(),
                call.value(), call.markBefore(), call.markAfter(), call.returnedAt() - call.startedAt() - lost,
                call.fromCallback(), judged);
    }

    private static KitSettings settings() {
        return ScenarioDriver.settings();
    }
}
