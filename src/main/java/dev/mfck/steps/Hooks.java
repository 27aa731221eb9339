package dev.mfck.steps;

import dev.mfck.failure.ConformanceFailure;
import dev.mfck.harness.RunTarget;
import dev.mfck.rules.Rule;
import io.cucumber.java.After;
import io.cucumber.java.Before;
import io.cucumber.java.BeforeAll;
import io.cucumber.java.Scenario;

import java.util.List;
import java.util.Optional;

/** Starts and ends every scenario, and announces the run's settings once. */
public final class Hooks {

    private final ScenarioContext context;

    /** @param context the scenario's shared state */
    public Hooks(ScenarioContext context) {
        this.context = context;
    }

    /**
     * Prints the effective settings and the implementation under test, unless a runner that
     * announces them itself (the {@code mfck} command) launched the suite.
     */
    @BeforeAll
    public static void announce() {
        if (RunTarget.current().isPresent()) {
            return;
        }
        System.out.println(ScenarioContext.settings().describe());
        System.out.println("mfck implementation under test: " + ScenarioContext.provider().name() + " "
                + ScenarioContext.provider().version() + " (" + ScenarioContext.provider().getClass().getName() + ")");
    }

    /**
     * Finds the scenario's rule from its {@code @rule:} tag.
     *
     * @param scenario the scenario
     */
    @Before
    public void begin(Scenario scenario) {
        List<String> ruleTags = scenario.getSourceTagNames().stream()
                .filter(tag -> tag.startsWith(Rule.TAG_PREFIX)).toList();
        if (ruleTags.size() != 1) {
            throw new IllegalStateException("scenario '" + scenario.getName() + "' must have exactly one "
                    + Rule.TAG_PREFIX + " tag, has " + ruleTags);
        }
        String id = ruleTags.get(0).substring(Rule.TAG_PREFIX.length());
        Rule rule = ScenarioContext.catalogue().find(id).orElseThrow(() ->
                new IllegalStateException("scenario '" + scenario.getName() + "' names rule " + id
                        + ", which is not in the catalogue"));
        context.begin(rule);
    }

    /**
     * Ends the scenario: attaches the trace first, so that a teardown that hangs still leaves the
     * evidence; runs the end-of-scenario checks that call the session; shuts the session down;
     * and only then looks over the whole trace, teardown included, for anything the scenario
     * forbade. A scenario that passed its steps fails here if the session broke the rule late.
     *
     * @param scenario the scenario
     */
    @After
    public void end(Scenario scenario) {
        try {
            judgeTheEnd(scenario);
        } finally {
            context.release();
        }
    }

    private void judgeTheEnd(Scenario scenario) {
        scenario.attach(context.trace().render(), "text/plain", "trace");
        Optional<ConformanceFailure> late = Optional.empty();
        try {
            if (!scenario.isFailed()) {
                late = context.checkBeforeTeardown();
            }
        } finally {
            context.end();
        }
        if (late.isEmpty() && !scenario.isFailed()) {
            late = context.checkOtherProcess();
        }
        if (late.isEmpty() && !scenario.isFailed()) {
            late = context.checkWatches();
        }
        if (late.isPresent()) {
            scenario.attach(context.trace().render(), "text/plain", "trace, teardown included");
            throw late.get();
        }
    }
}
