package dev.mfck.steps;

import dev.mfck.failure.ConformanceFailure;
import dev.mfck.matrix.SessionState;
import dev.mfck.matrix.StateStep;
import dev.mfck.model.Judgement;
import dev.mfck.rules.Rule;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs a scenario written as the texts of its steps with the suite's own step classes, as
 * Cucumber would run it from a feature file, begin and end included, but without Cucumber:
 * what {@code mfck explore} runs by the thousand and then prints as Gherkin.
 */
public final class ScriptedScenario {

    private static final Pattern STATE = Pattern.compile(StateStep.TEXT
            .replace("{state}", "(.+)").replace("{clip}", "(\\S+)"));
    private static final Pattern AT_ONCE = Pattern.compile("the application calls (.+) at once");
    private static final Pattern CALL = Pattern.compile("the application calls (.+)");
    private static final Pattern CALLBACK = Pattern.compile("the kit will call Close from inside the event callback "
            + "that delivers (\\S+)");
    private static final String HOLD = "the kit holds the next sample a sink receives";
    private static final String LET_GO = "the kit lets the held sample go";
    private static final String SHUTDOWN_HOLDING = "the application calls Shutdown, and the kit lets the held sample go "
            + "while Shutdown runs";

    /**
     * What a scripted scenario came to.
     *
     * @param failure  the failure that ended it, if it did not pass
     * @param failedAt the index of the step that failed, or -1 (the end's checks fail at the number of steps)
     * @param coverage the (state, call) pairs it reached
     * @param trace    its trace, rendered
     */
    public record Outcome(Optional<ConformanceFailure> failure, int failedAt, Set<String> coverage, String trace) {
    }

    private final ParameterTypes words = new ParameterTypes();
    private final ScenarioContext context = new ScenarioContext();
    private final StateSteps states = new StateSteps(context);
    private final CallSteps calls = new CallSteps(context);
    private final SampleHoldSteps holds = new SampleHoldSteps(context);
    private final CallbackSteps callbacks = new CallbackSteps(context);
    private final ModelSteps model = new ModelSteps(context);
    private final ShutdownSteps shutdowns = new ShutdownSteps(context);

    private ScriptedScenario() {
    }

    /**
     * Runs a scenario.
     *
     * @param rule  the rule it is tagged with: the rule a failure of its own counts against
     * @param steps its steps' texts, without keywords
     * @return what it came to
     */
    public static Outcome run(Rule rule, List<String> steps) {
        return new ScriptedScenario().execute(rule, steps);
    }

    /**
     * @param step a step's text, without keyword
     * @return whether a scripted scenario can run it
     */
    public static boolean understands(String step) {
        return STATE.matcher(step).matches() || CALL.matcher(step).matches() || CALLBACK.matcher(step).matches()
                || step.equals(HOLD) || step.equals(LET_GO) || step.equals(ModelSteps.WAIT) || step.equals(ModelSteps.JUDGE);
    }

    private Outcome execute(Rule rule, List<String> steps) {
        context.begin(rule);
        Optional<ConformanceFailure> failure = Optional.empty();
        int failedAt = -1;
        try {
            for (int i = 0; i < steps.size() && failure.isEmpty(); i++) {
                try {
                    perform(steps.get(i));
                } catch (ConformanceFailure failed) {
                    failure = Optional.of(failed);
                    failedAt = i;
                }
            }
            Optional<ConformanceFailure> late = Optional.empty();
            try {
                if (failure.isEmpty()) {
                    late = context.checkBeforeTeardown();
                }
            } finally {
                context.end();
            }
            if (failure.isEmpty() && late.isEmpty()) {
                late = context.checkOtherProcess();
            }
            if (failure.isEmpty() && late.isEmpty()) {
                late = context.checkWatches();
            }
            if (failure.isEmpty() && late.isPresent()) {
                failure = late;
                failedAt = steps.size();
            }
            Set<String> coverage = reachedState() ? model.judge().coverage() : Set.of();
            return new Outcome(failure, failedAt, coverage, context.trace().render());
        } finally {
            context.release();
        }
    }

    private boolean reachedState() {
        try {
            return context.state().stage() == SessionState.Stage.AS_IS;
        } catch (IllegalStateException none) {
            return false;
        }
    }

    private void perform(String step) {
        Matcher matcher;
        if ((matcher = STATE.matcher(step)).matches()) {
            states.aSessionInTheState(words.state(matcher.group(1)), words.clip(matcher.group(2)));
        } else if ((matcher = AT_ONCE.matcher(step)).matches()) {
            calls.theApplicationCallsAtOnce(words.calls(matcher.group(1)));
        } else if (step.equals(SHUTDOWN_HOLDING)) {
            shutdowns.theApplicationCallsShutdownWhileHolding();
        } else if ((matcher = CALLBACK.matcher(step)).matches()) {
            callbacks.closeFromInsideTheCallback(words.event(matcher.group(1)));
        } else if ((matcher = CALL.matcher(step)).matches()) {
            calls.theApplicationCalls(words.call(matcher.group(1)));
        } else if (step.equals(HOLD)) {
            holds.theKitHoldsTheNextSample();
        } else if (step.equals(LET_GO)) {
            holds.theKitLetsTheHeldSampleGo();
        } else if (step.equals(ModelSteps.WAIT)) {
            model.theKitWaitsForTheAnswers();
        } else if (step.equals(ModelSteps.JUDGE)) {
            model.theSessionKeptTheContract();
        } else {
            throw new IllegalArgumentException("no step of the suite reads '" + step + "'");
        }
    }
}
