package dev.mfck.steps;

import dev.mfck.failure.ConformanceFailure;
import dev.mfck.matrix.SessionState;
import dev.mfck.rules.Rule;
import dev.mfck.rules.RuleId;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The one interpreter of the suite's steps: it begins a scenario, performs its typed steps one
 * by one, and ends it with the end-of-scenario checks. Cucumber's glue ({@link SuiteGlue}) hands
 * it the steps of the feature files; {@code mfck explore} the sequences it writes.
 */
public final class Interpreter {

    private final ScenarioDriver driver;
    private final StateSteps states;
    private final CallSteps calls;
    private final SampleHoldSteps holds;
    private final CallbackSteps callbacks;
    private final ModelSteps model;
    private final ShutdownSteps shutdowns;
    private final AllowedSteps allowed;
    private final ClosedEventSteps closed;
    private final EventGeneratorSteps generator;
    private final RefusedSteps refused;
    private final ReleaseSteps released;
    private Rule rule;
    private Throwable failed;
    private Step failedStep;

    /** @param driver the scenario's shared state, fresh */
    public Interpreter(ScenarioDriver driver) {
        this.driver = driver;
        this.states = new StateSteps(driver);
        this.calls = new CallSteps(driver);
        this.holds = new SampleHoldSteps(driver);
        this.callbacks = new CallbackSteps(driver);
        this.model = new ModelSteps(driver);
        this.shutdowns = new ShutdownSteps(driver);
        this.allowed = new AllowedSteps(driver);
        this.closed = new ClosedEventSteps(driver);
        this.generator = new EventGeneratorSteps(driver);
        this.refused = new RefusedSteps(driver);
        this.released = new ReleaseSteps(driver);
    }

    /**
     * What a scenario run by the interpreter alone came to.
     *
     * @param failure  the failure that ended it, if it did not pass
     * @param failedAt the index of the step that failed, or -1 (the end's checks fail at the number of steps)
     * @param coverage the (state, call) pairs it reached, as the model names them
     * @param trace    its trace, rendered
     */
    public record Outcome(Optional<ConformanceFailure> failure, int failedAt, Set<String> coverage, String trace) {
    }

    /**
     * Runs a whole scenario, begin and end included, without Cucumber: what {@code mfck explore}
     * runs by the thousand and then prints as Gherkin.
     *
     * @param rule  the rule it is tagged with: the rule a failure of its own counts against
     * @param steps its steps
     * @return what it came to
     */
    public static Outcome run(Rule rule, List<Step> steps) {
        Interpreter interpreter = new Interpreter(new ScenarioDriver());
        interpreter.begin(rule);
        try {
            Optional<ConformanceFailure> failure = Optional.empty();
            int failedAt = -1;
            for (int i = 0; i < steps.size() && failure.isEmpty(); i++) {
                try {
                    interpreter.perform(steps.get(i));
                } catch (ConformanceFailure failed) {
                    failure = Optional.of(failed);
                    failedAt = i;
                }
            }
            Optional<ConformanceFailure> late = interpreter.end(failure.isPresent());
            if (failure.isEmpty() && late.isPresent()) {
                failure = late;
                failedAt = steps.size();
            }
            Set<String> coverage = interpreter.reachedState() ? interpreter.model.judge().coverage() : Set.of();
            return new Outcome(failure, failedAt, coverage, interpreter.driver.trace().render());
        } finally {
            interpreter.release();
        }
    }

    /**
     * Starts a scenario.
     *
     * @param rule the rule it checks
     */
    public void begin(Rule rule) {
        this.rule = rule;
        driver.begin(rule);
    }

    /**
     * Performs one step.
     *
     * @param step the step
     * @throws ConformanceFailure when the session did not do what the step requires
     */
    public void perform(Step step) {
        try {
            act(step);
        } catch (RuntimeException | Error failure) {
            if (failed == null) {
                failed = failure;
                failedStep = step;
            }
            throw failure;
        }
    }

    private void act(Step step) {
        if (step instanceof Step.InState given) {
            states.aSessionInTheState(given.state(), given.clip());
        } else if (step instanceof Step.Call call) {
            calls.theApplicationCalls(call.call());
        } else if (step instanceof Step.CallsAtOnce atOnce) {
            calls.theApplicationCallsAtOnce(atOnce.calls());
        } else if (step instanceof Step.CallsEachOf each) {
            calls.theApplicationCallsEachOf(each.calls());
        } else if (step instanceof Step.CloseFromCallback callback) {
            callbacks.closeFromInsideTheCallback(callback.event());
        } else if (step instanceof Step.CallReturns returns) {
            calls.theCallReturns(returns.expected());
        } else if (step instanceof Step.EveryCallReturns returns) {
            calls.everyCallReturns(returns.expected());
        } else if (step instanceof Step.Fixed fixed) {
            perform(fixed.step());
        } else {
            throw new IllegalArgumentException("no interpretation of " + step);
        }
    }

