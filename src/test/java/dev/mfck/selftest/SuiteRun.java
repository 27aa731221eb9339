package dev.mfck.selftest;

import dev.mfck.config.KitSettings;
import dev.mfck.run.Jobs;
import dev.mfck.run.Progress;
import dev.mfck.run.RunRequest;
import dev.mfck.run.RunResult;
import dev.mfck.run.SuiteRunner;
import dev.mfck.spi.MediaSession;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Runs the whole suite against one session, in this thread, through the kit's own runner (the
 * one the {@code mfck} command uses), with the default jobs of a run in process (scenarios
 * side by side), without reports, and gives every scenario's outcome.
 * Several may run at once, from different threads.
 */
public final class SuiteRun {

    /** How a scenario ended. */
    public enum Outcome { PASSED, FAILED, BLOCKED, SKIPPED }

    /**
     * One scenario's outcome.
     *
     * @param name    its name
     * @param ruleId  the rule it checks
     * @param outcome how it ended
     * @param message   the failure message, or empty
     * @param blockedBy for a blocked scenario, the rule it points at; else empty
     * @param took      how long it took
     */
    public record ScenarioResult(String name, String ruleId, Outcome outcome, String message, String blockedBy,
                                 Duration took) {
    }

    /**
     * A run's outcome.
     *
     * @param scenarios every scenario's outcome
     * @param took      how long the run took
     */
    public record Result(List<ScenarioResult> scenarios, Duration took) {

        /** @return the rules with at least one failed scenario */
        Set<String> failedRules() {
            return scenarios.stream().filter(s -> s.outcome() == Outcome.FAILED).map(ScenarioResult::ruleId)
                    .collect(Collectors.toCollection(TreeSet::new));
        }

        /** @return a line per failed scenario, for assertion messages */
        String describeFailures() {
            Map<String, Long> perRule = new TreeMap<>(scenarios.stream().filter(s -> s.outcome() == Outcome.FAILED)
                    .collect(Collectors.groupingBy(ScenarioResult::ruleId, Collectors.counting())));
            return perRule + " first failure: " + scenarios.stream().filter(s -> s.outcome() == Outcome.FAILED)
                    .findFirst().map(s -> s.name() + "\n" + s.message()).orElse("none");
        }
    }

    private SuiteRun() {
    }

    /**
     * Half the default jobs of a run in process: the self-tests run fifty suites in a JVM that is
     * still cold, and with 32 scenarios side by side on two cores a newcomer's first run saw a
     * conforming MESessionEnded miss its doubled deadline (BLOCKED where a mutant's rule was due).
     */
    static final int JOBS = Math.max(1, Jobs.byDefault(false) / 2);

    /**
     * @param name     names the run
     * @param sessions creates the sessions under test
     * @param tags     a Cucumber tag expression selecting scenarios, or null for all
     * @return every scenario's outcome
     */
    public static Result against(String name, Supplier<MediaSession> sessions, String tags) {
        SwitchableProvider.use(name, sessions);
        try {
            RunRequest request = new RunRequest(new SwitchableProvider(), KitSettings.fromEnvironment(), Optional.empty(),
                    Optional.ofNullable(tags), List.of(), false, JOBS);
            RunResult run = new SuiteRunner().run(request, Progress.SILENT);
            if (!run.kitErrors().isEmpty()) {
                // the kit's own failures, the two judges' disagreements among them, fail every self-test
                throw new AssertionError(name + ": " + run.kitErrors().size() + " kit error(s), the first: "
                        + run.kitErrors().get(0));
            }
            return new Result(run.scenarios().stream().map(SuiteRun::outcome).toList(), run.info().duration());
        } finally {
            SwitchableProvider.use(null, null);
        }
    }

    private static ScenarioResult outcome(dev.mfck.run.ScenarioResult scenario) {
        Outcome outcome = switch (scenario.verdict()) {
            case PASS -> Outcome.PASSED;
            case NOT_SUPPORTED -> Outcome.SKIPPED;
            case FAIL, TIMEOUT, IMPLEMENTATION_FAULT, CRASHED -> Outcome.FAILED;
            case BLOCKED -> Outcome.BLOCKED;
        };
        String message = scenario.message().isEmpty() ? scenario.observed() : scenario.message();
        return new ScenarioResult(scenario.name(), scenario.ruleId(), outcome, message.strip(), scenario.blockedBy(),
                scenario.took());
    }
}
