package dev.mfck.baseline;

import dev.mfck.run.RuleResult;
import dev.mfck.run.RuleStatus;
import dev.mfck.run.RunResult;
import dev.mfck.run.ScenarioResult;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A run checked against an expectations file: which departures were expected, which were not,
 * which entries name something that now passes (stale: remove them), and which name something
 * this run did not run.
 *
 * @param expectations     the file
 * @param departures       every scenario that failed, timed out or met a fault
 * @param unexpectedPasses entries whose rule or scenario passed, and do not list PASS
 * @param notRun           entries whose rule or scenario did not run
 * @param intermittent     the entries that list several statuses, each with the one it took this run
 */
public record BaselineCheck(Expectations expectations, List<Departure> departures,
                            List<Expectation> unexpectedPasses, List<Expectation> notRun,
                            List<Intermittent> intermittent) {

    /**
     * An entry that lists several statuses, and how its rule or scenario ended this time.
     *
     * @param entry the entry
     * @param took  the scenario's verdict, or the rule's status, in this run
     */
    public record Intermittent(Expectation entry, String took) {

        /** @return true when it took one of the statuses the entry lists */
        public boolean isExpected() {
            return entry.allows(took);
        }
    }

    /**
     * @param run          the run
     * @param expectations what the vendor expects of it
     * @return the check
     */
    public static BaselineCheck of(RunResult run, Expectations expectations) {
        Map<String, RuleResult> rules = run.rules().stream()
                .collect(Collectors.toMap(r -> r.rule().id(), Function.identity()));
        Map<String, ScenarioResult> scenarios = run.scenarios().stream()
                .collect(Collectors.toMap(ScenarioResult::id, Function.identity(), (a, b) -> a));
        List<Departure> departures = new ArrayList<>();
        for (ScenarioResult scenario : run.scenarios()) {
            if (!scenario.verdict().isFailure()) {
                continue;
            }
            Optional<Expectation> entry = expectations.find(scenario.id())
                    .or(() -> expectations.find(scenario.ruleId()));
            departures.add(new Departure(scenario, rules.get(scenario.ruleId()), entry));
        }
        List<Expectation> unexpectedPasses = new ArrayList<>();
        List<Expectation> notRun = new ArrayList<>();
        List<Intermittent> intermittent = new ArrayList<>();
        for (Expectation entry : expectations.entries()) {
            Optional<String> took = entry.isScenario()
                    ? Optional.ofNullable(scenarios.get(entry.id())).map(scenario -> scenario.verdict().name())
                    : Optional.of(rules.get(entry.id()).status()).filter(status -> status != RuleStatus.NOT_RUN)
                    .map(RuleStatus::name);
            if (took.isEmpty()) {
                notRun.add(entry);
                continue;
            }
            if (took.get().equals(Expectation.PASS) && !entry.allows(Expectation.PASS)) {
                unexpectedPasses.add(entry);
            }
            if (entry.isIntermittent()) {
                intermittent.add(new Intermittent(entry, took.get()));
            }
        }
        return new BaselineCheck(expectations, List.copyOf(departures), List.copyOf(unexpectedPasses),
                List.copyOf(notRun), List.copyOf(intermittent));
    }

    /** @return the departures an entry covers with the status they ended with */
    public List<Departure> expected() {
        return departures.stream().filter(Departure::isExpected).toList();
    }

    /** @return the departures no entry covers, or covers with another status */
    public List<Departure> unexpected() {
        return departures.stream().filter(d -> !d.isExpected()).toList();
    }

    /** @return true when no unexpected departure touches a required rule */
    public boolean holds() {
        return departures.stream().noneMatch(Departure::breaksTheGate);
    }
}