    private void perform(FixedStep step) {
        switch (step) {
            case KIT_TAKES_EVENTS_WITH_GET_EVENT -> generator.theKitTakesEventsWithGetEvent();
            case KITS_BEGIN_GET_EVENT_PENDING -> generator.theKitsOwnBeginGetEventIsPending();
            case CLOSED_SESSION_STOOD_STILL -> refused.theClosedSessionHasStoodStill();
            case HOLD_NEXT_SAMPLE -> holds.theKitHoldsTheNextSample();
            case SINK_HOLDING_A_SAMPLE -> holds.aSinkIsHoldingASample();
            case LET_HELD_SAMPLE_GO -> holds.theKitLetsTheHeldSampleGo();
            case CLIP_PLAYS_TO_ITS_END -> callbacks.theClipPlaysToItsEnd();
            case BLOCKING_GET_EVENT -> shutdowns.theApplicationCallsABlockingGetEvent();
            case SHUTDOWN_WHILE_HOLDING -> shutdowns.theApplicationCallsShutdownWhileHolding();
            case WAIT_FOR_ANSWERS -> model.theKitWaitsForTheAnswers();
            case CALL_VALID_AS_BEFORE_CLOSE -> allowed.theCallIsValidAndAnswersAsBefore();
            case CLOSE_FROM_CALLBACK_RETURNS_OK -> callbacks.closeFromTheCallbackReturnsOk();
            case EXACTLY_ONE_CLOSED_EVENT -> closed.exactlyOneClosedEvent();
            case NO_OWN_EVENT_AFTER_CLOSED -> closed.noSelfCausedEventFollows();
            case GENERATOR_KEEPS_DELIVERING -> generator.theGeneratorKeepsDelivering();
            case SECOND_SUBSCRIBER_REFUSED -> generator.aSecondSubscriberIsRefused();
            case QUEUED_EVENT_ARRIVES -> generator.theQueuedEventArrives();
            case BLOCKING_GET_EVENT_RETURNS_IT -> generator.aBlockingGetEventReturnsIt();
            case QUEUE_EMPTY -> generator.theQueueIsEmpty();
            case REQUEST_REFUSED -> refused.theRequestIsRefused();
            case FIRST_CLOSE_STILL_COMPLETES -> refused.theFirstCloseStillCompletes();
            case NO_SAMPLE_AFTER_CLOSED -> released.noSampleAfterClosed();
            case NO_SAMPLE_AFTER_LAST_CALL -> released.noSampleAfterTheCallReturned();
            case CLOCK_STANDS_STILL -> released.theClockStandsStill();
            case RESOURCES_AT_BASELINE -> released.resourcesBackAtBaseline();
            case CALL_RETURNED_AT_ONCE -> holds.theCallReturnedAtOnce();
            case NO_CLOSED_EVENT_WHILE_HELD -> holds.noClosedEventWhileHeld();
            case CLOSED_EVENT_ARRIVES -> holds.closedEventArrives();
            case BLOCKED_GET_EVENT_RETURNS_SHUTDOWN -> shutdowns.theBlockedGetEventReturnsShutdown();
            case BEHAVES_AS_ITS_STATE_SAYS -> states.theSessionBehavesAsItsStateSays();
            case KEPT_THE_CONTRACT -> model.theSessionKeptTheContract();
        }
    }

    /**
     * Ends the scenario, the one place its end-of-scenario checks run: the checks that call the
     * session (unless the scenario already failed), the teardown that shuts the session down,
     * then the fault of its other process and every watch over the whole trace, teardown
     * included. A scenario that passed its steps fails here if the session broke the rule late.
     *
     * Then the second judge: the model of the contract judges the whole scenario, and its verdict
     * must agree with the steps' ({@link TwoJudges}).
     *
     * @param alreadyFailed whether the scenario failed outside its steps' performance (a step no
     *                      {@link Step} reads); a step that failed the interpreter knows of itself
     * @return the failure the end found, if the steps passed and it found one
     * @throws IllegalStateException when the two judges disagree: a defect of the kit
     */
    public Optional<ConformanceFailure> end(boolean alreadyFailed) {
        alreadyFailed |= failed != null;
        Optional<ConformanceFailure> late = Optional.empty();
        try {
            if (!alreadyFailed) {
                late = driver.checkBeforeTeardown();
            }
        } finally {
            driver.end();
        }
        if (late.isEmpty() && !alreadyFailed) {
            late = driver.checkOtherProcess();
        }
        if (late.isEmpty() && !alreadyFailed) {
            late = driver.checkWatches();
        }
        secondOpinion(failed instanceof ConformanceFailure failure ? Optional.of(failure) : alreadyFailed ? null : late);
        return late;
    }

    /** @param steps the steps' verdict (empty: passed), or null when a step failed for another reason than the session */
    private void secondOpinion(Optional<ConformanceFailure> steps) {
        Optional<RuleId> ruleId = rule == null ? Optional.empty() : RuleId.parse(rule.id());
        if (steps == null || ruleId.isEmpty() || driver.log().baseMark() < 0) {
            return;
        }
        TwoJudges.disagreement(ruleId.get(), steps, Optional.ofNullable(failedStep), ModelJudge.whole(driver))
                .ifPresent(why -> {
                    throw new IllegalStateException("the kit's two judges disagree on a scenario of " + ruleId.get()
                            + " from '" + driver.log().state() + "', a defect of the kit: " + why);
                });
    }

    /** Gives the implementation back for the next scenario; after {@link #end}, whatever happened. */
    public void release() {
        driver.release();
    }

    /** @return the scenario's trace so far, rendered */
    public String trace() {
        return driver.trace().render();
    }

    private boolean reachedState() {
        try {
            return driver.log().state().stage() == SessionState.Stage.AS_IS;
        } catch (IllegalStateException none) {
            return false;
        }
    }
}
