package dev.mfck.steps;

import dev.mfck.failure.ConformanceFailure;
import dev.mfck.harness.RunTarget;
import dev.mfck.rules.Rule;
import io.cucumber.datatable.DataTable;
import io.cucumber.java.After;
import io.cucumber.java.Before;
import io.cucumber.java.BeforeAll;
import io.cucumber.java.Scenario;
import io.cucumber.java.en.Given;

import java.util.List;
import java.util.Optional;

/**
 * Cucumber's glue, a thin adapter on {@link Interpreter}: every step of a feature file is read
 * into a typed {@link Step} and performed by the interpreter; a scenario begins and ends there
 * too. A step no {@link Step} reads fails the scenario as a kit error naming it.
 */
public final class SuiteGlue {

    private final Interpreter interpreter;

    /** @param interpreter the scenario's interpreter (Cucumber makes one per scenario) */
    public SuiteGlue(Interpreter interpreter) {
        this.interpreter = interpreter;
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
        System.out.println(ScenarioDriver.settings().describe());
        System.out.println("mfck implementation under test: " + ScenarioDriver.provider().name() + " "
                + ScenarioDriver.provider().version() + " (" + ScenarioDriver.provider().getClass().getName() + ")");
    }

    /**
     * Begins the scenario, under the rule its {@code @rule:} tag names.
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
        Rule rule = ScenarioDriver.catalogue().find(id).orElseThrow(() ->
                new IllegalStateException("scenario '" + scenario.getName() + "' names rule " + id
                        + ", which is not in the catalogue"));
        interpreter.begin(rule);
    }

    /**
     * A step without table.
     *
     * @param text the step's text
     */
    @Given("^(?!" + Step.CallsEachOf.TEXT + "$)(.+)$")
    public void step(String text) {
        interpreter.perform(Step.parse(text));
    }

    /**
     * The step with a table of calls.
     *
     * @param calls the table, one call a row
     */
    @Given("^" + Step.CallsEachOf.TEXT + "$")
    public void stepWithTable(DataTable calls) {
        interpreter.perform(Step.parse(Step.CallsEachOf.TEXT, calls.asList()));
    }

    /**
     * Ends the scenario: attaches the trace first, so that a teardown that hangs still leaves the
     * evidence, then runs the interpreter's end; a failure found there is the scenario's.
     *
     * @param scenario the scenario
     */
    @After
    public void end(Scenario scenario) {
        try {
            scenario.attach(interpreter.trace(), "text/plain", "trace");
            Optional<ConformanceFailure> late = interpreter.end(scenario.isFailed());
            if (late.isPresent()) {
                scenario.attach(interpreter.trace(), "text/plain", "trace, teardown included");
                throw late.get();
            }
        } finally {
            interpreter.release();
        }
    }
}
